// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.analysis.ScaleFreeGenerator;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.model.Vocabulary;

/**
 * Where SmartGraph stops being fluid: for N actors and 4·N ties (scale-free), times building the
 * panel (off the FX thread, as the page does), attaching it with its first CSS and layout pass, one
 * incremental add (actor + tie, as after an edit), one restyle of the selection, one drag step
 * (moving 10 actors and rendering a frame), one frame of SmartGraph's force layout with and without
 * the page's replay of identical passes, and the live indicators. Run under a display, e.g.
 * {@code xvfb-run java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.kizuna.ui.network.NetworkBenchmark 100 500 1000 2000}; figures in docs/network-editor.md.
 */
public final class NetworkBenchmark {
    private NetworkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100, 500, 1000, 2000} : new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        CompletableFuture<Stage> stage = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 1366, 768));
            s.show();
            stage.complete(s);
        });
        Stage s = stage.get();
        System.out.printf(Locale.ROOT, "%6s %6s %9s %9s %8s %8s %8s %11s %11s %9s%n", "actors", "ties", "build ms",
                "attach ms", "add ms", "style ms", "drag ms", "layout ms", "layout0 ms", "indic ms");
        for (int n : sizes) {
            Project p = synthetic(n, 4);
            // Warm-up at the smallest size once.
            if (n == sizes[0]) {
                run(s, synthetic(50, 2), true);
            }
            run(s, p, false);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(Stage s, Project p, boolean quiet) throws Exception {
        Map<Long, Tie> visible = new HashMap<>();
        p.ties().forEach(t -> visible.put(t.id(), t));
        long t0 = System.nanoTime();
        double[] size = NetworkLayouts.worldSize(p.actors().size(), p.actors());
        Map<Long, double[]> pos = NetworkLayouts.initial(p.actors(), visible.values(), size[0], size[1]);
        SmartGraphSurface surface = new SmartGraphSurface(p, visible, pos, size[0], size[1]);
        double build = ms(t0);
        double[] r = new double[6];
        onFx(() -> {
            long a = System.nanoTime();
            Pane root = new Pane(surface.node());
            s.getScene().setRoot(root);
            root.applyCss();
            root.layout();
            surface.init();
            NetworkSurface.Look look = new NetworkSurface.Look(Set.of(), Set.of(), Set.of(), Set.of(), false);
            surface.show(p, visible, look);
            s.getScene().snapshot(null);
            r[0] = ms(a);

            // One incremental add: a new actor tied to the first one.
            long id = p.actors().size() + 1_000_000L;
            Actor added = Actor.of("new", "company", true).withId(id);
            Tie tie = new Tie(id, p.actors().get(0).id(), id, "transaction", true, 1, null, null, null, null);
            List<Actor> actors = new ArrayList<>(p.actors());
            actors.add(added);
            List<Tie> ties = new ArrayList<>(p.ties());
            ties.add(tie);
            Project q = new Project(p.profile(), p.actorKinds(), p.tieKinds(), actors, ties, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
            Map<Long, Tie> vis2 = new HashMap<>(visible);
            vis2.put(tie.id(), tie);
            a = System.nanoTime();
            surface.show(q, vis2, look);
            root.applyCss();
            root.layout();
            r[1] = ms(a);

            // Restyle after a click (one actor selected).
            a = System.nanoTime();
            surface.restyle(new NetworkSurface.Look(Set.of(p.actors().get(1).id()), Set.of(), Set.of(), Set.of(),
                    false));
            root.applyCss();
            r[2] = ms(a);

            // One drag step: 10 selected actors move, then a frame is rendered.
            a = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                double[] c = surface.position(p.actors().get(i).id());
                surface.move(p.actors().get(i).id(), c[0] + 3, c[1] + 2);
            }
            s.getScene().snapshot(null);
            r[3] = ms(a);

            // One frame of the force layout: SmartGraph runs 20 passes; the page replays identical ones.
            List<SmartGraphVertexNode<SmartGraphSurface.ActorNode>> nodes = new ArrayList<>();
            for (var v : surface.panel().getSmartVertices()) {
                @SuppressWarnings("unchecked")
                SmartGraphVertexNode<SmartGraphSurface.ActorNode> node = (SmartGraphVertexNode<SmartGraphSurface.ActorNode>) v;
                nodes.add(node);
            }
            PinningLayoutStrategy replaying = new PinningLayoutStrategy(Set::of);
            a = System.nanoTime();
            frame(nodes, replaying, size);
            r[4] = ms(a);
            var plain = new com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy<SmartGraphSurface.ActorNode>();
            a = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                nodes.forEach(SmartGraphVertexNode::resetForces);
                plain.computeForces(nodes, size[0], size[1]);
            }
            r[5] = ms(a);
            surface.dispose();
        });
        long a = System.nanoTime();
        ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
        double indicators = ms(a);
        if (!quiet) {
            System.out.printf(Locale.ROOT, "%6d %6d %9.0f %9.0f %8.1f %8.1f %8.1f %11.1f %11.1f %9.1f%n",
                    p.actors().size(), p.ties().size(), build, r[0], r[1], r[2], r[3], r[4], r[5], indicators);
        }
    }

    private static void frame(List<SmartGraphVertexNode<SmartGraphSurface.ActorNode>> nodes, PinningLayoutStrategy s,
                              double[] size) {
        for (int i = 0; i < 20; i++) {
            nodes.forEach(SmartGraphVertexNode::resetForces);
            s.computeForces(nodes, size[0], size[1]);
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        f.get();
    }

    static Project synthetic(int n, int m) {
        var g = ScaleFreeGenerator.generate(n, m, 7);
        String[] kinds = {"company", "university", "research_institute", "local_government", "financial",
            "support_body", "hospital"};
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = g.actors().get(i);
            actors.add(new Actor(i + 1, a.name(), kinds[i % kinds.length], null, null, a.country(), a.insideRegion(),
                    null, List.of(), null, null, null, null));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < g.ties().size(); i++) {
            Tie t = g.ties().get(i);
            ties.add(new Tie(i + 1, -t.sourceId(), -t.targetId(), t.kind(), true, 1, null, null, null, null));
        }
        return new Project(ClusterProfile.named("bench"), Vocabulary.ACTOR_KINDS, Vocabulary.TIE_KINDS, actors, ties, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
