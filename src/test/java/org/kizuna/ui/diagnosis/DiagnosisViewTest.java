// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.network.NetworkView;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.settings.WorkbenchSettings;
import org.kizuna.ui.workbench.WorkbenchPages;
import org.kizuna.ui.workbench.WorkbenchWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagnosis page in the real window on the real demo files (headless): reached from the
 * navigator, its cards, an assessment typed and found again in the reopened file, figures following
 * an edit, and table rows selecting actors and leading to the Network page.
 */
@ExtendWith(ApplicationExtension.class)
class DiagnosisViewTest {
    @TempDir
    Path dir;

    private Stage stage;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WorkbenchWindow.show(stage, Messages.forLocale(Locale.JAPANESE), BackgroundTasks.onWorkerThread(),
                WorkbenchSettings.load(dir.resolve(WorkbenchSettings.FILE_NAME)), WorkbenchPages.standard(),
                stage::close);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ProjectSession session() {
        return window.viewModel().sessionProperty().get();
    }

    private Project project() {
        return session().project();
    }

    /** Opens a fresh copy of a demo in the window and goes to Diagnosis through the navigator. */
    private Path openOnDiagnosis(FxRobot robot, String sample) throws Exception {
        Path path = dir.resolve(sample + ".kizuna");
        SampleProjects.create(sample, path);
        robot.interact(() -> window.viewModel().open(path));
        waitFor(() -> (sample + ".kizuna — Kizuna").equals(stage.getTitle()) && session() != null);
        ListCell<?> entry = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "診断".equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn(entry);
        waitFor(() -> window.view().page() instanceof DiagnosisView d && d.viewModel().content() != null
                && !d.viewModel().computingProperty().get());
        return path;
    }

    private DiagnosisView page() {
        return (DiagnosisView) window.view().page();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Scrolls the page so that {@code id} is in view. */
    private void reveal(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        robot.interact(() -> {
            ScrollPane sp = (ScrollPane) page().root();
            sp.layout();
            double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
            sp.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / h)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFourCardsShowRatingsFiguresAndAssessmentsOnHokuriku(FxRobot robot) throws Exception {
        openOnDiagnosis(robot, "hokuriku");
        Set<String> words = Set.of("弱い（1/3）", "中程度（2/3）", "強い（3/3）");
        for (FujitaAxis axis : FujitaAxis.values()) {
            String rating = text(robot, "#rating-" + axis.code());
            assertTrue(words.contains(rating), axis + ": " + rating);
            assertFalse(text(robot, "#generated-" + axis.code()).isBlank());
        }
        assertTrue(text(robot, "#figure-in_region-in_region_density").matches("0\\.\\d\\d"));
        assertEquals(String.valueOf(project().actors().stream().filter(Actor::insideRegion).count()),
                text(robot, "#figure-in_region-in_region_actors"));
        assertTrue(text(robot, "#figure-domestic-share").endsWith("%"));
        assertEquals("関係主体 28・連携 22（ネットワーク全体）", text(robot, "#diagnosisStatus"));
        // The report's own texts are the user's assessments: shown in the areas, no "uses generated" note.
        assertTrue(robot.lookup("#user-in_region").queryTextInputControl().getText().startsWith("北陸地域"));
        assertFalse(robot.lookup("#usesGenerated-in_region").query().isVisible());
        assertTrue(((TableView<?>) robot.lookup("#brokerTable").query()).getItems().size() > 3);
    }

    @Test
    void anAssessmentTypedOnTheCardIsInTheReopenedFile(FxRobot robot) throws Exception {
        Path path = openOnDiagnosis(robot, "tokachi");
        assertTrue(robot.lookup("#usesGenerated-governance").query().isVisible(), "nothing written yet");
        reveal(robot, "#user-governance");
        robot.clickOn("#user-governance");
        robot.write("財団が統括する");
        assertNull(project().profile().assessment(FujitaAxis.GOVERNANCE), "nothing written per keystroke");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> "財団が統括する".equals(project().profile().assessment(FujitaAxis.GOVERNANCE)));
        waitFor(() -> !robot.lookup("#usesGenerated-governance").query().isVisible());

        // Esc drops an unfinished change.
        robot.write("、かもしれない").type(KeyCode.ESCAPE);
        assertEquals("財団が統括する", robot.lookup("#user-governance").queryTextInputControl().getText());

        // Undo through the window's menu takes it back; Redo brings it again.
        robot.interact(() -> session().undo());
        waitFor(() -> project().profile().assessment(FujitaAxis.GOVERNANCE) == null);
        assertEquals("", robot.lookup("#user-governance").queryTextInputControl().getText());
        robot.interact(() -> session().redo());
        waitFor(() -> "財団が統括する".equals(project().profile().assessment(FujitaAxis.GOVERNANCE)));

        WaitForAsyncUtils.asyncFx(() -> window.viewModel().shutdown()).get(10, TimeUnit.SECONDS);
        waitFor(() -> {
            try (ProjectFile reopened = ProjectFile.open(path)) {
                return "財団が統括する".equals(reopened.snapshot().profile().assessment(FujitaAxis.GOVERNANCE));
            } catch (Exception e) {
                return false; // still closing
            }
        });
    }

    @Test
    void aTieAddedThroughTheSessionUpdatesTheFigures(FxRobot robot) throws Exception {
        openOnDiagnosis(robot, "tokachi");
        // Both degrees of gap, the matrix page's red and amber columns, in the header.
        assertEquals("担い手のいない要素（印なし、3）: 地元資源との結びつけ、ネットワーク形成、資金の循環",
                text(robot, "#diagnosisGaps"));
        assertEquals("△だけの要素（1）: リーダーシップ", text(robot, "#diagnosisWeakOnly"));
        assertTrue(robot.lookup("#diagnosisWeakOnly").query().isVisible());
        assertEquals("6", text(robot, "#figure-in_region-in_region_ties"));
        assertEquals("0.60", text(robot, "#figure-in_region-in_region_density"));
        // Two in-region actors not yet tied.
        List<Actor> actors = project().actors();
        Actor[] pair = null;
        for (Actor a : actors) {
            for (Actor b : actors) {
                if (a.id() < b.id() && project().ties().stream().noneMatch(t ->
                        (t.sourceId() == a.id() && t.targetId() == b.id())
                                || (t.sourceId() == b.id() && t.targetId() == a.id()))) {
                    pair = new Actor[] {a, b};
                }
            }
        }
        Actor[] p = pair;
        robot.interact(() -> session().execute(Edits.addTie(Tie.of(p[0].id(), p[1].id(), "coordination", false))));
        waitFor(() -> "7".equals(text(robot, "#figure-in_region-in_region_ties")));
        assertEquals("0.70", text(robot, "#figure-in_region-in_region_density"));
        assertEquals("関係主体 5・連携 7（ネットワーク全体）", text(robot, "#diagnosisStatus"));
    }

    private static double fontSize(Node n) {
        var m = java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px").matcher(n.getStyle());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    @Test
    void zoomAndPresentationScaleTheTextChartsAndTables(FxRobot robot) throws Exception {
        openOnDiagnosis(robot, "tokachi");
        Node content = robot.lookup(".diagnosis-content").query();
        Node chart = robot.lookup("#chartTiesByScope").query();
        double before = chart.prefHeight(-1);
        robot.interact(() -> page().zoomIn());
        assertTrue(page().zoom() > 1);
        assertTrue(fontSize(content) > 14.5, content.getStyle());
        assertTrue(chart.prefHeight(-1) > before, "the charts grow with the text");
        robot.interact(() -> page().zoomReset());
        robot.interact(() -> page().setPresentationMode(true));
        assertTrue(page().root().getStyleClass().contains("presentation"));
        assertTrue(content.getStyle().contains("-fx-font-size: 19.5px"), content.getStyle());
        robot.interact(() -> page().setPresentationMode(false));
        assertTrue(content.getStyle().contains("-fx-font-size: 13.0px"), content.getStyle());
    }

    @Test
    void clickingABrokerRowSelectsTheActorAndDoubleClickShowsItInTheNetwork(FxRobot robot) throws Exception {
        openOnDiagnosis(robot, "hokuriku");
        reveal(robot, "#brokerTable");
        List<DiagnosisContent.Row> rows = page().viewModel().content().brokers().rows();
        String second = rows.get(1).cell(0);
        robot.clickOn(brokerCell(robot, second));
        waitFor(() -> session().selectedActors().equals(Set.of(project().actorNamed(second).id())));
        // The properties panel on the right shows the selected actor.
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.TextField f && second.equals(f.getText()))
                .tryQuery().isPresent(), "the properties panel shows " + second);

        // Another row (another place, so the clicks do not add up to a double-click with the first).
        String first = rows.get(0).cell(0);
        robot.doubleClickOn(brokerCell(robot, first));
        waitFor(() -> window.view().page() instanceof NetworkView);
        assertEquals(Set.of(project().actorNamed(first).id()), session().selectedActors());
    }

    private static TableCell<?, ?> brokerCell(FxRobot robot, String name) {
        return robot.lookup("#brokerTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> name.equals(c.getText())).findFirst().orElseThrow();
    }
}
