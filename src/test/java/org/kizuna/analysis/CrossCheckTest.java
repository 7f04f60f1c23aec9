// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kizuna.model.Project;

/**
 * Compares Kizuna's figures with the values NetworkX computed on the classic data sets
 * (docs/crosscheck/expected_values.py wrote the resources). Tolerances are at rounding level: the
 * algorithms are exact, PageRank is iterated to convergence on both sides.
 */
class CrossCheckTest {
    private static final double EPS = 1e-9;

    private static void close(String what, double expected, double actual, double eps) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected undefined, got " + actual);
        } else {
            assertEquals(expected, actual, eps, what);
        }
    }

    @ParameterizedTest
    @CsvSource({"karate,false", "florentine,false", "kite,false", "directed,true"})
    void perActorFiguresMatchNetworkX(String name, boolean directed) {
        Project p = TestNetworks.project(name, directed, null);
        DiagnosisReport r = ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
        Map<String, Map<String, String>> exp = TestNetworks.expected(name);
        List<ActorFigures> figs = r.actorFigures();
        assertEquals(exp.size(), figs.size());
        assertEquals(directed, r.network().graph().anyDirected());
        for (ActorFigures f : figs) {
            Map<String, String> e = exp.get(f.actor().name());
            String who = name + "/" + f.actor().name() + " ";
            assertEquals(Integer.parseInt(e.get("degree")), f.degree(), who + "degree");
            assertEquals(Integer.parseInt(e.get("in_degree")), f.inDegree(), who + "in_degree");
            assertEquals(Integer.parseInt(e.get("out_degree")), f.outDegree(), who + "out_degree");
            close(who + "betweenness", Double.parseDouble(e.get("betweenness")), f.betweenness(), EPS);
            close(who + "betweenness_undirected", Double.parseDouble(e.get("betweenness_undirected")),
                    f.betweennessUndirected(), EPS);
            close(who + "closeness", Double.parseDouble(e.get("closeness")), f.closeness(), EPS);
            close(who + "pagerank", Double.parseDouble(e.get("pagerank")), f.pagerank(), 1e-10);
            close(who + "clustering", Double.parseDouble(e.get("clustering")), f.clustering(), EPS);
            assertEquals(Integer.parseInt(e.get("core")), f.core(), who + "core");
            close(who + "constraint", Double.parseDouble(e.get("constraint")), f.constraint(), EPS);
            close(who + "effective_size", Double.parseDouble(e.get("effective_size")), f.effectiveSize(), EPS);
            close(who + "efficiency", Double.parseDouble(e.get("efficiency")), f.efficiency(), EPS);
        }
    }

    @ParameterizedTest
    @CsvSource({"karate,false", "florentine,false", "kite,false", "directed,true"})
    void wholeNetworkFiguresMatch(String name, boolean directed) {
        NetworkAnalysis a = ClusterDiagnosis.analyze(TestNetworks.project(name, directed, null), NetworkFilter.ALL)
                .network();
        Map<String, Double> exp = TestNetworks.networkExpected(name);
        close("density_undirected", exp.get("density_undirected"), a.densityUndirected(), EPS);
        close("density_directed", exp.get("density_directed"), a.densityDirected(), EPS);
        close("transitivity", exp.get("transitivity"), a.transitivity(), EPS);
        close("average_clustering", exp.get("average_clustering"), a.averageClustering(), EPS);
        assertEquals(exp.get("components").intValue(), a.components().count());
        close("degree_centralisation", exp.get("degree_centralisation"), a.degreeCentralisation(), EPS);
        close("betweenness_centralisation", exp.get("betweenness_centralisation"), a.betweennessCentralisation(),
                EPS);
    }

    @ParameterizedTest
    @CsvSource({"karate,false", "florentine,false", "kite,false", "directed,true"})
    void maximalCliquesMatchNetworkX(String name, boolean directed) {
        NetworkAnalysis a = ClusterDiagnosis.analyze(TestNetworks.project(name, directed, null), NetworkFilter.ALL)
                .network();
        TreeSet<String> expected = new TreeSet<>();
        for (String[] row : TestNetworks.rows(name + ".cliques.txt", "\n")) {
            expected.add(row[0]);
        }
        TreeSet<String> actual = new TreeSet<>();
        for (int[] c : a.cliques()) {
            List<String> names = new ArrayList<>();
            for (int v : c) {
                names.add(a.graph().actor(v).name());
            }
            names.sort(null);
            actual.add(String.join(" ", names));
        }
        assertEquals(expected, actual);
        assertTrue(a.cliques().stream().allMatch(c -> c.length >= 3), Arrays.toString(a.cliques().get(0)));
    }

    @org.junit.jupiter.api.Test
    void karateClubMixingMatchesNetworkX() {
        Project p = TestNetworks.project("karate", false, TestNetworks.karateClubs());
        NetworkAnalysis a = ClusterDiagnosis.analyze(p, NetworkFilter.ALL).network();
        Map<String, Double> exp = TestNetworks.networkExpected("karate");
        // The test project places Mr. Hi's club inside the region and the Officer's outside, and uses the
        // club as the location, so both partitions are the club split.
        close("assortativity", exp.get("assortativity_club"), a.assortativityLocation(), EPS);
        close("ei_index", exp.get("ei_index_club"), a.eiIndexRegion(), EPS);
    }
}
