// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import com.brunomnsilva.smartgraph.graph.Digraph;
import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import com.brunomnsilva.smartgraph.graphview.SmartLabel;
import com.brunomnsilva.smartgraph.graphview.SmartPlacementStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartStylableNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * The network drawn by SmartGraph. SmartGraph keeps its own graph model and redraws from it on
 * {@code updateAndWait()}; this class keeps that model in step with the project's snapshots by
 * diffing actors and ties by id, so an edit touches only what changed. Vertex and edge elements are
 * small holders compared by identity (SmartGraph's model is keyed by element equality, and a
 * renamed actor must stay the same vertex). Everything SmartGraph has no notion of — selection,
 * pinning, inside/outside the region, ties by kind — is drawn through inline styles.
 *
 * <p>The panel is built off the FX thread (it is not yet in a scene, and tooltips, which are
 * windows, are off): SmartGraph creates every vertex, edge, arrow and label node in its constructor,
 * and the constructor here also gives them their shapes and styles there. It then takes the nodes
 * back out of the panel, so attaching the panel costs the FX thread nothing; {@link #init()} places
 * the (still detached) vertices and {@link #attachSome(int)} puts the nodes back a slice per pulse,
 * with the panel transparent until the last slice so no frame paints a half-built network. Adding
 * thousands of nodes at once costs one CSS and layout pass of seconds (measured with
 * NetworkLoadBenchmark, docs/performance.md); in slices no pulse does more than a few hundred.
 */
final class SmartGraphSurface implements NetworkSurface {
    /** A vertex's element: the actor's id and its latest version. */
    static final class ActorNode {
        private final long id;
        private volatile Actor actor;

        ActorNode(Actor a) {
            this.id = a.id();
            this.actor = a;
        }

        long id() {
            return id;
        }

        Actor actor() {
            return actor;
        }

        @Override
        public String toString() {
            return actor.name();
        }
    }

    /** An edge's element: the tie's id and its latest version. */
    static final class TieLink {
        private final long id;
        private volatile Tie tie;

        TieLink(Tie t) {
            this.id = t.id();
            this.tie = t;
        }

        long id() {
            return id;
        }

        @Override
        public String toString() {
            return tie.kind();
        }
    }

    private final Digraph<ActorNode, TieLink> graph = new DigraphEdgeList<>();
    private final Map<Long, Vertex<ActorNode>> vertices = new HashMap<>();
    private final Map<Long, Edge<TieLink, ActorNode>> edges = new HashMap<>();
    private final Map<Long, String> vertexCss = new HashMap<>();
    private final Map<Long, String> edgeCss = new HashMap<>();
    private final SmartGraphPanel<ActorNode, TieLink> panel;
    private final double width;
    private final double height;
    private final Map<Long, double[]> initialPositions;
    private final Set<Long> frozen = new HashSet<>();
    private Project shown;
    private List<Kind> actorKinds;
    private List<Kind> tieKinds;
    private boolean initialised;
    private boolean presentation;
    private double zoom = 1;
    private String labelStyle = "";
    /** The panel's nodes not yet put back, in SmartGraph's order (ties behind actors). */
    private final List<Node> pending = new ArrayList<>();
    private int pendingNext;

    SmartGraphSurface(Project p, Map<Long, Tie> visible, Map<Long, double[]> positions, double width, double height) {
        this.width = width;
        this.height = height;
        this.initialPositions = new HashMap<>(positions);
        this.shown = p;
        this.actorKinds = p.actorKinds();
        this.tieKinds = p.tieKinds();
        for (Actor a : p.actors()) {
            vertices.put(a.id(), graph.insertVertex(new ActorNode(a)));
        }
        for (Tie t : visible.values()) {
            edges.put(t.id(), graph.insertEdge(vertices.get(t.sourceId()), vertices.get(t.targetId()), new TieLink(t)));
        }
        SmartPlacementStrategy placement = new SmartPlacementStrategy() {
            @Override
            public <V, E> void place(double w, double h, SmartGraphPanel<V, E> panel) {
                placeInitial();
            }
        };
        try (InputStream props = SmartGraphSurface.class.getResourceAsStream("smartgraph.properties")) {
            panel = new SmartGraphPanel<>(graph, new SmartGraphProperties(props), placement,
                    Objects.requireNonNull(SmartGraphSurface.class.getResource("network.css")).toURI(),
                    new PinningLayoutStrategy(() -> frozen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        panel.setVertexLabelProvider(ActorNode::toString);
        panel.setVertexShapeTypeProvider(n -> NetworkPalette.actorShape(actorKinds, n.actor().kind()));
        panel.setVertexRadiusProvider(n -> presentation ? NetworkPalette.PRESENTATION_RADIUS : NetworkPalette.RADIUS);
        panel.setMinSize(width, height);
        panel.setPrefSize(width, height);
        panel.setMaxSize(width, height);
        panel.getStyleClass().add("kizuna-network");
        sizeLabels();
        // Still off the FX thread: the shapes and radii SmartGraph would set in its first update,
        // and the styles, so that nothing is restyled once the nodes are in the scene.
        for (Vertex<ActorNode> v : vertices.values()) {
            @SuppressWarnings("unchecked")
            SmartGraphVertexNode<ActorNode> node = (SmartGraphVertexNode<ActorNode>) panel.getStylableVertex(v);
            node.setRadius(NetworkPalette.RADIUS);
            node.setShapeType(NetworkPalette.actorShape(actorKinds, v.element().actor().kind()));
        }
        restyle(new Look(Set.of(), Set.of(), Set.of(), Set.of(), false));
        pending.addAll(panel.getChildren());
        // Names under the actors' shapes (ties under both): where names overlap other actors in a
        // dense core, a click on a shape still picks that actor. A stable sort keeps SmartGraph's
        // order within each layer.
        pending.sort(java.util.Comparator.comparingInt(SmartGraphSurface::layer));
        panel.getChildren().clear();
        // Transparent, not invisible, until complete: each slice is synced to the renderer as it
        // comes (an invisible subtree is synced all at once when shown) but nothing is painted.
        panel.setOpacity(pending.isEmpty() ? 1 : 0);
    }

    private static int layer(Node n) {
        if (n instanceof SmartGraphVertexNode<?>) {
            return 2;
        }
        return n instanceof SmartLabel ? 1 : 0;
    }

    SmartGraphPanel<ActorNode, TieLink> panel() {
        return panel;
    }

    @Override
    public Node node() {
        return panel;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public boolean ready() {
        return initialised && pendingNext == pending.size();
    }

    @Override
    public void init() {
        // Places the vertices; their shapes and radii were set by the constructor, so SmartGraph's
        // first update (a pass over every node) is left to the first change.
        panel.init();
        initialised = true;
    }

    @Override
    public boolean attachSome(int max) {
        int end = Math.min(pending.size(), pendingNext + max);
        if (end > pendingNext) {
            panel.getChildren().addAll(pending.subList(pendingNext, end));
            pendingNext = end;
        }
        return pendingNext == pending.size();
    }

    @Override
    public double attachProgress() {
        return pending.isEmpty() ? 1 : (double) pendingNext / pending.size();
    }

    private void placeInitial() {
        for (Map.Entry<Long, Vertex<ActorNode>> e : vertices.entrySet()) {
            double[] p = initialPositions.get(e.getKey());
            if (p != null) {
                panel.setVertexPosition(e.getValue(), p[0], p[1]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private SmartGraphVertexNode<ActorNode> vertexNode(long id) {
        Vertex<ActorNode> v = vertices.get(id);
        return v == null ? null : (SmartGraphVertexNode<ActorNode>) panel.getStylableVertex(v);
    }

    @SuppressWarnings("unchecked")
    private SmartGraphEdgeNode<TieLink, ActorNode> edgeNode(long id) {
        Edge<TieLink, ActorNode> e = edges.get(id);
        return e == null ? null : (SmartGraphEdgeNode<TieLink, ActorNode>) panel.getStylableEdge(e);
    }

    @Override
    public void show(Project p, Map<Long, Tie> visible, Look look) {
        Map<Long, Actor> now = p.actorsById();
        Map<Long, Actor> before = shown.actorsById();
        actorKinds = p.actorKinds();
        tieKinds = p.tieKinds();
        boolean changed = false;
        // Ties that went (deleted, filtered out, or moved to other ends).
        for (var it = edges.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Tie t = visible.get(e.getKey());
            Tie old = e.getValue().element().tie;
            if (t == null || t.sourceId() != old.sourceId() || t.targetId() != old.targetId()) {
                if (graph.edges().contains(e.getValue())) {
                    graph.removeEdge(e.getValue());
                }
                it.remove();
                changed = true;
                edgeCss.remove(e.getKey());
            }
        }
        // Actors that went (their edges go with them in SmartGraph's model).
        for (var it = vertices.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!now.containsKey(e.getKey())) {
                graph.removeVertex(e.getValue());
                it.remove();
                changed = true;
                vertexCss.remove(e.getKey());
            }
        }
        List<Actor> added = new ArrayList<>();
        for (Actor a : p.actors()) {
            Vertex<ActorNode> v = vertices.get(a.id());
            if (v == null) {
                vertices.put(a.id(), graph.insertVertex(new ActorNode(a)));
                added.add(a);
                changed = true;
            } else {
                Actor old = v.element().actor;
                if (!old.name().equals(a.name()) || !old.kind().equals(a.kind())) {
                    changed = true; // label or shape
                }
                v.element().actor = a;
            }
        }
        for (Tie t : visible.values()) {
            Edge<TieLink, ActorNode> e = edges.get(t.id());
            if (e == null) {
                edges.put(t.id(), graph.insertEdge(vertices.get(t.sourceId()), vertices.get(t.targetId()),
                        new TieLink(t)));
                changed = true;
            } else {
                e.element().tie = t;
            }
        }
        // SmartGraph's update diffs every node (quadratic in the ties): only when something changed.
        if (changed) {
            panel.updateAndWait();
        }
        // New actors: their saved place, else beside their neighbours, else on the bottom row.
        int isolates = NetworkLayouts.isolated(p.actors(), visible.values()).size();
        for (Actor a : added) {
            double[] pos;
            if (a.x() != null && a.y() != null) {
                pos = NetworkLayouts.clamp(a.x(), a.y(), width, height);
            } else {
                List<double[]> neighbours = new ArrayList<>();
                for (Tie t : visible.values()) {
                    long other = t.sourceId() == a.id() ? t.targetId() : t.targetId() == a.id() ? t.sourceId() : -1;
                    double[] q = other < 0 ? null : position(other);
                    if (q != null && !added.contains(now.get(other))) {
                        neighbours.add(q);
                    }
                }
                pos = NetworkLayouts.placeNew(neighbours, Math.max(0, isolates - 1), width, height, a.id());
            }
            move(a.id(), pos[0], pos[1]);
        }
        // Existing actors whose saved position changed (an undone move, a layout saved elsewhere).
        for (Actor a : p.actors()) {
            Actor old = before.get(a.id());
            if (old != null && a.x() != null && a.y() != null
                    && (!Objects.equals(old.x(), a.x()) || !Objects.equals(old.y(), a.y()))) {
                move(a.id(), a.x(), a.y());
            }
        }
        shown = p;
        restyle(look);
    }

    @Override
    public void setZoom(double zoom) {
        if (zoom > 0 && zoom != this.zoom) {
            this.zoom = zoom;
            sizeLabels();
        }
    }

    /**
     * Names keep about the same size on screen whatever the zoom (12 px, 24 px in presentation), as
     * in yEd, so zooming in into a dense core separates them: with names that scaled with the drawing,
     * fitting a 30-actor network beside the legend made them 5 px and zooming never untangled them.
     * Held between zoom 0.6 and 2; further out (a large network fitted whole) they shrink with the
     * drawing, so an overview does not turn into a heap of names. The size is set on the panel and
     * inherited by every label (network.css gives labels no size of their own).
     */
    private void sizeLabels() {
        String style = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", labelFontSize());
        if (!style.equals(labelStyle)) {
            labelStyle = style;
            panel.setStyle(style);
        }
    }

    /** The label size on screen at zoom 1, in the editor and in presentation mode. */
    static final double LABEL_PX = 12;
    static final double LABEL_PRESENTATION_PX = 24;
    private static final double MIN_LABEL_ZOOM = 0.6;
    private static final double MAX_LABEL_ZOOM = 2;

    /** The labels' font size in drawing units now (what the panel's style gives them). */
    private double labelFontSize() {
        double base = presentation ? LABEL_PRESENTATION_PX : LABEL_PX;
        return base / Math.max(MIN_LABEL_ZOOM, Math.min(MAX_LABEL_ZOOM, zoom));
    }

    @Override
    public void restyle(Look look) {
        if (look.presentation() != presentation) {
            presentation = look.presentation();
            vertexCss.clear();
            edgeCss.clear();
            if (presentation) {
                panel.getStyleClass().add("presentation");
            } else {
                panel.getStyleClass().remove("presentation");
            }
            sizeLabels();
            if (initialised) {
                panel.updateAndWait(); // radius provider
            }
        }
        for (Map.Entry<Long, Vertex<ActorNode>> e : vertices.entrySet()) {
            long id = e.getKey();
            Actor a = e.getValue().element().actor;
            String css = NetworkPalette.actorCss(NetworkPalette.actorLook(actorKinds, a, presentation),
                    look.selectedActors().contains(id), look.dim(id), look.pinned().contains(id));
            if (!css.equals(vertexCss.get(id))) {
                SmartGraphVertexNode<ActorNode> node = vertexNode(id);
                if (node != null) {
                    node.setStyleInline(css);
                    SmartLabel label = node.getAttachedLabel();
                    if (label != null) {
                        label.setOpacity(look.dim(id) ? 0.25 : 1);
                    }
                    vertexCss.put(id, css);
                }
            }
        }
        for (Map.Entry<Long, Edge<TieLink, ActorNode>> e : edges.entrySet()) {
            long id = e.getKey();
            Tie t = e.getValue().element().tie;
            boolean dim = look.dim(t.sourceId()) || look.dim(t.targetId());
            NetworkPalette.TieLook tl = NetworkPalette.tieLook(tieKinds, t, presentation);
            String css = NetworkPalette.tieCss(tl, look.selectedTies().contains(id), dim) + (t.directed() ? "" : "#u");
            if (!css.equals(edgeCss.get(id))) {
                SmartGraphEdgeNode<TieLink, ActorNode> node = edgeNode(id);
                if (node != null) {
                    node.setStyleInline(NetworkPalette.tieCss(tl, look.selectedTies().contains(id), dim));
                    SmartStylableNode arrow = node.getStylableArrow();
                    if (arrow != null) {
                        arrow.setStyleInline(NetworkPalette.arrowCss(tl, dim));
                        ((Node) arrow).setVisible(t.directed());
                    }
                    edgeCss.put(id, css);
                }
            }
        }
    }

    @Override
    public double[] position(long actorId) {
        SmartGraphVertexNode<ActorNode> n = vertexNode(actorId);
        return n == null ? null : new double[] {n.getCenterX(), n.getCenterY()};
    }

    @Override
    public Map<Long, double[]> positions() {
        Map<Long, double[]> out = new HashMap<>();
        for (Long id : vertices.keySet()) {
            double[] p = position(id);
            if (p != null) {
                out.put(id, p);
            }
        }
        return out;
    }

    @Override
    public void move(long actorId, double x, double y) {
        SmartGraphVertexNode<ActorNode> n = vertexNode(actorId);
        if (n != null) {
            double[] c = NetworkLayouts.clamp(x, y, width, height);
            n.setPosition(c[0], c[1]);
        }
    }

    @Override
    public Long actorAt(double x, double y, Object target) {
        for (Object t = target; t instanceof Node node; t = node.getParent()) {
            if (node instanceof SmartGraphVertexNode<?> v && v.getUnderlyingVertex().element() instanceof ActorNode a) {
                return a.id();
            }
            if (node instanceof SmartLabel label) {
                // A click on a name selects its actor, as in yEd.
                for (Long id : vertices.keySet()) {
                    SmartGraphVertexNode<ActorNode> v = vertexNode(id);
                    if (v != null && v.getAttachedLabel() == label) {
                        return id;
                    }
                }
            }
            if (node == panel) {
                break;
            }
        }
        // Geometric fallback: the nearest centre within the radius (labels excluded).
        double r = (presentation ? NetworkPalette.PRESENTATION_RADIUS : NetworkPalette.RADIUS) + 4;
        Long best = null;
        double bestD = r * r;
        for (Long id : vertices.keySet()) {
            double[] p = position(id);
            if (p != null) {
                double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
                if (d <= bestD) {
                    bestD = d;
                    best = id;
                }
            }
        }
        return best;
    }

    @Override
    public Long tieAt(double x, double y, Object target) {
        if (target instanceof SmartGraphEdgeNode<?, ?> e && e.getUnderlyingEdge().element() instanceof TieLink l) {
            return l.id();
        }
        return null;
    }

    @Override
    public void setAutomaticLayout(boolean on, Set<Long> frozenIds) {
        frozen.clear();
        frozen.addAll(frozenIds);
        panel.setAutomaticLayout(on);
    }

    @Override
    public boolean hasAutomaticLayout() {
        return true;
    }

    @Override
    public Set<Long> drawnTies() {
        return Set.copyOf(edges.keySet());
    }

    /** The inline style of a tie's line (tests look at colour and dash). */
    String tieStyle(long tieId) {
        SmartGraphEdgeNode<TieLink, ActorNode> n = edgeNode(tieId);
        return n == null ? null : n.getStyle();
    }

    boolean arrowShown(long tieId) {
        SmartGraphEdgeNode<TieLink, ActorNode> n = edgeNode(tieId);
        return n != null && n.getStylableArrow() instanceof Node a && a.isVisible();
    }

    /** The inline style of an actor's shape. */
    String actorStyle(long actorId) {
        return vertexCss.get(actorId);
    }

    boolean presentationStyled() {
        return panel.getStyleClass().contains("presentation");
    }

    @Override
    public void dispose() {
        panel.setAutomaticLayout(false);
    }
}
