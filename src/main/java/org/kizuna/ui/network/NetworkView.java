// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;
import javax.imageio.ImageIO;
import org.kizuna.ui.Converters;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;
import org.kizuna.ui.Messages;
import org.kizuna.ui.overview.ActorTieList;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WhileShown;
import org.kizuna.ui.session.WorkbenchPage;

/**
 * The network editor page: the drawing (SmartGraph, or the plain canvas above the measured limit),
 * a strip of tools (connect, layouts, pinning, filters, period slider, export), the live indicators
 * and a legend. Editing follows yEd: double-click on empty canvas adds an actor, drag from an actor
 * with the connect tool (or Ctrl/⌘) draws a tie, click/shift-click/rubber band select, dragging
 * moves the selection and saves the positions on release — every change an undoable command run
 * by the session. The selection is the session's, so the shell's properties panel and Delete act on
 * what is selected here.
 *
 * <p>The drawing is built on a worker thread and attached when ready; snapshots after each edit are
 * applied by diffing, and the indicators are recomputed on the same worker, latest request wins.
 */
public final class NetworkView implements WorkbenchPage {
    private static final Logger LOG = Logger.getLogger(NetworkView.class.getName());
    private static final double ZOOM_STEP = 1.25;
    /** Width of the indicators overlay in presentation mode; the drawing is fitted beside it. */
    private static final double OVERLAY_WIDTH = 400;
    private static final double OVERLAY_MARGIN = 16;

    private enum Gesture { NONE, MOVE, CONNECT, BAND, PAN }

    private final ProjectSession session;
    private final Messages m;
    private final NetworkViewModel vm;
    private final ExecutorService worker;

    private final BorderPane root = new BorderPane();
    private boolean drawingStale;
    /** The indicators, recomputed after edits only while the page is in the scene (the page starts outside it). */
    private final WhileShown indicators;
    private final ToolBar strip = new ToolBar();
    private final StackPane canvasHolder = new StackPane();
    private final Pane viewport = new Pane();
    private final Pane world = new Pane();
    private final Pane overlay = new Pane();
    private final Pane promptLayer = new Pane();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate(0, 0);
    private final Rectangle band = new Rectangle();
    private final Line connectLine = new Line();
    /** Nodes put into the scene per pulse while a drawing is attached (docs/performance.md). */
    private static final int SLICE = 300;
    /** Nodes attached per pulse; tests make it small so that a load is still running when they act. */
    private int slice = SLICE;

    private final Label loading = new Label();
    private final ProgressBar loadProgress = new ProgressBar(-1);
    private final Button cancelLoad = new Button();
    private final VBox loadBox = new VBox(8, loading, loadProgress, cancelLoad);
    private final Label largeNotice = new Label();
    private final Button drawAnyway = new Button();
    private final HBox largeNoticeBar = new HBox(8, largeNotice, drawAnyway);
    private final VBox indicatorsBox = new VBox(4);
    /** Holds the overlay in presentation; its bounds follow the overlay's scale, so it stays top right. */
    private final javafx.scene.Group overlayGroup = new javafx.scene.Group();
    private final ScrollPane indicatorsScroll = new ScrollPane(indicatorsBox);
    private final VBox legend = new VBox(3);
    private final Map<String, Label> indicatorValues = new HashMap<>();
    private final MenuButton tieKindsMenu = new MenuButton();
    private final MenuButton scopesMenu = new MenuButton();
    private final Slider periodSlider = new Slider(0, 0, 0);
    private final Label periodLabel = new Label();
    private final ToggleButton connectButton = new ToggleButton();
    private final CheckMenuItem forceItem = new CheckMenuItem();
    private final MenuButton layoutMenu = new MenuButton();
    private final ToggleButton listButton = new ToggleButton();
    private final ToggleButton legendButton = new ToggleButton();
    private final SplitPane centreSplit = new SplitPane();
    private final ActorTieList list;

    private NetworkSurface surface;
    private boolean largeMode;
    private boolean initStarted;
    private long loadToken;
    private AnimationTimer slicer;
    private final Set<Long> dimmed = new HashSet<>();
    private Map<Long, double[]> beforeForceLayout = Map.of();
    private Map<Long, double[]> beforePresentation = Map.of();
    private long spreadToken;
    private boolean spreadApplied;
    private List<NetworkViewModel.PeriodStep> steps = List.of();
    private List<String> tieKindCodes = List.of();

    private Gesture gesture = Gesture.NONE;
    private boolean swallowTyped;
    /** Whether the legend is unfolded outside presentation (it is folded in presentation). */
    private boolean legendShown = true;
    private Point2D gestureStart;
    private Point2D panStart;
    private boolean moved;
    private final Map<Long, double[]> moveStart = new HashMap<>();
    private final Set<Long> held = new HashSet<>();
    private Long connectFrom;
    private HBox prompt;
    private ContextMenu tieKindPopup;

    private final ChangeListener<Project> projectListener = (o, a, b) -> onProject(b);
    private final SetChangeListener<Long> selectionListener = c -> restyle();
    private final InvalidationListener filterListener = o -> refresh();

    public NetworkView(ProjectSession session) {
        this.session = session;
        this.m = session.messages();
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kizuna-network");
            t.setDaemon(true);
            return t;
        });
        this.vm = new NetworkViewModel(worker, Platform::runLater, m.japanese());
        this.indicators = new WhileShown(false, () -> vm.requestIndicators(session.project()));
        vm.projectProperty().set(session.project());
        this.list = new ActorTieList(session);
        buildUi();
        session.projectProperty().addListener(projectListener);
        session.selectedActors().addListener(selectionListener);
        session.selectedTies().addListener(selectionListener);
        vm.filterProperty().addListener(filterListener);
        vm.pinnedProperty().addListener((o, was, now) -> {
            restyle();
            if (surface != null && surface.ready() && vm.forceLayoutProperty().get()) {
                surface.setAutomaticLayout(true, frozen());
            }
        });
        vm.presentationProperty().addListener((o, a, b) -> applyPresentation(b));
        vm.forceLayoutProperty().addListener((o, a, b) -> applyForceLayout(b));
        vm.indicatorsProperty().addListener((o, a, b) -> showIndicators(b));
        // The world's own scene, not the page's: the drawing sits in a split pane, whose skin puts
        // it into the scene graph only at the first CSS pass, after the page itself is in a scene.
        world.sceneProperty().addListener((o, a, b) -> {
            tryInit();
            if (b != null && drawingStale) {
                drawingStale = false;
                // the legend followed every snapshot while the page was away: only draw
                redraw(session.project());
            }
            indicators.setShown(b != null);
        });
        rebuildFilters(session.project());
        refreshLegend(session.project());
        indicators.request();
        startBuild(session.project(), false);
    }

    // ------------------------------------------------------------------ WorkbenchPage

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void selectAll() {
        Set<Long> all = new HashSet<>();
        for (Actor a : session.project().actors()) {
            all.add(a.id());
        }
        session.selectedActors().addAll(all);
    }

    @Override
    public void reveal() {
        Project p = session.project();
        Set<Long> sel = new HashSet<>(session.selectedActors());
        dimmed.clear();
        if (!sel.isEmpty()) {
            Set<Long> keep = vm.withNeighbours(sel, vm.visibleTies(p).values());
            for (Actor a : p.actors()) {
                if (!keep.contains(a.id())) {
                    dimmed.add(a.id());
                }
            }
            restyle();
            fitTo(keep, Math.max(zoom.getX(), 1.0));
            autoFit = false;
            list.reveal();
        } else {
            restyle();
        }
    }

    @Override
    public void zoomIn() {
        zoomAt(ZOOM_STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    @Override
    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Fits the whole drawing into the window. */
    @Override
    public void zoomReset() {
        if (surface != null) {
            fitTo(surface.positions().keySet(), 1.6);
            autoFit = true;
        }
    }

    /**
     * Whether the drawing shows the whole network as last fitted (no zoom or pan by hand since): the
     * page then fits it again when its size changes — the window resized, full screen for a
     * presentation, a side panel shown or hidden — instead of leaving it off-centre.
     */
    private boolean autoFit;
    private boolean refitQueued;

    private void viewportResized() {
        if (autoFit && !refitQueued) {
            refitQueued = true;
            Platform.runLater(() -> {
                refitQueued = false;
                if (autoFit && viewport.getWidth() > 0) {
                    zoomReset();
                }
            });
        }
    }

    @Override
    public void setPresentationMode(boolean on) {
        vm.presentationProperty().set(on);
    }

    @Override
    public void dispose() {
        session.projectProperty().removeListener(projectListener);
        session.selectedActors().removeListener(selectionListener);
        session.selectedTies().removeListener(selectionListener);
        vm.filterProperty().removeListener(filterListener);
        list.dispose();
        loadToken++;
        stopSlicing();
        if (surface != null) {
            surface.dispose();
        }
        worker.shutdownNow();
    }

    // ------------------------------------------------------------------ export

    /**
     * Writes the drawing (everything visible, cropped to the actors) as a PNG at {@code scale} times
     * its on-screen size. The picture is taken on the FX thread, encoded and written on the page's
     * worker; the future completes there.
     */
    public CompletableFuture<Path> exportPng(Path target, double scale) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        if (surface == null || !surface.ready()) {
            done.completeExceptionally(new IllegalStateException("the drawing is not ready yet"));
            return done;
        }
        Rectangle2D b = exportBounds();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(scale, scale));
        params.setViewport(new Rectangle2D(b.getMinX() * scale, b.getMinY() * scale, b.getWidth() * scale,
                b.getHeight() * scale));
        WritableImage image = surface.node().snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        worker.execute(() -> {
            try {
                BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                out.setRGB(0, 0, w, h, argb, 0, w);
                writePicture(target, os -> {
                    if (!ImageIO.write(out, "png", os)) {
                        throw new IOException("no PNG writer");
                    }
                });
                done.complete(target);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Writes the drawing as SVG (vector: shapes, ties, names), written on the page's worker. */
    public CompletableFuture<Path> exportSvg(Path target) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        if (surface == null || !surface.ready()) {
            done.completeExceptionally(new IllegalStateException("the drawing is not ready yet"));
            return done;
        }
        Project p = session.project();
        String svg = SvgExporter.svg(p, vm.visibleTies(p).values(), surface.positions(),
                vm.presentationProperty().get());
        worker.execute(() -> {
            try {
                writePicture(target, os -> os.write(svg.getBytes(StandardCharsets.UTF_8)));
                done.complete(target);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Writes a picture through {@link SafeWrite}: the open project and its side files are refused,
     * the staging file is exclusive and fsynced, and only a complete picture replaces the target.
     */
    private void writePicture(Path target, SafeWrite.Body body) throws WriteFailure {
        SafeWrite.write(target, SafeWrite.Guard.of(session.file().path()), body);
    }

    /** The part of the drawing an export covers: the actors, their names, and a margin. */
    Rectangle2D exportBounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : surface.positions().values()) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        if (minX > maxX) {
            return new Rectangle2D(0, 0, Math.min(400, surface.width()), Math.min(300, surface.height()));
        }
        double side = vm.presentationProperty().get() ? 160 : 100;
        double x0 = Math.max(0, minX - side);
        double y0 = Math.max(0, minY - 50);
        double x1 = Math.min(surface.width(), maxX + side);
        double y1 = Math.min(surface.height(), maxY + (vm.presentationProperty().get() ? 70 : 50));
        return new Rectangle2D(Math.floor(x0), Math.floor(y0), Math.ceil(x1 - x0), Math.ceil(y1 - y0));
    }

    // ------------------------------------------------------------------ for tests and the shell

    NetworkViewModel viewModel() {
        return vm;
    }

    /** Whether the drawing is attached and placed. */
    public boolean isReady() {
        return surface != null && surface.ready();
    }

    /** For tests: how many nodes each pulse attaches while the drawing loads. */
    void setSliceForTests(int nodes) {
        slice = Math.max(1, nodes);
    }

    /** Whether the page is still building or attaching its drawing. */
    public boolean isLoading() {
        return loadBox.isVisible();
    }

    /** How much of the drawing is attached while loading (-1 while it is built on the worker). */
    double loadProgress() {
        return loadProgress.getProgress();
    }

    javafx.beans.property.DoubleProperty loadProgressProperty() {
        return loadProgress.progressProperty();
    }

    /** Whether the network is above SmartGraph's limit and drawn by the plain canvas. */
    public boolean isLargeMode() {
        return largeMode;
    }

    NetworkSurface surface() {
        return surface;
    }

    /** Where an actor is drawn, in screen coordinates, or null when it is not drawn (yet). */
    public Point2D actorScreenPoint(long actorId) {
        double[] p = surface == null || !surface.ready() ? null : surface.position(actorId);
        return p == null ? null : world.localToScreen(p[0], p[1]);
    }

    /** The actors that {@link #reveal()} dims (all but the found ones and their neighbours). */
    public Set<Long> dimmedActors() {
        return Set.copyOf(dimmed);
    }

    /** The drawing's zoom factor (1 = one drawing unit per pixel). */
    public double zoomFactor() {
        return zoom.getX();
    }

    /** Whether the connect tool is on (the strip's button, key C). */
    public boolean isConnectTool() {
        return vm.connectToolProperty().get();
    }

    /** Screen coordinates of a point of the drawing. */
    Point2D screenPoint(double x, double y) {
        return world.localToScreen(x, y);
    }

    /** Whether an indicators run is under way (for tests). */
    boolean indicatorsPending() {
        return vm.indicatorsPendingProperty().get();
    }

    Label indicatorValue(String key) {
        return indicatorValues.get(key);
    }

    Slider periodSlider() {
        return periodSlider;
    }

    // ------------------------------------------------------------------ building

    /**
     * Builds the drawing on the worker (SmartGraph's model and every node, or the canvas above the
     * limit), attaches it empty, and puts its nodes in a slice per pulse ({@link #SLICE} nodes), so
     * no pulse of the FX thread carries the whole network. Progress and Cancel show meanwhile; a
     * cancelled load falls back to the plain canvas, with "draw anyway" to try SmartGraph again.
     */
    private void startBuild(Project p, boolean canvasOnly) {
        long token = ++loadToken;
        stopSlicing();
        loading.setText(m.get("network.loading"));
        loadProgress.setProgress(-1);
        loadProgress.setVisible(true);
        loadBox.setVisible(true);
        Map<Long, Tie> visible = vm.visibleTies(p);
        worker.execute(() -> {
            if (token != loadToken) {
                return; // cancelled before it started
            }
            try {
                double[] size = NetworkLayouts.worldSize(p.actors().size(), p.actors());
                Map<Long, double[]> positions = NetworkLayouts.initial(p.actors(), visible.values(), size[0], size[1]);
                boolean large = canvasOnly || NetworkViewModel.isLarge(p.actors().size(), p.ties().size());
                NetworkSurface s = large ? new CanvasSurface(p, visible, positions, size[0], size[1])
                        : new SmartGraphSurface(p, visible, positions, size[0], size[1]);
                Platform.runLater(() -> attach(s, large, canvasOnly, token));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "could not build the network drawing", e);
                Platform.runLater(() -> {
                    if (token == loadToken) {
                        loading.setText(String.valueOf(e));
                        loadProgress.setVisible(false);
                    }
                });
            }
        });
    }

    private void attach(NetworkSurface s, boolean large, boolean cancelled, long token) {
        if (worker.isShutdown() || token != loadToken) {
            s.dispose();
            return;
        }
        if (surface != null) {
            surface.dispose();
            world.getChildren().remove(surface.node());
        }
        surface = s;
        s.setZoom(zoom.getX());
        initStarted = false;
        largeMode = large;
        world.getChildren().add(0, s.node());
        world.resize(s.width(), s.height());
        overlay.resize(s.width(), s.height());
        forceItem.setDisable(!s.hasAutomaticLayout());
        if (large) {
            Project p = session.project();
            largeNotice.setText(cancelled ? m.format("network.loadCancelled", p.actors().size(), p.ties().size())
                    : m.format("network.largeMode", p.actors().size(), p.ties().size()));
            drawAnyway.setVisible(cancelled);
            drawAnyway.setManaged(cancelled);
            largeNoticeBar.setVisible(true);
            largeNoticeBar.setManaged(true);
        } else {
            largeNoticeBar.setVisible(false);
            largeNoticeBar.setManaged(false);
        }
        tryInit();
    }

    private void tryInit() {
        if (surface == null || initStarted || surface.node().getScene() == null) {
            return;
        }
        world.applyCss();
        world.layout();
        if (surface.node() instanceof Region r && (r.getWidth() == 0 || r.getHeight() == 0)) {
            Platform.runLater(this::tryInit);
            return;
        }
        initStarted = true;
        surface.init();
        if (surface.attachSome(0)) {
            finishLoad();
            return;
        }
        NetworkSurface s = surface;
        loadProgress.setProgress(0);
        slicer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (s != surface) {
                    stop();
                    return;
                }
                boolean done = s.attachSome(slice);
                loadProgress.setProgress(s.attachProgress());
                if (done) {
                    stop();
                    slicer = null;
                    finishLoad();
                }
            }
        };
        slicer.start();
    }

    private void finishLoad() {
        Project p = session.project();
        surface.show(p, vm.visibleTies(p), look());
        // One pulse paints the finished drawing and takes the progress away.
        surface.node().setOpacity(1);
        loadBox.setVisible(false);
        if (isPresentationMode()) {
            spreadForPresentation(); // presentation was asked for before the drawing was ready
        }
        if (vm.forceLayoutProperty().get()) {
            applyForceLayout(true);
        }
        if (viewport.getWidth() > 0) {
            zoomReset();
        } else {
            Platform.runLater(this::zoomReset);
        }
    }

    private void stopSlicing() {
        if (slicer != null) {
            slicer.stop();
            slicer = null;
        }
    }

    /** Cancel of a load in progress: the page falls back to the plain canvas, which opens at once. */
    public void cancelLoad() {
        if (!loadBox.isVisible()) {
            return;
        }
        stopSlicing();
        if (surface != null && !surface.ready()) {
            surface.dispose();
            world.getChildren().remove(surface.node());
            surface = null;
        }
        startBuild(session.project(), true);
    }

    private void onProject(Project p) {
        vm.projectProperty().set(p);
        dimmed.retainAll(p.actorsById().keySet());
        rebuildFilters(p);
        refresh();
    }

    /** Brings drawing, legend and indicators to the current snapshot and filter. */
    private void refresh() {
        Project p = session.project();
        redraw(p);
        refreshLegend(p);
        indicators.request();
    }

    /** Shows the snapshot in the drawing, or marks the drawing stale while the page is out of the scene. */
    private void redraw(Project p) {
        if (surface != null && surface.ready()) {
            if (world.getScene() != null) {
                surface.show(p, vm.visibleTies(p), look());
            } else {
                // Edited from another page: SmartGraph can only update in a scene, so draw on return.
                drawingStale = true;
            }
        }
    }

    private void restyle() {
        if (surface != null && surface.ready()) {
            surface.restyle(look());
        }
    }

    private NetworkSurface.Look look() {
        return new NetworkSurface.Look(Set.copyOf(session.selectedActors()), Set.copyOf(session.selectedTies()),
                Set.copyOf(dimmed), vm.pinned(), vm.presentationProperty().get());
    }

    // ------------------------------------------------------------------ UI

    private void buildUi() {
        root.getStyleClass().add("network-page");
        root.getStylesheets().add(NetworkView.class.getResource("network-page.css").toExternalForm());

        connectButton.setText(m.get("network.tool.connect"));
        connectButton.setTooltip(new Tooltip(m.get("network.tool.connect.tip")));
        connectButton.selectedProperty().bindBidirectional(vm.connectToolProperty());
        // The layouts share one menu, so that the strip fits beside the panels on a 1366 px screen.
        forceItem.setText(m.get("network.layout.force"));
        forceItem.setId("network-layout-force");
        forceItem.selectedProperty().bindBidirectional(vm.forceLayoutProperty());
        MenuItem circular = new MenuItem(m.get("network.layout.circular"));
        circular.setId("network-layout-circular");
        circular.setOnAction(e -> applyLayout(false));
        MenuItem byScope = new MenuItem(m.get("network.layout.byScope"));
        byScope.setId("network-layout-byScope");
        byScope.setOnAction(e -> applyLayout(true));
        layoutMenu.setText(m.get("network.layout"));
        layoutMenu.setId("network-layout-menu");
        layoutMenu.setTooltip(new Tooltip(m.get("network.layout.tip")));
        layoutMenu.getItems().addAll(byScope, circular, new javafx.scene.control.SeparatorMenuItem(), forceItem);
        Button pin = new Button(m.get("network.pin"));
        pin.setTooltip(new Tooltip(m.get("network.pin.tip")));
        pin.setOnAction(e -> togglePin());
        tieKindsMenu.setText(m.get("network.filter.tieKinds"));
        scopesMenu.setText(m.get("network.filter.scopes"));
        for (Scope s : Scope.values()) {
            CheckMenuItem item = new CheckMenuItem(m.japanese() ? s.labelJa() : s.labelEn());
            item.setSelected(true);
            item.setId("scope-" + s.code());
            item.selectedProperty().addListener((o, a, b) -> {
                if (!vm.setScopeShown(s, b) && b != vm.scopeShown(s)) {
                    item.setSelected(vm.scopeShown(s));
                }
            });
            scopesMenu.getItems().add(item);
        }
        periodSlider.setMajorTickUnit(1);
        periodSlider.setMinorTickCount(0);
        periodSlider.setSnapToTicks(true);
        periodSlider.setBlockIncrement(1);
        periodSlider.setPrefWidth(110);
        periodSlider.setId("period-slider");
        periodSlider.valueProperty().addListener((o, a, b) -> {
            int i = (int) Math.round(b.doubleValue());
            if (i != vm.periodIndexProperty().get()) {
                vm.periodIndexProperty().set(i);
            }
            periodLabel.setText(i < steps.size() ? steps.get(i).label() : "");
        });
        periodLabel.setMinWidth(64);
        Button fit = new Button(m.get("network.fit"));
        fit.setOnAction(e -> zoomReset());
        listButton.setText(m.get("network.list"));
        listButton.setId("network-list-toggle");
        listButton.setTooltip(new Tooltip(m.get("network.list.tip")));
        listButton.selectedProperty().addListener((o, a, b) -> showList(b));
        strip.getItems().addAll(connectButton, listButton, new Separator(), layoutMenu, pin, new Separator(),
                tieKindsMenu, scopesMenu, new Label(m.get("network.filter.period")), periodSlider, periodLabel,
                new Separator(), fit);

        // The drawing: a clipped viewport holding the world (drawing units), zoomed and panned.
        world.setManaged(false);
        world.getTransforms().setAll(pan, zoom);
        zoom.xProperty().addListener((o, a, b) -> {
            if (surface != null) {
                surface.setZoom(b.doubleValue());
            }
        });
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        band.getStyleClass().add("network-band");
        band.setVisible(false);
        connectLine.getStyleClass().add("network-connect-line");
        connectLine.setVisible(false);
        overlay.getChildren().addAll(band, connectLine);
        world.getChildren().add(overlay);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        viewport.widthProperty().addListener(o -> viewportResized());
        viewport.heightProperty().addListener(o -> viewportResized());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.getChildren().add(world);
        viewport.setFocusTraversable(true);
        viewport.getStyleClass().add("network-viewport");
        viewport.setMinSize(200, 150);
        promptLayer.setPickOnBounds(false);
        legend.getStyleClass().add("network-legend");
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        loading.getStyleClass().add("network-loading");
        loadProgress.setPrefWidth(260);
        loadProgress.setId("network-load-progress");
        cancelLoad.setText(m.get("network.loadCancel"));
        cancelLoad.setId("network-load-cancel");
        cancelLoad.setOnAction(e -> cancelLoad());
        loadBox.setAlignment(Pos.CENTER);
        loadBox.getStyleClass().add("network-load");
        loadBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        largeNotice.setWrapText(true);
        largeNotice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(largeNotice, Priority.ALWAYS);
        drawAnyway.setText(m.get("network.drawAnyway"));
        drawAnyway.setId("network-draw-anyway");
        drawAnyway.setOnAction(e -> startBuild(session.project(), false));
        largeNoticeBar.getStyleClass().add("network-large-notice");
        largeNoticeBar.setAlignment(Pos.CENTER_LEFT);
        largeNoticeBar.setVisible(false);
        largeNoticeBar.setManaged(false);
        // In presentation the legend folds into a small button, so the drawing has the screen.
        legendButton.setText(m.get("network.legend.title"));
        legendButton.setId("network-legend-toggle");
        legendButton.getStyleClass().add("network-legend-toggle");
        legendButton.setFocusTraversable(false);
        legendButton.setSelected(true);
        legendButton.setTooltip(new Tooltip(m.get("network.legend.tip")));
        legendButton.selectedProperty().addListener((o, a, b) -> {
            legend.setVisible(b);
            if (!isPresentationMode()) {
                legendShown = b;
            }
            Platform.runLater(this::zoomReset);
        });
        StackPane.setAlignment(legendButton, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legendButton, new Insets(12));
        canvasHolder.getChildren().addAll(viewport, legend, legendButton, promptLayer, loadBox);
        canvasHolder.setMinHeight(150);
        StackPane.setAlignment(overlayGroup, Pos.TOP_RIGHT);
        StackPane.setMargin(overlayGroup, new Insets(OVERLAY_MARGIN));
        overlayGroup.setMouseTransparent(true);
        canvasHolder.heightProperty().addListener(o -> fitOverlay());
        indicatorsBox.heightProperty().addListener(o -> Platform.runLater(this::fitOverlay));
        centreSplit.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centreSplit.getItems().add(canvasHolder);
        centreSplit.getStyleClass().add("network-centre");
        VBox centre = new VBox(largeNoticeBar, centreSplit);
        VBox.setVgrow(centreSplit, Priority.ALWAYS);

        indicatorsBox.getStyleClass().add("network-indicators");
        indicatorsBox.setPadding(new Insets(10));
        buildIndicatorRows();
        indicatorsScroll.setFitToWidth(true);
        indicatorsScroll.setPrefWidth(230);
        indicatorsScroll.setMinWidth(200);
        indicatorsScroll.getStyleClass().add("network-indicators-scroll");

        root.setTop(strip);
        root.setCenter(centre);
        root.setRight(indicatorsScroll);

        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, this::onReleased);
        viewport.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClicked);
        viewport.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
            }
            e.consume();
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // The N that opened the name prompt must not arrive in it as the name's first letter.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
    }

    private void buildIndicatorRows() {
        Label title = new Label(m.get("network.ind.title"));
        title.getStyleClass().add("network-indicators-title");
        indicatorsBox.getChildren().add(title);
        Label pending = new Label(m.get("network.ind.computing"));
        pending.getStyleClass().add("network-indicators-pending");
        pending.visibleProperty().bind(vm.indicatorsPendingProperty());
        pending.managedProperty().bind(pending.visibleProperty());
        indicatorsBox.getChildren().add(pending);
        for (String key : List.of("actors", "ties", "density", "inRegionDensity", "isolates", "scopes", "brokers",
                "gatekeepers", "hubs")) {
            Label name = new Label(m.get("network.ind." + key));
            name.getStyleClass().add("network-indicator-name");
            Label value = new Label(m.get("network.ind.none"));
            value.getStyleClass().add("network-indicator-value");
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.setId("ind-" + key);
            indicatorValues.put(key, value);
            indicatorsBox.getChildren().addAll(name, value);
        }
    }

    private void showIndicators(NetworkIndicators ind) {
        String none = m.get("network.ind.none");
        if (ind == null) {
            indicatorValues.values().forEach(l -> l.setText(none));
            return;
        }
        indicatorValues.get("actors").setText(Integer.toString(ind.actors()));
        indicatorValues.get("ties").setText(Integer.toString(ind.ties()));
        indicatorValues.get("density").setText(fmt3(ind.density()));
        indicatorValues.get("inRegionDensity").setText(fmt3(ind.inRegionDensity()));
        indicatorValues.get("isolates").setText(Integer.toString(ind.isolates()));
        StringBuilder scopes = new StringBuilder();
        for (Scope s : Scope.values()) {
            if (!scopes.isEmpty()) {
                scopes.append('\n');
            }
            double share = ind.share(s);
            scopes.append(m.japanese() ? s.labelJa() : s.labelEn()).append(' ')
                    .append(m.format("network.ind.scopeShare", ind.tiesByScope().getOrDefault(s, 0),
                            Double.isNaN(share) ? none : String.format(Locale.ROOT, "%.0f%%", share * 100)));
        }
        indicatorValues.get("scopes").setText(scopes.toString());
        // On a projector the lists are shorter, so the overlay fits the screen at a readable size.
        int top = isPresentationMode() ? 3 : 5;
        indicatorValues.get("brokers").setText(names(ind.brokers(), top, none));
        indicatorValues.get("gatekeepers").setText(names(ind.gatekeepers(), top, none));
        List<String> hubs = ind.connectorHubs();
        String hubText = names(hubs, top, none);
        if (hubs.size() > top) {
            hubText += "\n" + m.format("network.ind.more", hubs.size() - top);
        }
        indicatorValues.get("hubs").setText(hubText);
    }

    private static String names(List<String> names, int top, String none) {
        return names.isEmpty() ? none : String.join("\n", names.subList(0, Math.min(top, names.size())));
    }

    /** Densities with three decimals, as in the diagnosis sheets; "—" when undefined. */
    static String fmt3(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "—" : String.format(Locale.ROOT, "%.3f", d);
    }

    private void rebuildFilters(Project p) {
        List<String> codes = p.tieKinds().stream().map(Kind::code).toList();
        if (!codes.equals(tieKindCodes)) {
            tieKindCodes = codes;
            tieKindsMenu.getItems().clear();
            for (Kind k : p.tieKinds()) {
                CheckMenuItem item = new CheckMenuItem(vm.label(k));
                item.setId("tieKind-" + k.code());
                item.setGraphic(lineSwatch(p.tieKinds(), k.code()));
                item.setSelected(vm.tieKindShown(k.code()));
                item.selectedProperty().addListener((o, a, b) -> {
                    if (!vm.setTieKindShown(k.code(), b) && b != vm.tieKindShown(k.code())) {
                        item.setSelected(vm.tieKindShown(k.code()));
                    }
                });
                tieKindsMenu.getItems().add(item);
            }
        }
        List<NetworkViewModel.PeriodStep> newSteps = vm.periodSteps(m.get("network.filter.period.all"));
        if (!newSteps.equals(steps)) {
            steps = newSteps;
            periodSlider.setMax(Math.max(0, steps.size() - 1));
            periodSlider.setDisable(steps.size() <= 1);
            int i = Math.min(vm.periodIndexProperty().get(), steps.size() - 1);
            periodSlider.setValue(i);
            periodLabel.setText(steps.get(Math.max(0, i)).label());
        }
    }

    private void refreshLegend(Project p) {
        legend.getChildren().clear();
        boolean big = vm.presentationProperty().get();
        Label title = new Label(m.get("network.legend.title"));
        title.getStyleClass().add("network-legend-title");
        legend.getChildren().add(title);
        Set<String> actorKinds = new LinkedHashSet<>();
        boolean[] places = new boolean[3];
        for (Actor a : p.actors()) {
            actorKinds.add(a.kind());
            places[NetworkPalette.Place.of(a).ordinal()] = true;
        }
        for (Kind k : p.actorKinds()) {
            if (actorKinds.contains(k.code())) {
                Actor sample = Actor.of("x", k.code(), true);
                legend.getChildren().add(row(actorSwatch(p.actorKinds(), sample, big), vm.label(k)));
            }
        }
        String firstKind = p.actorKinds().isEmpty() ? "other" : p.actorKinds().get(0).code();
        legend.getChildren().add(row(placeSwatch(p.actorKinds(), Actor.of("x", firstKind, true), big),
                m.get("network.legend.inside")));
        if (places[NetworkPalette.Place.DOMESTIC.ordinal()]) {
            legend.getChildren().add(row(placeSwatch(p.actorKinds(), Actor.of("x", firstKind, false), big),
                    m.get("network.legend.domestic")));
        }
        if (places[NetworkPalette.Place.ABROAD.ordinal()]) {
            legend.getChildren().add(row(placeSwatch(p.actorKinds(),
                    Actor.of("x", firstKind, false).withLocation(null, "X"), big), m.get("network.legend.abroad")));
        }
        Set<String> tieKinds = new LinkedHashSet<>();
        for (Tie t : p.ties()) {
            tieKinds.add(t.kind());
        }
        for (Kind k : p.tieKinds()) {
            if (tieKinds.contains(k.code())) {
                legend.getChildren().add(row(lineSwatch(p.tieKinds(), k.code()), vm.label(k)));
            }
        }
        Label directed = new Label(m.get("network.legend.directed"));
        directed.getStyleClass().add("network-legend-note");
        legend.getChildren().add(directed);
    }

    private static HBox row(Node swatch, String text) {
        StackPane box = new StackPane(swatch);
        box.setMinWidth(34);
        HBox h = new HBox(6, box, new Label(text));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Node actorSwatch(List<Kind> kinds, Actor a, boolean big) {
        NetworkPalette.ActorLook look = NetworkPalette.actorLook(kinds, a, false);
        double r = big ? 11 : 7;
        double[] o = NetworkPalette.outline(look.shape(), r);
        Shape s;
        if (o.length == 0) {
            s = new Circle(r);
        } else {
            Polygon poly = new Polygon(o);
            s = poly;
        }
        s.setFill(Color.web(look.fill()));
        s.setStroke(Color.web(look.stroke()));
        s.setStrokeWidth(1.2);
        return s;
    }

    /** A circle drawn as an actor of that place is outlined (fill, outline, dash). */
    private static Node placeSwatch(List<Kind> kinds, Actor a, boolean big) {
        NetworkPalette.ActorLook look = NetworkPalette.actorLook(kinds, a, false);
        Circle c = new Circle(big ? 11 : 7);
        c.setFill(Color.web(look.fill()));
        c.setStroke(Color.web(look.stroke()));
        c.setStrokeWidth(Math.min(2.5, look.strokeWidth()));
        if (!look.dash().isEmpty()) {
            for (String d : look.dash().split(" ")) {
                c.getStrokeDashArray().add(Double.parseDouble(d) * 0.7);
            }
        }
        return c;
    }

    private static Node lineSwatch(List<Kind> kinds, String code) {
        Line l = new Line(0, 0, 28, 0);
        Tie sample = Tie.of(1, 2, code, false).withStrength(2);
        l.setStyle(NetworkPalette.tieCss(NetworkPalette.tieLook(kinds, sample, false), false, false));
        return l;
    }

    /** Shows or folds the tabular list of actors and ties below the drawing. */
    private void showList(boolean on) {
        Node pane = list.root();
        if (on && !centreSplit.getItems().contains(pane)) {
            centreSplit.getItems().add(pane);
            centreSplit.setDividerPositions(0.64);
        } else if (!on) {
            centreSplit.getItems().remove(pane);
        }
    }

    /** Whether the list of actors and ties is shown below the drawing. */
    public boolean isListShown() {
        return centreSplit.getItems().contains(list.root());
    }

    /** Shows or folds the list of actors and ties (the strip's "List" toggle). */
    public void setListShown(boolean on) {
        listButton.setSelected(on);
    }

    private void applyPresentation(boolean on) {
        strip.setVisible(!on);
        strip.setManaged(!on);
        root.getStyleClass().remove("presentation");
        if (on) {
            vm.forceLayoutProperty().set(false);
            root.getStyleClass().add("presentation");
            root.setRight(null);
            indicatorsScroll.setContent(null);
            double w = overlayWidth();
            indicatorsBox.setMaxSize(w, Region.USE_PREF_SIZE);
            indicatorsBox.setPrefWidth(w);
            indicatorsBox.setMouseTransparent(true);
            overlayGroup.getChildren().setAll(indicatorsBox);
            canvasHolder.getChildren().add(overlayGroup);
            fitOverlay();
            showList(false);
            legendButton.setSelected(false);
        } else {
            canvasHolder.getChildren().remove(overlayGroup);
            overlayGroup.getChildren().clear();
            indicatorsBox.setScaleX(1);
            indicatorsBox.setScaleY(1);
            indicatorsBox.setMaxSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
            indicatorsBox.setPrefWidth(Region.USE_COMPUTED_SIZE);
            indicatorsBox.setMouseTransparent(false);
            indicatorsScroll.setContent(indicatorsBox);
            root.setRight(indicatorsScroll);
            showList(listButton.isSelected());
            legendButton.setSelected(legendShown);
        }
        refreshLegend(session.project());
        showIndicators(vm.indicatorsProperty().get()); // shorter lists in presentation
        restyle();
        if (on) {
            spreadForPresentation();
        } else {
            restoreAfterPresentation();
        }
        Platform.runLater(this::zoomReset);
    }

    /**
     * Shrinks the presentation overlay to the page's height when its content is taller (a long name
     * list on a 768-pixel projector): scaled as a whole about its top right corner, so it stays one
     * readable panel instead of running off the screen.
     */
    private void fitOverlay() {
        if (overlayGroup.getChildren().isEmpty()) {
            return;
        }
        double available = canvasHolder.getHeight() - 2 * OVERLAY_MARGIN;
        double w = indicatorsBox.getPrefWidth();
        double h = indicatorsBox.prefHeight(w);
        double k = available > 0 && h > available ? available / h : 1;
        if (Math.abs(indicatorsBox.getScaleX() - k) > 0.001) {
            indicatorsBox.setScaleX(k);
            indicatorsBox.setScaleY(k);
        }
    }

    /** How much the presentation overlay is scaled to fit the page's height (1 = not at all). */
    double overlayScale() {
        return indicatorsBox.getScaleX();
    }

    /** The indicators overlay in presentation: a quarter of the screen, between 300 and 400 px. */
    private double overlayWidth() {
        double w = viewport.getWidth() > 0 ? viewport.getWidth() : 1366;
        return Math.max(300, Math.min(OVERLAY_WIDTH, w * 0.26));
    }

    /**
     * Presentation opens up a dense core so that the large names do not overlap: the positions are
     * spread on the worker (names at projector size), shown, and not saved; leaving presentation
     * puts every actor back at its saved place (or where it was drawn before).
     */
    private void spreadForPresentation() {
        if (surface == null || !surface.ready() || largeMode) {
            return;
        }
        Map<Long, double[]> before = surface.positions();
        beforePresentation = before;
        Map<Long, String> names = new HashMap<>();
        for (Actor a : session.project().actors()) {
            names.put(a.id(), a.name());
        }
        double w = surface.width();
        double h = surface.height();
        long token = ++spreadToken;
        worker.execute(() -> {
            Map<Long, double[]> spread = NetworkLayouts.spreadForLabels(before, names,
                    NetworkPalette.PRESENTATION_RADIUS, SmartGraphSurface.LABEL_PRESENTATION_PX, w, h, 80);
            Platform.runLater(() -> {
                if (token != spreadToken || !isPresentationMode() || surface == null) {
                    return;
                }
                spread.forEach((id, q) -> surface.move(id, q[0], q[1]));
                zoomReset();
                spreadApplied = true;
            });
        });
    }

    private void restoreAfterPresentation() {
        spreadToken++;
        if (surface == null || !surface.ready() || beforePresentation.isEmpty()) {
            return;
        }
        Map<Long, Actor> actors = session.project().actorsById();
        beforePresentation.forEach((id, q) -> {
            Actor a = actors.get(id);
            if (a == null) {
                return;
            }
            if (a.x() != null && a.y() != null) {
                surface.move(id, a.x(), a.y());
            } else {
                surface.move(id, q[0], q[1]);
            }
        });
        beforePresentation = Map.of();
        spreadApplied = false;
    }

    /** Whether the presentation spread has been applied to the drawing (tests wait on it). */
    boolean isPresentationSpread() {
        return spreadApplied;
    }

    /** Whether the page shows its projector look. */
    public boolean isPresentationMode() {
        return vm.presentationProperty().get();
    }

    // ------------------------------------------------------------------ layouts

    private Set<Long> frozen() {
        Set<Long> f = new HashSet<>(vm.pinned());
        f.addAll(held);
        return f;
    }

    private void applyForceLayout(boolean on) {
        if (surface == null || !surface.ready() || !surface.hasAutomaticLayout()) {
            return;
        }
        if (on) {
            beforeForceLayout = surface.positions();
            // Isolates first go to their row, out of the way of the layout.
            Project p = session.project();
            Map<Long, Tie> visible = vm.visibleTies(p);
            Set<Long> iso = NetworkLayouts.isolated(p.actors(), visible.values());
            List<Actor> isolates = p.actors().stream().filter(a -> iso.contains(a.id()) && !vm.pinned().contains(a.id()))
                    .sorted(NetworkLayouts.byKindThenName()).toList();
            NetworkLayouts.bottomRow(isolates, surface.width(), surface.height())
                    .forEach((id, q) -> surface.move(id, q[0], q[1]));
            surface.setAutomaticLayout(true, frozen());
        } else {
            surface.setAutomaticLayout(false, frozen());
            saveMoved(beforeForceLayout, "layoutForce");
        }
    }

    private void applyLayout(boolean byScope) {
        if (surface == null || !surface.ready()) {
            return;
        }
        vm.forceLayoutProperty().set(false);
        Project p = session.project();
        Map<Long, Tie> visible = vm.visibleTies(p);
        List<Actor> free = p.actors().stream().filter(a -> !vm.pinned().contains(a.id())).toList();
        Map<Long, double[]> target = byScope
                ? NetworkLayouts.byScope(free, visible.values(), surface.width(), surface.height())
                : NetworkLayouts.circular(free, visible.values(), surface.width(), surface.height());
        Map<Long, double[]> before = surface.positions();
        target.forEach((id, q) -> surface.move(id, q[0], q[1]));
        saveMoved(before, byScope ? "layoutByScope" : "layoutCircular");
        Platform.runLater(this::zoomReset);
    }

    /** Saves, as one undoable step named after {@code layoutKey}, the positions that differ from {@code before}. */
    private void saveMoved(Map<Long, double[]> before, String layoutKey) {
        Map<Long, double[]> changed = NetworkViewModel.moved(before, surface.positions());
        if (!changed.isEmpty()) {
            session.execute(NetworkViewModel.moveCommand(session.project(), changed, layoutKey));
        }
    }

    private void togglePin() {
        Set<Long> sel = new HashSet<>(session.selectedActors());
        if (sel.isEmpty()) {
            return;
        }
        // Saved in the file and undoable; vm.pinned() follows the new snapshot.
        session.execute(Edits.pinActors(sel, !vm.pinned().containsAll(sel)));
    }

    // ------------------------------------------------------------------ zoom and pan

    private void zoomAt(double factor, double vx, double vy) {
        autoFit = false;
        double old = zoom.getX();
        double z = Math.max(0.05, Math.min(6, old * factor));
        // Keep the world point under (vx, vy) in place.
        double wx = (vx - pan.getX()) / old;
        double wy = (vy - pan.getY()) / old;
        zoom.setX(z);
        zoom.setY(z);
        pan.setX(vx - wx * z);
        pan.setY(vy - wy * z);
    }

    private void fitTo(Set<Long> ids, double maxScale) {
        if (surface == null || ids.isEmpty()) {
            return;
        }
        // In presentation mode the legend (left) and the indicators (right) float over the drawing.
        boolean overlays = vm.presentationProperty().get();
        // The legend (top left) never covers the drawing: the drawing is fitted beside it.
        double left = legend.isVisible() ? legend.getWidth() + 16 : 0;
        double reserved = (overlays ? overlayWidth() + 32 : 0) + left;
        double vw = viewport.getWidth() - reserved;
        // ... and the key hint floats along the bottom edge
        double vh = viewport.getHeight() - (overlays ? 56 : 0);
        if (vw <= 0 || vh <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Long id : ids) {
            double[] p = surface.position(id);
            if (p != null) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        if (minX > maxX) {
            return;
        }
        // Margins in screen pixels: room for the shapes, and for the names, which keep their size on
        // screen (SmartGraphSurface), so a long name at the left or right edge is not cut off.
        double px = largeMode ? 0 : overlays ? SmartGraphSurface.LABEL_PRESENTATION_PX : SmartGraphSurface.LABEL_PX;
        double pad = 24;
        double top = pad;
        double bottom = pad + 2 * px;
        double spanX = Math.max(1, maxX - minX);
        double spanY = Math.max(1, maxY - minY);
        Project project = session.project();
        double mL = pad;
        double mR = pad;
        double z = Math.max(0.05, Math.min(maxScale, Math.min((vw - 2 * pad) / spanX, (vh - top - bottom) / spanY)));
        // each name's x and half width once, not per round (project.actor is a scan of the list)
        List<double[]> names = new ArrayList<>();
        if (px > 0) {
            Map<Long, Actor> byId = project.actorsById();
            for (Long id : ids) {
                double[] p = surface.position(id);
                Actor a = byId.get(id);
                if (p != null && a != null) {
                    names.add(new double[] {p[0], NetworkLayouts.labelWidth(a.name(), px) / 2 + 6});
                }
            }
        }
        for (int round = 0; round < 3 && px > 0; round++) {
            mL = pad;
            mR = pad;
            for (double[] n : names) {
                mL = Math.max(mL, n[1] - (n[0] - minX) * z);
                mR = Math.max(mR, n[1] - (maxX - n[0]) * z);
            }
            mL = Math.min(mL, vw / 3);
            mR = Math.min(mR, vw / 3);
            z = Math.max(0.05, Math.min(maxScale, Math.min((vw - mL - mR) / spanX, (vh - top - bottom) / spanY)));
        }
        zoom.setX(z);
        zoom.setY(z);
        pan.setX(left + mL + (vw - mL - mR - spanX * z) / 2 - minX * z);
        pan.setY(top + (vh - top - bottom - spanY * z) / 2 - minY * z);
    }

    // ------------------------------------------------------------------ gestures

    private Point2D worldPoint(MouseEvent e) {
        return world.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private boolean connecting(MouseEvent e) {
        return vm.connectToolProperty().get() || e.isShortcutDown() || e.isAltDown();
    }

    private void onPressed(MouseEvent e) {
        viewport.requestFocus();
        if (prompt != null) {
            cancelPrompt();
        }
        if (surface == null || !surface.ready()) {
            return;
        }
        Point2D p = worldPoint(e);
        gestureStart = p;
        moved = false;
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
            gesture = Gesture.PAN;
            panStart = new Point2D(e.getX() - pan.getX(), e.getY() - pan.getY());
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Long id = surface.actorAt(p.getX(), p.getY(), e.getTarget());
        if (id != null) {
            if (connecting(e)) {
                gesture = Gesture.CONNECT;
                connectFrom = id;
                double[] c = surface.position(id);
                connectLine.setStartX(c[0]);
                connectLine.setStartY(c[1]);
                connectLine.setEndX(p.getX());
                connectLine.setEndY(p.getY());
                connectLine.setVisible(true);
            } else {
                if (e.isShiftDown()) {
                    if (!session.selectedActors().remove(id)) {
                        session.selectedActors().add(id);
                    }
                } else if (!session.selectedActors().contains(id)) {
                    session.selectOnlyActors(Set.of(id));
                }
                gesture = session.selectedActors().contains(id) ? Gesture.MOVE : Gesture.NONE;
                moveStart.clear();
                for (Long s : session.selectedActors()) {
                    double[] q = surface.position(s);
                    if (q != null) {
                        moveStart.put(s, q);
                    }
                }
                held.clear();
                held.addAll(moveStart.keySet());
                if (vm.forceLayoutProperty().get()) {
                    surface.setAutomaticLayout(true, frozen());
                }
            }
            e.consume();
            return;
        }
        Long tie = surface.tieAt(p.getX(), p.getY(), e.getTarget());
        if (tie != null) {
            if (!e.isShiftDown()) {
                session.selectedActors().clear();
                session.selectedTies().retainAll(Set.of(tie));
            }
            if (!session.selectedTies().remove(tie) || !e.isShiftDown()) {
                session.selectedTies().add(tie);
            }
            gesture = Gesture.NONE;
            e.consume();
            return;
        }
        gesture = Gesture.BAND;
        if (!e.isShiftDown()) {
            session.selectedActors().clear();
            session.selectedTies().clear();
            if (!dimmed.isEmpty()) {
                dimmed.clear();
                restyle();
            }
        }
        band.setX(p.getX());
        band.setY(p.getY());
        band.setWidth(0);
        band.setHeight(0);
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        if (gesture == Gesture.NONE || surface == null) {
            return;
        }
        Point2D p = worldPoint(e);
        switch (gesture) {
            case PAN -> {
                autoFit = false;
                pan.setX(e.getX() - panStart.getX());
                pan.setY(e.getY() - panStart.getY());
            }
            case MOVE -> {
                double dx = p.getX() - gestureStart.getX();
                double dy = p.getY() - gestureStart.getY();
                if (moved || Math.abs(dx) + Math.abs(dy) > 2) {
                    moved = true;
                    moveStart.forEach((id, q) -> surface.move(id, q[0] + dx, q[1] + dy));
                }
            }
            case CONNECT -> {
                connectLine.setEndX(p.getX());
                connectLine.setEndY(p.getY());
            }
            case BAND -> {
                band.setVisible(true);
                band.setX(Math.min(p.getX(), gestureStart.getX()));
                band.setY(Math.min(p.getY(), gestureStart.getY()));
                band.setWidth(Math.abs(p.getX() - gestureStart.getX()));
                band.setHeight(Math.abs(p.getY() - gestureStart.getY()));
            }
            default -> {
            }
        }
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        if (gesture == Gesture.NONE || surface == null) {
            return;
        }
        Point2D p = worldPoint(e);
        Gesture g = gesture;
        gesture = Gesture.NONE;
        switch (g) {
            case MOVE -> {
                held.clear();
                if (vm.forceLayoutProperty().get()) {
                    surface.setAutomaticLayout(true, frozen());
                }
                if (moved) {
                    Map<Long, double[]> positions = new HashMap<>();
                    for (Long id : moveStart.keySet()) {
                        double[] q = surface.position(id);
                        if (q != null) {
                            positions.put(id, new double[] {NetworkViewModel.round(q[0]), NetworkViewModel.round(q[1])});
                        }
                    }
                    if (!positions.isEmpty()) {
                        session.execute(NetworkViewModel.moveCommand(session.project(), positions, null));
                    }
                }
            }
            case CONNECT -> {
                connectLine.setVisible(false);
                Long to = surface.actorAt(p.getX(), p.getY(), null);
                if (to != null && !to.equals(connectFrom)) {
                    askTieKind(connectFrom, to, e.getScreenX(), e.getScreenY());
                }
            }
            case BAND -> {
                band.setVisible(false);
                if (band.getWidth() > 2 || band.getHeight() > 2) {
                    Set<Long> inside = new HashSet<>();
                    surface.positions().forEach((id, q) -> {
                        if (band.contains(q[0], q[1])) {
                            inside.add(id);
                        }
                    });
                    session.selectedActors().addAll(inside);
                }
            }
            default -> {
            }
        }
        e.consume();
    }

    private void onClicked(MouseEvent e) {
        if (surface == null || !surface.ready() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            Point2D p = worldPoint(e);
            if (surface.actorAt(p.getX(), p.getY(), e.getTarget()) == null) {
                showPrompt(p.getX(), p.getY());
            }
            e.consume();
        }
    }

    /**
     * The page's keys outside presentation: N opens the name prompt in the middle of the drawing,
     * C toggles the connect tool. In presentation N and C are the shell's quick keys (a large card
     * that adds or connects by name), so the page leaves them alone.
     */
    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean presenting = isPresentationMode();
        if (e.getCode() == KeyCode.N && !presenting && surface != null && surface.ready()) {
            Point2D c = world.parentToLocal(viewport.getWidth() / 2, viewport.getHeight() / 2);
            swallowTyped = true;
            showPrompt(c.getX(), c.getY());
            e.consume();
        } else if (e.getCode() == KeyCode.C && !presenting) {
            vm.connectToolProperty().set(!vm.connectToolProperty().get());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && (gesture != Gesture.NONE || !dimmed.isEmpty())) {
            gesture = Gesture.NONE;
            connectLine.setVisible(false);
            band.setVisible(false);
            dimmed.clear();
            restyle();
            e.consume();
        }
    }

    // ------------------------------------------------------------------ prompts

    /** The inline prompt for a new actor's name (and kind) at a point of the drawing. */
    private void showPrompt(double x, double y) {
        cancelPrompt();
        Project p = session.project();
        TextField name = new TextField();
        name.setPromptText(m.get("network.prompt.name"));
        name.setPrefColumnCount(16);
        name.setId("network-new-actor-name");
        name.setTooltip(new Tooltip(m.get("network.prompt.tip")));
        ComboBox<Kind> kind = new ComboBox<>();
        kind.setId("network-new-actor-kind");
        kind.getItems().setAll(p.actorKinds());
        kind.setConverter(Converters.of(vm::label));
        String next = vm.nextActorKind();
        p.actorKinds().stream().filter(k -> k.code().equals(next)).findFirst().ifPresent(kind::setValue);
        HBox box = new HBox(4, name, kind);
        box.getStyleClass().add("network-prompt");
        box.setPadding(new Insets(4));
        box.setManaged(false);
        Point2D v = world.localToParent(x, y);
        box.autosize();
        box.relocate(Math.max(0, v.getX() - 20), Math.max(0, v.getY() - 16));
        prompt = box;
        promptLayer.getChildren().add(box);
        box.applyCss();
        box.autosize();
        name.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                String text = name.getText() == null ? "" : name.getText().strip();
                Kind chosen = kind.getValue();
                cancelPrompt();
                if (!text.isEmpty()) {
                    String code = chosen == null ? vm.nextActorKind() : chosen.code();
                    session.execute(Edits.addActor(vm.newActor(text, code, NetworkViewModel.round(x),
                            NetworkViewModel.round(y))), session::selectOnlyActors);
                }
                k.consume();
            } else if (k.getCode() == KeyCode.ESCAPE) {
                cancelPrompt();
                k.consume();
            }
        });
        name.requestFocus();
    }

    private void cancelPrompt() {
        if (prompt != null) {
            promptLayer.getChildren().remove(prompt);
            prompt = null;
            viewport.requestFocus();
        }
    }

    /** The small popup of the project's tie kinds after a connect gesture. */
    private void askTieKind(long from, long to, double screenX, double screenY) {
        if (tieKindPopup != null) {
            tieKindPopup.hide();
        }
        Project p = session.project();
        ContextMenu menu = new ContextMenu();
        menu.setId("network-tie-kind-menu");
        MenuItem title = new MenuItem(m.get("network.tieKind.title"));
        title.setDisable(true);
        menu.getItems().add(title);
        for (Kind k : p.tieKinds()) {
            MenuItem item = new MenuItem(vm.label(k), lineSwatch(p.tieKinds(), k.code()));
            item.setId("network-tie-kind-" + k.code());
            item.setOnAction(a -> session.execute(Edits.addTie(vm.newTie(from, to, k)), ids -> {
                session.selectedActors().clear();
                session.selectedTies().clear();
                session.selectedTies().addAll(ids);
            }));
            menu.getItems().add(item);
        }
        tieKindPopup = menu;
        menu.show(viewport, screenX, screenY);
    }
}
