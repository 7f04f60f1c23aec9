// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Betweenness and closeness from bit-parallel batches of sources must be the figures one search per
 * source gives (the plain Brandes pass, which the NetworkX and JGraphT cross-checks also hold), for
 * any batch width, in both views, on networks with several components and unreachable pairs, and
 * where a batch runs deeper than its level budget and is redone one source at a time.
 */
class PathCentralityBatchTest {
    /** A sparse random network of {@code n} actors (with isolates and small components) plus a few hubs. */
    private static NetworkGraph random(int n, long seed, boolean directed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double p = (i % 50 == 0 || j % 50 == 0) ? 0.05 : 0.006;
                if (i != j && r.nextDouble() < p) {
                    arcs.add(new int[] {i, j});
                }
            }
        }
        return graph(n, arcs, directed);
    }

    private static NetworkGraph graph(int n, List<int[]> arcs, boolean directed) {
        int[] s = new int[arcs.size()];
        int[] t = new int[arcs.size()];
        for (int k = 0; k < arcs.size(); k++) {
            s[k] = arcs.get(k)[0];
            t[k] = arcs.get(k)[1];
        }
        return NetworkGraph.ofEdges(TestNetworks.numberedActors(n), s, t, directed);
    }

    private static void assertSame(PathCentralityCalculator.PathCentrality want,
                                   PathCentralityCalculator.PathCentrality got, String what) {
        for (int v = 0; v < want.betweenness().length; v++) {
            assertEquals(want.betweenness()[v], got.betweenness()[v], 1e-12 * Math.max(1, want.betweenness()[v]),
                    what + ": betweenness of actor " + v);
            assertEquals(want.closeness()[v], got.closeness()[v], 1e-12, what + ": closeness of actor " + v);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 7, 64})
    void batchesGiveTheFiguresOfOneSearchPerSource(int width) {
        for (boolean directed : new boolean[] {true, false}) {
            NetworkGraph g = random(300, 11 + width, directed);
            for (View view : View.values()) {
                PathCentralityCalculator.PathCentrality single =
                        PathCentralityCalculator.compute(g, view, 1, 1, Integer.MAX_VALUE);
                double total = 0;
                for (double b : single.betweenness()) {
                    total += b;
                }
                assertTrue(total > 0, "the network has brokers");
                for (int threads : new int[] {1, 2}) {
                    assertSame(single, PathCentralityCalculator.compute(g, view, threads, width, Integer.MAX_VALUE),
                            (directed ? "directed" : "undirected") + " ties, " + view + ", width " + width
                                    + ", " + threads + " threads");
                }
            }
        }
    }

    @Test
    void aBatchDeeperThanItsBudgetIsRedoneOneSourceAtATime() {
        // actors 0-7: a clique (its batch is two levels deep); 8-207: a chain of 200 (its batches are
        // a hundred levels and more deep), with a spur every 25 actors so the chain has branches
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                arcs.add(new int[] {i, j});
            }
        }
        for (int i = 8; i < 207; i++) {
            arcs.add(new int[] {i, i + 1});
        }
        int n = 208;
        for (int i = 20; i < 207; i += 25) {
            arcs.add(new int[] {i, n++});
        }
        NetworkGraph g = graph(n, arcs, false);
        PathCentralityCalculator.PathCentrality single =
                PathCentralityCalculator.compute(g, View.UNDIRECTED, 1, 1, Integer.MAX_VALUE);
        // the chain's middle lies on most shortest paths
        assertTrue(single.betweenness()[108] > single.betweenness()[9]);
        for (int maxLevels : new int[] {1, 20, 150, Integer.MAX_VALUE}) {
            assertSame(single, PathCentralityCalculator.compute(g, View.UNDIRECTED, 2, 8, maxLevels),
                    "level budget " + maxLevels);
        }
        // the public entry point, whatever width and budget it picks
        assertSame(single, PathCentralityCalculator.compute(g, View.UNDIRECTED, 2), "default batches");
    }
}
