// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.PageHarness;
import org.kizuna.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profile page on the real demo files, clicked through (headless). */
@ExtendWith(ApplicationExtension.class)
class ProfileViewTest {
    @TempDir
    Path dir;

    private final PageHarness<ProfileView> harness = new PageHarness<>();
    private ProjectSession session;
    private ProfileView view;
    private Path path;

    @Start
    void start(Stage stage) {
        harness.show(stage, 1100, 760);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        harness.closeAndCheck(robot);
    }

    private void closeSession(FxRobot robot) throws TimeoutException {
        harness.close(robot);
        view = null;
        session = null;
    }

    private void open(FxRobot robot, String sample, Locale locale) throws Exception {
        path = dir.resolve(sample + ".kizuna");
        SampleProjects.create(sample, path);
        view = harness.open(robot, path, locale, ProfileView::new);
        session = harness.session();
        waitUntil(() -> view.viewModel().lifeCycleProperty().get() != null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean effective(FxRobot robot, ClusterType t) {
        return robot.lookup("#type-" + t.code()).query().getStyleClass().contains("effective");
    }

    private ClusterProfile stored() {
        return session.project().profile();
    }

    private void clickVisible(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        robot.interact(() -> n.getParent().getParent().layout());
        robot.interact(() -> scrollTo(n));
        robot.clickOn(id);
    }

    private void scrollTo(Node n) {
        javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) view.root();
        double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
        double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
        sp.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / h)));
    }

    @Test
    void typologyAnswersMoveTheTypeAndItsSupportStyle(FxRobot robot) throws Exception {
        open(robot, "tokachi", Locale.JAPANESE);
        assertTrue(effective(robot, ClusterType.UNTAPPED_POTENTIAL), "Tokachi is untapped potential");
        assertTrue(label(robot, "#typeSupport").contains("不足する人材の域外からの獲得支援"));
        assertTrue(robot.lookup("#typologyFollowUps").query().isVisible(), "existing/existing asks the follow-ups");
        assertTrue(robot.lookup("#quadrant-new-existing").query().getStyleClass().contains("quadrant-missing"));

        // Follow the answers rather than the stored choice, then answer new / new.
        robot.interact(() -> {
            ComboBox<?> box = robot.lookup("#typeChoice").queryAs(ComboBox.class);
            box.getSelectionModel().select(0);
        });
        waitUntil(() -> stored().clusterType() == null);
        robot.clickOn("#national-new");
        robot.clickOn("#regional-new");
        waitUntil(() -> stored().nationalNovelty() == Novelty.NEW && stored().regionalNovelty() == Novelty.NEW);
        assertTrue(effective(robot, ClusterType.FRONTIER));
        assertFalse(robot.lookup("#typologyFollowUps").query().isVisible());
        assertTrue(label(robot, "#typeSupport").contains("国としても重点的に支援する"));

        robot.clickOn("#national-existing");
        waitUntil(() -> stored().nationalNovelty() == Novelty.EXISTING);
        assertTrue(effective(robot, ClusterType.TRANSPLANT));
        assertTrue(label(robot, "#typeSupport").contains("域外からの大学や企業の誘致"));

        robot.clickOn("#regional-existing");
        robot.clickOn("#fusion-true");
        waitUntil(() -> Boolean.TRUE.equals(stored().fieldFusion()));
        assertTrue(effective(robot, ClusterType.FIELD_FUSION));

        // Choosing a type by clicking it wins over the answers.
        robot.clickOn("#type-renewal");
        waitUntil(() -> stored().clusterType() == ClusterType.RENEWAL);
        assertTrue(effective(robot, ClusterType.RENEWAL));
        assertTrue(label(robot, "#typeNote").contains("異分野融合による成長型"), label(robot, "#typeNote"));

        robot.interact(session::undo);
        waitUntil(() -> stored().clusterType() == null);
        assertTrue(effective(robot, ClusterType.FIELD_FUSION), "undo goes back to the answers' type");
    }

    @Test
    void aChosenStageStandsBesideTheEnginesSuggestionAndTextsCommitOnFocusLoss(FxRobot robot) throws Exception {
        open(robot, "kobe", Locale.ENGLISH);
        LifeCycleStage suggested = view.viewModel().lifeCycleProperty().get().suggested();
        assertTrue(label(robot, "#stageSuggestion").contains(suggested.labelEn()), label(robot, "#stageSuggestion"));
        assertFalse(robot.lookup("#stageReasons").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());

        LifeCycleStage other = suggested == LifeCycleStage.MATURITY ? LifeCycleStage.FORMATION
                : LifeCycleStage.MATURITY;
        robot.interact(() -> {
            ComboBox<?> box = robot.lookup("#stageChoice").queryAs(ComboBox.class);
            box.getSelectionModel().select(other.ordinal() + 1);
        });
        waitUntil(() -> stored().stage() == other
                && view.viewModel().lifeCycleProperty().get().chosen() == other);
        assertTrue(label(robot, "#stageSuggestion").contains(suggested.labelEn()), "the suggestion stays beside it");

        clickVisible(robot, "#vpVision");
        robot.write("Patients choose");
        assertNull(stored().viewpoints().vision(), "nothing written per keystroke");
        clickVisible(robot, "#vpMission");
        waitUntil(() -> "Patients choose".equals(stored().viewpoints().vision()));

        closeSession(robot);
        try (ProjectFile reopened = ProjectFile.open(path)) {
            ClusterProfile p = reopened.snapshot().profile();
            assertEquals(other, p.stage());
            assertEquals("Patients choose", p.viewpoints().vision());
        }
    }

    @Test
    void theNameCommitsOnEnterAndEscBringsBackTheStoredText(FxRobot robot) throws Exception {
        open(robot, "tokachi", Locale.JAPANESE);
        robot.doubleClickOn("#profileName");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("十勝フードバレー").type(KeyCode.ENTER);
        waitUntil(() -> stored().name().equals("十勝フードバレー"));
        robot.write("x").type(KeyCode.ESCAPE);
        assertEquals("十勝フードバレー", view.viewModel().nameProperty().get());
    }
}
