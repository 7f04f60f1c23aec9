// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.model.Actor;

/** Hand-counted examples for the similarity figures (the karate cross-check covers assortativity and E–I). */
class MixingCalculatorTest {
    private static Actor actor(long id, String name, String kind, String location, List<String> memberships) {
        return new Actor(id, name, kind, null, location, null, true, null, memberships, null, null, null, null);
    }

    @Test
    void sharedMembershipComparesTiesWithAllPairs() {
        List<Actor> actors = List.of(actor(1, "A", "company", "帯広市", List.of("m1")),
                actor(2, "B", "company", "帯広市", List.of("m1", "m2")), actor(3, "C", "university", null, List.of("m3")),
                actor(4, "D", "company", "音更町", List.of()));
        // Ties A–B, B–C, C–D.
        NetworkGraph g = NetworkGraph.ofEdges(actors, new int[] {0, 1, 2}, new int[] {1, 2, 3}, false);
        MixingCalculator.SharedMembership sm = MixingCalculator.sharedMembership(g);
        // Members A, B, C: pairs AB (share m1), AC, BC → 1 of 3. Ties among members: A–B (shares), B–C → 1 of 2.
        assertEquals(3, sm.pairs());
        assertEquals(1, sm.pairsSharing());
        assertEquals(2, sm.ties());
        assertEquals(1, sm.tiesSharing());
        assertEquals(1.5, sm.ratio(), 1e-12);
    }

    @Test
    void eiIndexAndAssortativityOnASmallExample() {
        List<Actor> actors = List.of(actor(1, "A", "company", "x", List.of()), actor(2, "B", "company", "x", List.of()),
                actor(3, "C", "university", "y", List.of()), actor(4, "D", "university", null, List.of()));
        NetworkGraph g = NetworkGraph.ofEdges(actors, new int[] {0, 1, 2}, new int[] {1, 2, 3}, false);
        // By kind: A–B internal, B–C external, C–D internal → (1 − 2) / 3.
        assertEquals(-1.0 / 3, MixingCalculator.eiIndex(g, NetworkAnalysis.groups(g, AnalysisOptions.Grouping.KIND)),
                1e-12);
        // By location, D (no location) is left out: edges A–B (x,x) and B–C (x,y). Counted both ways the
        // mixing matrix is e_xx = 2/4, e_xy = e_yx = 1/4; a_x = 3/4, a_y = 1/4; r = (1/2 − 10/16)/(1 − 10/16) = −1/3.
        NetworkAnalysis a = NetworkAnalysis.of(g, AnalysisOptions.DEFAULT);
        assertEquals(-1.0 / 3, a.assortativityLocation(), 1e-12);
        assertTrue(Double.isNaN(MixingCalculator.eiIndex(
                NetworkGraph.ofEdges(actors, new int[0], new int[0], false), new int[4])), "no ties: undefined");
    }
}
