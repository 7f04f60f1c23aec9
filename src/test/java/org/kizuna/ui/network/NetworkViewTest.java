// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.analysis.NetworkAnalysis;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.PageHarness;
import org.kizuna.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The network page on real project files, driven as a person clicks it (headless). */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
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

    private NetworkView open(FxRobot robot, Path path) throws Exception {
        view = harness.open(robot, path, Locale.JAPANESE, NetworkView::new);
        session = harness.session();
        waitUntil(() -> view.isReady());
        return view;
    }

    private Path sample(String name) throws Exception {
        Path p = dir.resolve(name + ".kizuna");
        SampleProjects.create(name, p);
        return p;
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Project project() {
        return session.project();
    }

    private Point2D at(double x, double y) {
        return view.screenPoint(x, y);
    }

    private Point2D atActor(long id) {
        double[] p = view.surface().position(id);
        return view.screenPoint(p[0], p[1]);
    }

    private SmartGraphSurface smart() {
        return (SmartGraphSurface) view.surface();
    }

    private void addActorByDoubleClick(FxRobot robot, double x, double y, String name) throws TimeoutException {
        int before = project().actors().size();
        robot.doubleClickOn(at(x, y), MouseButton.PRIMARY);
        waitUntil(() -> robot.lookup("#network-new-actor-name").tryQuery().isPresent());
        robot.clickOn("#network-new-actor-name").write(name).type(KeyCode.ENTER);
        waitUntil(() -> project().actors().size() == before + 1);
    }

    @Test
    void addTwoActorsConnectThemChangeTheKindUndoAndRedo(FxRobot robot) throws Exception {
        Path path = dir.resolve("new.kizuna");
        ProjectFile.create(path, "十勝").close();
        open(robot, path);

        addActorByDoubleClick(robot, 300, 300, "帯広畜産大学");
        addActorByDoubleClick(robot, 650, 320, "帯広信用金庫");
        Actor university = project().actorNamed("帯広畜産大学");
        Actor bank = project().actorNamed("帯広信用金庫");
        assertEquals(300, university.x(), 1.0, "the actor is saved where it was double-clicked");
        assertEquals("company", bank.kind(), "the kind defaults to the last used");
        assertEquals(Set.of(bank.id()), Set.copyOf(session.selectedActors()), "a new actor is selected");
        waitUntil(() -> view.surface().position(bank.id()) != null);

        robot.clickOn("連携を引く");
        assertTrue(view.viewModel().connectToolProperty().get());
        robot.drag(atActor(university.id()), MouseButton.PRIMARY).moveTo(at(500, 310)).moveTo(atActor(bank.id()))
                .release(MouseButton.PRIMARY);
        robot.clickOn("資金提供・投資");
        waitUntil(() -> project().ties().size() == 1);
        Tie tie = project().ties().get(0);
        assertEquals("funding", tie.kind());
        assertTrue(tie.directed(), "funding is directed by default");
        assertEquals(university.id(), tie.sourceId());
        waitUntil(() -> view.surface().drawnTies().contains(tie.id()));
        String funding = NetworkPalette.tieColour(project().tieKinds(), "funding");
        assertTrue(smart().tieStyle(tie.id()).contains(funding), smart().tieStyle(tie.id()));
        assertTrue(smart().arrowShown(tie.id()));

        robot.interact(() -> session.execute(Edits.updateTie(tie.withKind("joint_research", false))));
        String joint = NetworkPalette.tieColour(project().tieKinds(), "joint_research");
        waitUntil(() -> "joint_research".equals(project().ties().get(0).kind()));
        assertTrue(smart().tieStyle(tie.id()).contains(joint), smart().tieStyle(tie.id()));
        assertFalse(smart().arrowShown(tie.id()), "an undirected tie has no arrow");

        robot.interact(session::undo);
        waitUntil(() -> "funding".equals(project().ties().get(0).kind()));
        assertTrue(smart().tieStyle(tie.id()).contains(funding));
        assertTrue(smart().arrowShown(tie.id()));
        robot.interact(session::redo);
        waitUntil(() -> "joint_research".equals(project().ties().get(0).kind()));
        assertTrue(smart().tieStyle(tie.id()).contains(joint));

        // Undo the tie and both actors: the drawing empties.
        robot.interact(session::undo);
        robot.interact(session::undo);
        waitUntil(() -> project().ties().isEmpty());
        assertTrue(view.surface().drawnTies().isEmpty());
    }

    @Test
    void clickShiftClickRubberBandAndDragMoveSavePositions(FxRobot robot) throws Exception {
        open(robot, sample("tokachi"));
        Actor a = project().actorNamed("帯広畜産大学");
        Actor b = project().actorNamed("帯広信用金庫");
        robot.clickOn(atActor(a.id()));
        assertEquals(Set.of(a.id()), Set.copyOf(session.selectedActors()));
        robot.press(KeyCode.SHIFT).clickOn(atActor(b.id())).release(KeyCode.SHIFT);
        assertEquals(Set.of(a.id(), b.id()), Set.copyOf(session.selectedActors()));
        waitUntil(() -> smart().actorStyle(b.id()).contains("dropshadow"));

        // Dragging moves both selected actors and saves both positions as one undoable step.
        double[] before = view.surface().position(b.id());
        Point2D from = atActor(a.id());
        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 20).moveBy(30, 20).release(MouseButton.PRIMARY);
        waitUntil(() -> project().actor(b.id()).x() != null && project().actor(a.id()).x() != null);
        double[] after = view.surface().position(b.id());
        assertTrue(after[0] - before[0] > 10, "the other selected actor moved too");
        assertEquals(after[0], project().actor(b.id()).x(), 0.5);
        assertTrue(session.undoTextProperty().get().contains("移動") || session.canUndoProperty().get());

        // A click on empty canvas clears; a rubber band around everything selects everything.
        Rectangle2D all = view.exportBounds();
        robot.clickOn(at(all.getMinX() + 2, all.getMinY() + 2));
        waitUntil(() -> session.selectedActors().isEmpty());
        robot.drag(at(all.getMinX() + 2, all.getMinY() + 2), MouseButton.PRIMARY)
                .moveTo(at(all.getMaxX() - 2, all.getMaxY() - 2)).release(MouseButton.PRIMARY);
        waitUntil(() -> session.selectedActors().size() == project().actors().size());
    }

    @Test
    void deletingAnActorWithTiesAndUndoingRestoresTheDrawing(FxRobot robot) throws Exception {
        open(robot, sample("tokachi"));
        Actor a = project().actorNamed("帯広畜産大学");
        Set<Long> ties = new HashSet<>();
        for (Tie t : project().ties()) {
            if (t.sourceId() == a.id() || t.targetId() == a.id()) {
                ties.add(t.id());
            }
        }
        assertFalse(ties.isEmpty());
        int drawn = view.surface().drawnTies().size();
        robot.interact(() -> session.selectedActors().add(a.id()));
        robot.interact(() -> session.execute(Edits.deleteActors(List.of(a.id()))));
        waitUntil(() -> project().actor(a.id()) == null);
        assertNull(view.surface().position(a.id()));
        assertEquals(drawn - ties.size(), view.surface().drawnTies().size());
        robot.interact(session::undo);
        waitUntil(() -> project().actor(a.id()) != null);
        assertNotNull(view.surface().position(a.id()));
        assertTrue(view.surface().drawnTies().containsAll(ties));
        assertEquals(drawn, view.surface().drawnTies().size());
    }

    @Test
    void filteringByScopeHidesTiesAndTheIndicatorsFollow(FxRobot robot) throws Exception {
        open(robot, sample("hokuriku"));
        Project p = project();
        Set<Long> domestic = new HashSet<>();
        for (Tie t : p.ties()) {
            if (p.scopeOf(t) == Scope.DOMESTIC) {
                domestic.add(t.id());
            }
        }
        assertFalse(domestic.isEmpty(), "the demo has domestic ties");
        assertTrue(view.surface().drawnTies().containsAll(domestic));
        robot.clickOn("範囲");
        robot.clickOn("国内");
        waitUntil(() -> view.surface().drawnTies().size() == p.ties().size() - domestic.size());
        for (Long id : domestic) {
            assertFalse(view.surface().drawnTies().contains(id));
        }
        int expected = p.ties().size() - domestic.size();
        waitUntil(() -> Integer.toString(expected).equals(view.indicatorValue("ties").getText()));
    }

    @Test
    void thePeriodSliderShowsTheNetworkAsItWas(FxRobot robot) throws Exception {
        open(robot, sample("kobe"));
        Project p = project();
        int all = p.ties().size();
        assertEquals(all, view.surface().drawnTies().size());
        robot.interact(() -> view.periodSlider().setValue(1)); // 2000年まで
        long alive = p.ties().stream().filter(t -> t.aliveBetween(null, 2000)).count();
        assertTrue(alive < all, "some Kobe ties start later");
        waitUntil(() -> view.surface().drawnTies().size() == alive);
        robot.interact(() -> view.periodSlider().setValue(0));
        waitUntil(() -> view.surface().drawnTies().size() == all);
    }

    @Test
    void presentationModeInAndOut(FxRobot robot) throws Exception {
        open(robot, sample("tokachi"));
        Actor a = project().actorNamed("帯広畜産大学");
        String normal = smart().actorStyle(a.id());
        robot.interact(() -> view.setPresentationMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isPresentationMode());
        assertTrue(smart().presentationStyled(), "large labels");
        assertFalse(normal.equals(smart().actorStyle(a.id())), "heavier outlines");
        assertNull(view.root() instanceof javafx.scene.layout.BorderPane bp ? bp.getRight() : null,
                "the indicators leave the side panel for the overlay");
        assertTrue(view.indicatorValue("actors").getScene() != null, "the overlay shows the indicators");
        assertFalse(shown(robot.lookup("連携を引く").query()), "the page's tool strip is hidden");
        robot.interact(() -> view.setPresentationMode(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(smart().presentationStyled());
        assertEquals(normal, smart().actorStyle(a.id()));
        assertTrue(shown(robot.lookup("連携を引く").query()));
    }

    /** The size actors' names have on screen, in pixels: their font size times the page's zoom. */
    private double nameSizeOnScreen(FxRobot robot) {
        javafx.scene.Parent label = robot.lookup(".vertex-label").queryAs(javafx.scene.Parent.class);
        javafx.scene.text.Font font = label.getChildrenUnmodifiable().stream()
                .map(n -> n instanceof javafx.scene.text.Text t ? t.getFont()
                        : n instanceof javafx.scene.control.Labeled l ? l.getFont() : null)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        return font.getSize() * view.zoomFactor();
    }

    @Test
    void namesStayReadableWhenFittedAndTheFitFollowsTheWindow(FxRobot robot) throws Exception {
        open(robot, sample("hokuriku"));
        robot.interact(view::zoomReset);
        WaitForAsyncUtils.waitForFxEvents();
        double fitted = view.zoomFactor();
        assertTrue(fitted < 0.9, "Hokuriku is fitted beside the legend at a reduced zoom: " + fitted);
        // names that scaled with the drawing would be 12 px × zoom here (about 5 px)
        assertTrue(nameSizeOnScreen(robot) > 12 * fitted + 1, "names larger than the zoom alone gives: "
                + nameSizeOnScreen(robot));
        assertTrue(nameSizeOnScreen(robot) >= 7, "readable: " + nameSizeOnScreen(robot));

        robot.interact(view::zoomIn);
        robot.interact(view::zoomIn);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.zoomFactor() > fitted);
        assertEquals(12, nameSizeOnScreen(robot), 0.2, "zoomed in, names keep their size and move apart");

        // zoomed by hand, a resize leaves the view alone; after Fit, the fit follows the window
        Stage stage = (Stage) harness.host().getScene().getWindow();
        double zoomed = view.zoomFactor();
        double w = stage.getWidth();
        double h = stage.getHeight();
        // both sides shrink, so whichever bounds the fit, it moves
        robot.interact(() -> {
            stage.setWidth(w - 300);
            stage.setHeight(h - 200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomed, view.zoomFactor(), 1e-9);
        robot.interact(view::zoomReset);
        WaitForAsyncUtils.waitForFxEvents();
        double small = view.zoomFactor();
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        waitUntil(() -> view.zoomFactor() > small + 0.01);

        robot.interact(() -> view.setPresentationMode(true));
        waitUntil(() -> view.isPresentationSpread());
        assertTrue(nameSizeOnScreen(robot) >= 14, "projector-size names: " + nameSizeOnScreen(robot));
    }

    @Test
    void presentationGivesTheDrawingTheScreenSpreadsTheCoreAndPutsItBackAfter(FxRobot robot) throws Exception {
        open(robot, sample("hokuriku"));
        Map<Long, double[]> before = view.surface().positions();
        javafx.scene.Node legend = robot.lookup(".network-legend").query();
        assertTrue(legend.isVisible());
        robot.interact(() -> view.setPresentationMode(true));
        waitUntil(() -> view.isPresentationSpread());
        assertFalse(legend.isVisible(), "the legend folds away");
        assertTrue(robot.lookup("#network-legend-toggle").query().isVisible());
        Map<Long, double[]> spread = view.surface().positions();
        long movedCount = before.keySet().stream().filter(id -> Math.abs(before.get(id)[0] - spread.get(id)[0])
                + Math.abs(before.get(id)[1] - spread.get(id)[1]) > 1).count();
        assertTrue(movedCount > 0, "the dense core opened up");
        assertTrue(movedCount < before.size(), "actors with room stay put");
        assertFalse(session.canUndoProperty().get(), "the spread is not an edit");
        robot.clickOn("#network-legend-toggle");
        waitUntil(legend::isVisible);

        robot.interact(() -> view.setPresentationMode(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legend.isVisible());
        Map<Long, double[]> after = view.surface().positions();
        for (Long id : before.keySet()) {
            assertEquals(before.get(id)[0], after.get(id)[0], 0.5);
            assertEquals(before.get(id)[1], after.get(id)[1], 0.5);
        }
    }

    @Test
    void clickingAnActorsNameSelectsIt(FxRobot robot) throws Exception {
        open(robot, sample("tokachi"));
        Actor bank = project().actorNamed("帯広信用金庫");
        javafx.scene.Node label = robot.lookup(n -> n instanceof javafx.scene.text.Text t
                && "帯広信用金庫".equals(t.getText())).query();
        robot.clickOn(label);
        waitUntil(() -> session.selectedActors().equals(Set.of(bank.id())));
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theIndicatorsMatchTheDiagnosisOfTokachi(FxRobot robot) throws Exception {
        open(robot, sample("tokachi"));
        NetworkAnalysis a = ClusterDiagnosis.analyze(project(), NetworkFilter.ALL).network();
        waitUntil(() -> NetworkView.fmt3(a.densityUndirected()).equals(view.indicatorValue("density").getText()));
        assertEquals(Integer.toString(a.graph().size()), view.indicatorValue("actors").getText());
        assertEquals(Integer.toString(a.graph().ties().size()), view.indicatorValue("ties").getText());
        assertEquals(NetworkView.fmt3(a.inRegion().density()), view.indicatorValue("inRegionDensity").getText());

        // After an edit the figures follow.
        robot.interact(() -> session.execute(Edits.addActor(Actor.of("十勝信用組合", "financial", true))));
        waitUntil(() -> Integer.toString(a.graph().size() + 1).equals(view.indicatorValue("actors").getText()));

        // While another page is shown, edits do not rerun the diagnosis; it catches up when the page is back.
        robot.interact(() -> harness.host().getChildren().clear());
        robot.interact(() -> session.execute(Edits.addActor(Actor.of("十勝農協連", "support_body", true))));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.indicatorsPending(), "no run was started for the hidden page");
        assertEquals(Integer.toString(a.graph().size() + 1), view.indicatorValue("actors").getText());
        robot.interact(() -> harness.host().getChildren().setAll(view.root()));
        waitUntil(() -> Integer.toString(a.graph().size() + 2).equals(view.indicatorValue("actors").getText()));
    }

    @Test
    void exportsPngAtTheChosenScaleAndWellFormedSvg(FxRobot robot) throws Exception {
        open(robot, sample("tokachi"));
        Path png = dir.resolve("net.png");
        List<CompletableFuture<Path>> f = new ArrayList<>(List.of(new CompletableFuture<Path>()));
        Rectangle2D[] bounds = new Rectangle2D[1];
        robot.interact(() -> {
            bounds[0] = view.exportBounds();
            f.set(0, view.exportPng(png, 2));
        });
        waitUntil(() -> f.get(0).isDone());
        assertEquals(png, f.get(0).get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(bounds[0].getWidth() * 2), image.getWidth(), 1.0);
        assertEquals(Math.round(bounds[0].getHeight() * 2), image.getHeight(), 1.0);
        boolean drawn = false;
        for (int x = 0; x < image.getWidth() && !drawn; x += 3) {
            for (int y = 0; y < image.getHeight() && !drawn; y += 3) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                drawn = rgb != 0xFFFFFF && rgb != 0xFBFBF8;
            }
        }
        assertTrue(drawn, "the picture is not blank");

        Path svg = dir.resolve("net.svg");
        robot.interact(() -> f.set(0, view.exportSvg(svg)));
        waitUntil(() -> f.get(0).isDone());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList groups = doc.getElementsByTagName("g");
        int actors = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if ("actor".equals(((Element) groups.item(i)).getAttribute("class"))) {
                actors++;
            }
        }
        assertEquals(project().actors().size(), actors);
        assertTrue(Files.readString(svg).contains("帯広畜産大学"));
    }

    /**
     * The picture goes through SafeWrite: the open project (or a side file, or a link to it) is
     * refused and keeps its bytes; a full disk fails the export and keeps a good earlier picture.
     */
    @Test
    void thePictureNeverReplacesTheProjectAndAFullDiskKeepsTheEarlierPicture(FxRobot robot) throws Exception {
        Path file = sample("tokachi");
        open(robot, file);
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), file);
        String before = org.kizuna.hostile.Hostile.sha256(file);
        for (Path target : List.of(file, dir.resolve("tokachi.kizuna-journal"), link)) {
            List<CompletableFuture<Path>> f = new ArrayList<>(List.of(new CompletableFuture<Path>()));
            robot.interact(() -> f.set(0, target.toString().endsWith(".png") ? view.exportPng(target, 1)
                    : view.exportSvg(target)));
            waitUntil(() -> f.get(0).isDone());
            java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> f.get(0).get());
            assertTrue(e.getCause() instanceof org.kizuna.store.WriteFailure w
                    && w.reason() == org.kizuna.store.WriteFailure.Cause.IS_THE_PROJECT, String.valueOf(e.getCause()));
        }
        assertEquals(before, org.kizuna.hostile.Hostile.sha256(file));
        assertFalse(Files.exists(dir.resolve("tokachi.kizuna-journal")));

        Path png = Files.writeString(dir.resolve("earlier.png"), "a good earlier picture");
        Path svg = Files.writeString(dir.resolve("earlier.svg"), "a good earlier picture");
        var folder = org.kizuna.hostile.Hostile.snapshot(dir);
        try (AutoCloseable full = org.kizuna.store.SafeWrite.simulateFullDisk(100)) {
            for (Path target : List.of(png, svg)) {
                List<CompletableFuture<Path>> f = new ArrayList<>(List.of(new CompletableFuture<Path>()));
                robot.interact(() -> f.set(0, target == png ? view.exportPng(target, 2) : view.exportSvg(target)));
                waitUntil(() -> f.get(0).isDone());
                java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                        java.util.concurrent.ExecutionException.class, () -> f.get(0).get());
                assertTrue(e.getCause().getMessage().contains("no space left on device"), e.getCause().getMessage());
            }
        }
        org.kizuna.hostile.Hostile.assertUnchanged(folder, dir);
    }

    @Test
    void aNetworkAboveTheLimitOpensInTheCanvasMode(FxRobot robot) throws Exception {
        Path path = dir.resolve("large.kizuna");
        NetworkDevLauncher.createSynthetic(path, NetworkViewModel.LARGE_ACTORS + 100, 2);
        open(robot, path);
        assertTrue(view.isLargeMode());
        assertTrue(view.surface() instanceof CanvasSurface);
        assertEquals(project().ties().size(), view.surface().drawnTies().size());
        // Selecting still works there.
        Actor a = project().actors().get(0);
        robot.interact(() -> view.zoomReset());
        robot.clickOn(atActor(a.id()));
        waitUntil(() -> !session.selectedActors().isEmpty());
    }
}
