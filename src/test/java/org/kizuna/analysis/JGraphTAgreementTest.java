// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clique.DegeneracyBronKerboschCliqueFinder;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.kizuna.model.Actor;

/**
 * Our CSR implementations against JGraphT's on seeded random graphs large enough (400 actors) to
 * run the betweenness on several threads.
 */
class JGraphTAgreementTest {
    private static int[][] randomArcs(int n, double p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && r.nextDouble() < p) {
                    arcs.add(new int[] {i, j});
                }
            }
        }
        int[][] out = new int[2][arcs.size()];
        for (int k = 0; k < arcs.size(); k++) {
            out[0][k] = arcs.get(k)[0];
            out[1][k] = arcs.get(k)[1];
        }
        return out;
    }

    @Test
    void directedBetweennessAgreesWithJGraphT() {
        int n = 400;
        int[][] arcs = randomArcs(n, 0.01, 42);
        NetworkGraph g = NetworkGraph.ofEdges(TestNetworks.numberedActors(n), arcs[0], arcs[1], true);
        double[] ours = PathCentralityCalculator.compute(g, View.DIRECTED, 2).betweenness();
        Graph<Integer, DefaultEdge> jg = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            jg.addVertex(i);
        }
        for (int k = 0; k < arcs[0].length; k++) {
            jg.addEdge(arcs[0][k], arcs[1][k]);
        }
        Map<Integer, Double> theirs = new BetweennessCentrality<>(jg, true).getScores();
        for (int i = 0; i < n; i++) {
            assertEquals(theirs.get(i), ours[i], 1e-9, "actor " + i);
        }
    }

    @Test
    void maximalCliquesAgreeWithJGraphT() {
        int n = 120;
        int[][] arcs = randomArcs(n, 0.08, 7);
        NetworkGraph g = NetworkGraph.ofEdges(TestNetworks.numberedActors(n), arcs[0], arcs[1], false);
        Graph<Integer, DefaultEdge> jg = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            jg.addVertex(i);
        }
        for (int k = 0; k < arcs[0].length; k++) {
            if (!jg.containsEdge(arcs[0][k], arcs[1][k])) {
                jg.addEdge(arcs[0][k], arcs[1][k]);
            }
        }
        TreeSet<String> theirs = new TreeSet<>();
        for (Set<Integer> c : new DegeneracyBronKerboschCliqueFinder<>(jg)) {
            if (c.size() >= 3) {
                theirs.add(new TreeSet<>(c).toString());
            }
        }
        TreeSet<String> ours = new TreeSet<>();
        for (int[] c : CliqueFinder.maximalCliques(g, 3)) {
            TreeSet<Integer> s = new TreeSet<>();
            for (int v : c) {
                s.add(v);
            }
            ours.add(s.toString());
        }
        assertEquals(theirs, ours);
    }

    @Test
    void tieGraphKeepsEveryTieWhileTheViewsCollapseThem() {
        List<Actor> a = TestNetworks.numberedActors(3);
        // a0→a1 twice (two kinds of tie in the real world) and a1→a0 once.
        NetworkGraph g = NetworkGraph.ofEdges(a, new int[] {0, 0, 1}, new int[] {1, 1, 0}, true);
        assertEquals(3, JGraphTViews.ties(g).edgeSet().size());
        assertEquals(2, JGraphTViews.directed(g).edgeSet().size());
        assertEquals(1, JGraphTViews.undirected(g).edgeSet().size());
        assertEquals(g.arcCount(), JGraphTViews.directed(g).edgeSet().size());
        assertEquals(g.edgeCount(), JGraphTViews.undirected(g).edgeSet().size());
    }
}
