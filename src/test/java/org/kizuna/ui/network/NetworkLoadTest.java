// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.ui.PageHarness;
import org.kizuna.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a network of the size the editor is made for (500 actors, about 2,000 ties) with
 * progress and Cancel, and pins that are saved in the file (headless, on real project files).
 */
@ExtendWith(ApplicationExtension.class)
class NetworkLoadTest {
    @TempDir
    Path dir;

    private final PageHarness<NetworkView> harness = new PageHarness<>();
    private ProjectSession session;
    private NetworkView view;

    @Start
    void start(Stage stage) {
        harness.show(stage, 1200, 760);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        harness.closeAndCheck(robot);
    }

    private void closeView(FxRobot robot) throws Exception {
        harness.close(robot);
        view = null;
        session = null;
    }

    /** Opens the page on {@code path} and returns at once, while the drawing is still loading. */
    private void open(FxRobot robot, Path path) throws Exception {
        view = harness.open(robot, path, Locale.JAPANESE, NetworkView::new);
        session = harness.session();
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path synthetic500() throws Exception {
        Path p = dir.resolve("synthetic-500.kizuna");
        NetworkDevLauncher.createSynthetic(p, 500, 4);
        return p;
    }

    private Point2D atActor(long id) {
        double[] p = view.surface().position(id);
        return view.screenPoint(p[0], p[1]);
    }

    /** An actor drawn inside the visible part of the canvas, away from the legend (top left). */
    private Actor visibleActor(FxRobot robot) {
        Node canvas = robot.lookup(".network-viewport").query();
        var bounds = canvas.localToScreen(canvas.getBoundsInLocal());
        for (Actor a : session.project().actors()) {
            Point2D p = atActor(a.id());
            if (p != null && p.getX() > bounds.getMinX() + 260 && p.getX() < bounds.getMaxX() - 40
                    && p.getY() > bounds.getMinY() + 40 && p.getY() < bounds.getMaxY() - 60) {
                return a;
            }
        }
        throw new AssertionError("no actor is drawn inside the canvas");
    }

    @Test
    void aLargeNetworkOpensWithProgressAndTheDrawingBecomesUsable(FxRobot robot) throws Exception {
        Path path = synthetic500();
        List<Double> progress = new CopyOnWriteArrayList<>();
        open(robot, path);
        robot.interact(() -> {
            progress.add(view.loadProgress());
            view.loadProgressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        });
        assertTrue(view.isLoading(), "the page says it is drawing");
        assertTrue(robot.lookup("#network-load-progress").query().isVisible());
        assertTrue(robot.lookup("#network-load-cancel").query().isVisible());

        waitUntil(90, () -> view.isReady());
        assertFalse(view.isLoading(), "progress goes away once the drawing is complete");
        assertFalse(robot.lookup(".network-load").query().isVisible());
        assertFalse(view.isLargeMode(), "500 actors are drawn by SmartGraph");
        assertTrue(progress.stream().anyMatch(v -> v > 0 && v < 1),
                "the bar showed partial progress while the drawing was attached: " + progress);
        Project p = session.project();
        assertEquals(500, p.actors().size());
        assertEquals(p.ties().size(), view.surface().drawnTies().size(), "every tie is drawn");

        // Usable: a click selects an actor.
        Actor a = visibleActor(robot);
        robot.clickOn(atActor(a.id()), MouseButton.PRIMARY);
        waitUntil(10, () -> Set.copyOf(session.selectedActors()).equals(Set.of(a.id())));
    }

    @Test
    void cancelLeavesAWorkingPageAndDrawAnywayDrawsWithSmartGraph(FxRobot robot) throws Exception {
        Path path = synthetic500();
        open(robot, path);
        // a slow load, so that it is still running when the robot's pointer reaches Cancel
        robot.interact(() -> view.setSliceForTests(5));
        assertTrue(view.isLoading());
        robot.clickOn("#network-load-cancel");

        waitUntil(60, () -> view.isReady());
        assertTrue(view.isLargeMode(), "a cancelled load shows the plain canvas");
        assertFalse(view.isLoading());
        assertTrue(robot.lookup(".network-large-notice").query().isVisible());
        Button again = robot.lookup("#network-draw-anyway").queryButton();
        assertTrue(again.isVisible());

        // The canvas works: a click selects, a drag moves and is saved.
        Actor a = visibleActor(robot);
        robot.clickOn(atActor(a.id()), MouseButton.PRIMARY);
        waitUntil(10, () -> Set.copyOf(session.selectedActors()).equals(Set.of(a.id())));
        Point2D from = atActor(a.id());
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, 25)).release(MouseButton.PRIMARY);
        waitUntil(10, () -> session.project().actor(a.id()).x() != null);

        // "Draw anyway" can itself be cancelled: the canvas comes back.
        // (Started and cancelled in one step: on a quiet machine the 500 actors can be drawn before
        // the robot's pointer reaches the Cancel button; the real buttons are clicked above and below.)
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            again.fire();
            assertTrue(view.isLoading());
            view.cancelLoad();
        });
        waitUntil(60, () -> view.isReady() && !view.isLoading());
        assertTrue(view.isLargeMode());
        assertTrue(again.isVisible());

        robot.interact(() -> view.setSliceForTests(300));
        robot.clickOn(again);
        waitUntil(90, () -> view.isReady() && !view.isLargeMode());
        assertEquals(session.project().ties().size(), view.surface().drawnTies().size());
        assertFalse(robot.lookup(".network-large-notice").query().isVisible());
    }

    @Test
    void aPinIsSavedInTheFileUndoableAndStillThereAfterReopening(FxRobot robot) throws Exception {
        Path path = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", path);
        open(robot, path);
        waitUntil(30, () -> view.isReady());
        Actor a = session.project().actors().get(0);
        assertFalse(a.pinned());
        robot.interact(() -> {
            session.selectedActors().clear();
            session.selectedActors().add(a.id());
        });
        robot.clickOn("固定");
        waitUntil(10, () -> session.project().actor(a.id()).pinned());
        assertTrue(view.viewModel().pinned().contains(a.id()));
        assertTrue(((SmartGraphSurface) view.surface()).actorStyle(a.id()).contains("#000000"),
                "a pinned actor is drawn with a black outline");
        assertTrue(session.undoTextProperty().get().contains("固定"), session.undoTextProperty().get());

        robot.interact(session::undo);
        waitUntil(10, () -> !session.project().actor(a.id()).pinned());
        assertFalse(view.viewModel().pinned().contains(a.id()));
        robot.interact(session::redo);
        waitUntil(10, () -> session.project().actor(a.id()).pinned());

        closeView(robot);
        open(robot, path);
        waitUntil(30, () -> view.isReady());
        assertTrue(session.project().actor(a.id()).pinned(), "the pin is in the file");
        assertTrue(view.viewModel().pinned().contains(a.id()));
        assertTrue(((SmartGraphSurface) view.surface()).actorStyle(a.id()).contains("#000000"));

        // The strip's button unpins what is pinned.
        robot.interact(() -> {
            session.selectedActors().clear();
            session.selectedActors().add(a.id());
        });
        robot.clickOn("固定");
        waitUntil(10, () -> !session.project().actor(a.id()).pinned());
    }

    @Test
    void thePresentationOverlayFitsTheWindowHeight(FxRobot robot) throws Exception {
        Path path = dir.resolve("hokuriku.kizuna");
        SampleProjects.create("hokuriku", path);
        open(robot, path);
        waitUntil(30, () -> view.isReady());
        robot.interact(() -> view.setPresentationMode(true));
        waitUntil(10, () -> "28".equals(view.indicatorValue("actors").getText())
                && view.indicatorValue("hubs").getText().contains("北陸"));
        Node overlay = robot.lookup(".network-indicators").query();
        javafx.geometry.Bounds b = overlay.localToScene(overlay.getBoundsInLocal());
        double sceneHeight = overlay.getScene().getHeight();
        assertTrue(b.getMinY() >= 0 && b.getMaxY() <= sceneHeight,
                "the overlay " + b + " fits the " + sceneHeight + "-pixel window");
        assertTrue(view.overlayScale() > 0.75, "and stays readable: scale " + view.overlayScale());
        Node hubs = view.indicatorValue("hubs");
        javafx.geometry.Bounds h = hubs.localToScene(hubs.getBoundsInLocal());
        assertTrue(h.getMaxY() <= sceneHeight, "the last indicator is on screen: " + h);
        robot.interact(() -> view.setPresentationMode(false));
        assertEquals(1.0, view.overlayScale(), 1e-9, "the side panel is not scaled");
    }
}
