// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.model.Actor;

/**
 * Gould–Fernandez roles are not in NetworkX; these small examples were counted by hand from the
 * definitions (Gould and Fernandez 1989; statnet's brokerage): j brokers i → j → k when there is no
 * arc i → k, and the groups of i, j, k name the role.
 */
class BrokerageCalculatorTest {
    private static Actor actor(long id, String name, String kind, boolean inside) {
        return new Actor(id, name, kind, null, null, null, inside, null, List.of(), null, null, null, null);
    }

    @Test
    void countsEachRoleOfTheHandCheckedExample() {
        // Inside the region: A, B, C, D. Outside: X, Y.
        List<Actor> actors = List.of(actor(1, "A", "company", true), actor(2, "B", "company", true),
                actor(3, "C", "company", true), actor(4, "D", "company", true), actor(5, "X", "company", false),
                actor(6, "Y", "company", false));
        // Arcs A→B, B→C, X→B, B→Y, A→Y, D→B (indices A0 B1 C2 D3 X4 Y5).
        NetworkGraph g = NetworkGraph.ofEdges(actors, new int[] {0, 1, 4, 1, 0, 3}, new int[] {1, 2, 1, 5, 5, 1}, true);
        long[][] c = BrokerageCalculator.compute(g, NetworkAnalysis.groups(g, AnalysisOptions.Grouping.REGION));
        // B's two-paths: A→B→C coordinator; A→B→Y excluded (A→Y exists); X→B→C gatekeeper;
        // X→B→Y itinerant (X, Y outside, B inside); D→B→C coordinator; D→B→Y representative.
        assertArrayEquals(new long[] {2, 1, 1, 1, 0}, c[1]);
        for (int v : new int[] {0, 2, 3, 4, 5}) {
            assertArrayEquals(new long[5], c[v], "nobody else is between two others");
        }
    }

    @Test
    void liaisonNeedsThreeGroups() {
        List<Actor> actors = List.of(actor(1, "P", "company", true), actor(2, "Q", "university", true),
                actor(3, "R", "government", true));
        NetworkGraph g = NetworkGraph.ofEdges(actors, new int[] {0, 1}, new int[] {1, 2}, true);
        long[][] byKind = BrokerageCalculator.compute(g, NetworkAnalysis.groups(g, AnalysisOptions.Grouping.KIND));
        assertArrayEquals(new long[] {0, 0, 0, 0, 1}, byKind[1]);
        long[][] byRegion = BrokerageCalculator.compute(g, NetworkAnalysis.groups(g, AnalysisOptions.Grouping.REGION));
        assertArrayEquals(new long[] {1, 0, 0, 0, 0}, byRegion[1], "one group: the same path is coordination");
    }

    @Test
    void anUndirectedPathCountsOnceEachWay() {
        List<Actor> actors = List.of(actor(1, "P", "company", true), actor(2, "Q", "company", true),
                actor(3, "R", "company", false));
        NetworkGraph g = NetworkGraph.ofEdges(actors, new int[] {0, 1}, new int[] {1, 2}, false);
        long[][] c = BrokerageCalculator.compute(g, NetworkAnalysis.groups(g, AnalysisOptions.Grouping.REGION));
        // P→Q→R: Q is with P, R is outside → representative; R→Q→P: Q is with P → gatekeeper.
        assertArrayEquals(new long[] {0, 0, 1, 1, 0}, c[1]);
    }
}
