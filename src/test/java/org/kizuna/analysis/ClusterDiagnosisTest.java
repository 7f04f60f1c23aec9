// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.Element;
import org.kizuna.model.Finding;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;
import org.kizuna.model.Vocabulary;

class ClusterDiagnosisTest {
    private static Actor actor(long id, String name, String kind, boolean inside, String country) {
        return new Actor(id, name, kind, null, null, country, inside, null, List.of(), null, null, null, null);
    }

    private static Tie tie(long id, long s, long t, String kind, Integer from, Integer to) {
        return new Tie(id, s, t, kind, false, 1.0, from, to, null, null);
    }

    /** A hub (support body) tied to four in-region firms, one domestic and one foreign partner. */
    private static Project hubProject(ClusterProfile profile, List<Element> elements, List<MatrixCell> cells,
                                      List<Finding> findings) {
        List<Actor> actors = List.of(actor(1, "Hub", "support_body", true, null),
                actor(2, "F1", "company", true, null), actor(3, "F2", "company", true, null),
                actor(4, "F3", "company", true, null), actor(5, "F4", "company", true, null),
                actor(6, "Tokyo Univ", "university", false, null), actor(7, "Boston Lab", "university", false, "US"),
                actor(8, "City", "local_government", true, null));
        List<Tie> ties = List.of(tie(1, 1, 2, "joint_research", 2001, 2005), tie(2, 1, 3, "joint_research", null, null),
                tie(3, 1, 4, "transaction", 2008, null), tie(4, 1, 5, "transaction", null, null),
                tie(5, 1, 6, "joint_research", null, null), tie(6, 1, 7, "joint_research", null, null),
                tie(7, 2, 3, "coordination", null, null), tie(8, 2, 3, "joint_research", null, null));
        return new Project(profile, Vocabulary.ACTOR_KINDS, Vocabulary.TIE_KINDS, actors, ties, List.of(), elements,
                cells, List.of(new Period(1, "2001～2005年度", 0, false, 2001, 2005)), List.of(), findings);
    }

    @Test
    void filtersKeepEveryActorAndOnlyTheMatchingTies() {
        Project p = hubProject(ClusterProfile.named("c"), List.of(), List.of(), List.of());
        NetworkGraph all = NetworkGraph.of(p, NetworkFilter.ALL);
        assertEquals(8, all.ties().size());
        assertEquals(7, all.edgeCount(), "the two F1–F2 ties collapse into one edge");
        NetworkGraph period = NetworkGraph.of(p, NetworkFilter.forPeriod(p.periods().get(0)));
        assertEquals(7, period.ties().size(), "the transaction from 2008 is not alive in 2001–2005");
        assertEquals(8, period.size());
        NetworkGraph year = NetworkGraph.of(p, NetworkFilter.forYear(2010));
        assertEquals(7, year.ties().size(), "the 2001–2005 tie ended before 2010");
        NetworkGraph kind = NetworkGraph.of(p, NetworkFilter.ALL.withTieKinds(Set.of("transaction")));
        assertEquals(2, kind.ties().size());
        NetworkGraph intl = NetworkGraph.of(p, NetworkFilter.ALL.withScopes(Set.of(Scope.INTERNATIONAL)));
        assertEquals(1, intl.ties().size());
        assertEquals("Boston Lab", intl.actor(intl.tieTarget(0)).name());
    }

    @Test
    void networkFiguresOfTheHubProject() {
        Project p = hubProject(ClusterProfile.named("c"), List.of(), List.of(), List.of());
        NetworkAnalysis a = ClusterDiagnosis.analyze(p, NetworkFilter.ALL).network();
        assertEquals(6, a.tiesInScope(Scope.IN_REGION));
        assertEquals(1, a.tiesInScope(Scope.DOMESTIC));
        assertEquals(1, a.tiesInScope(Scope.INTERNATIONAL));
        assertEquals(2.0 / 8, a.externalShare(), 1e-12);
        assertEquals(1, a.isolates(), "City has no tie");
        assertEquals(2, a.components().count());
        // In-region actors: Hub, F1..F4, City = 6; in-region edges Hub–F1..F4 and F1–F2 = 5.
        assertEquals(6, a.inRegion().actors());
        assertEquals(5, a.inRegion().edges());
        assertEquals(5.0 / 15, a.inRegion().density(), 1e-12);
        assertEquals(List.of(0), a.connectorHubs(), "only the hub carries both kinds of ties and many paths");
        assertEquals("Hub", a.graph().actor(a.coreOrganisationCandidates(1).get(0)).name());
        assertTrue(Double.isNaN(a.constraint(7)), "constraint of an isolate is undefined");
    }

    @Test
    void fujitaAxesAndLifeCycleFollowTheStatedRules() {
        ClusterProfile prof = ClusterProfile.named("c").withAssessment(FujitaAxis.GOVERNANCE, "our own words");
        DiagnosisReport r = ClusterDiagnosis.analyze(hubProject(prof, List.of(), List.of(), List.of()),
                NetworkFilter.ALL);
        Map<FujitaAxis, FujitaAssessor.AxisAssessment> ax = new java.util.EnumMap<>(FujitaAxis.class);
        r.fujita().forEach(x -> ax.put(x.axis(), x));
        // in-region density 0.33 >= 0.25 but only 5 of 6 in-region actors (83%) connected: strong needs 80%.
        assertEquals(3, ax.get(FujitaAxis.IN_REGION).rating());
        // domestic share 1/8 = 12.5%, one carrier: between the weak and strong thresholds but < 2 carriers.
        assertEquals(1, ax.get(FujitaAxis.DOMESTIC).rating());
        // international share 12.5% >= 5%, one carrier (>= 1) but < 15%: moderate.
        assertEquals(2, ax.get(FujitaAxis.INTERNATIONAL).rating());
        assertEquals(3, ax.get(FujitaAxis.GOVERNANCE).rating(), "an in-region hub on most paths");
        assertEquals("our own words", ax.get(FujitaAxis.GOVERNANCE).userAssessment());
        assertTrue(ax.get(FujitaAxis.GOVERNANCE).generatedJa().contains("Hub"));
        // largest component 7 of 8 actors, density 0.33, max core 2, external 25%, governance 3:
        // not formation; maturity fails on the 90% component test and the 3-core → development.
        assertEquals(LifeCycleStage.DEVELOPMENT, r.lifecycle().suggested());
        assertEquals(LifeCycleStage.DEVELOPMENT, r.lifecycle().effective());
        ClusterProfile chosen = prof.withStage(LifeCycleStage.MATURITY, null);
        DiagnosisReport r2 = ClusterDiagnosis.analyze(hubProject(chosen, List.of(), List.of(), List.of()),
                NetworkFilter.ALL);
        assertEquals(LifeCycleStage.DEVELOPMENT, r2.lifecycle().suggested());
        assertEquals(LifeCycleStage.MATURITY, r2.lifecycle().effective(), "the user's choice wins");
    }

    @Test
    void aDispersedNetworkIsInFormation() {
        List<Actor> actors = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            actors.add(actor(i, "A" + i, "company", true, null));
        }
        Project p = TestNetworks.project(actors, List.of(tie(1, 1, 2, "other", null, null),
                tie(2, 3, 4, "other", null, null)));
        DiagnosisReport r = ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
        assertEquals(LifeCycleStage.FORMATION, r.lifecycle().suggested());
        assertTrue(r.lifecycle().reasons().stream().filter(LifeCycleAdvisor.Reason::met).count() >= 2);
        assertEquals(1, r.fujita().get(0).rating());
    }

    @Test
    void coverageCountsMarksAndFlagsTheNetworkFormationContradiction() {
        Element leadership = new Element(1, null, "リーダーシップ", "Leadership", 0);
        Element network = new Element(2, null, "ネットワーク形成", "Network formation", 1);
        Element funding = new Element(3, null, "資金の循環", "Funding circulation", 2);
        List<MatrixCell> cells = List.of(
                new MatrixCell(1, 1, List.of(Mark.CORE, Mark.WEAK), null),
                new MatrixCell(1, 2, List.of(Mark.CONTRIBUTES), null),
                new MatrixCell(8, 2, List.of(Mark.CORE), "域内"),
                new MatrixCell(6, 1, List.of(Mark.CONTRIBUTES), null));
        List<Finding> findings = List.of(new Finding(1, 1, "資金が回っていない", Set.of(new CellRef(1, 3))));
        DiagnosisReport r = ClusterDiagnosis.analyze(
                hubProject(ClusterProfile.named("c"), List.of(leadership, network, funding), cells, findings),
                NetworkFilter.ALL);
        MatrixCoverageCalculator.MatrixCoverage c = r.coverage();
        assertEquals(1, c.elements().get(0).core());
        assertEquals(1, c.elements().get(0).weak());
        assertEquals(1, c.elements().get(0).contributes());
        assertEquals(List.of("City"), c.elements().get(1).coreHolders());
        assertEquals(List.of(funding), c.uncovered());
        // Institutions: non-companies and matrix rows. Boston Lab (university) has no mark.
        assertEquals(List.of("Boston Lab"), c.institutionsWithoutRole());
        assertEquals(List.of("Hub", "資金の循環"), List.of(c.findings().get(0).cells().get(0)));
        assertEquals(1, c.crossChecks().size());
        assertEquals("network_formation_few_ties", c.crossChecks().get(0).code());
        assertEquals("City", c.crossChecks().get(0).actor());
    }

    @Test
    void theGapRuleTellsNoMarkFromOnlyWeakMarks() {
        assertEquals(Coverage.COVERED, Coverage.of(1, 0, 0));
        assertEquals(Coverage.COVERED, Coverage.of(0, 1, 3));
        assertEquals(Coverage.WEAK_ONLY, Coverage.of(0, 0, 2));
        assertEquals(Coverage.NONE, Coverage.of(0, 0, 0));
        assertFalse(Coverage.COVERED.gap());
        assertTrue(Coverage.WEAK_ONLY.gap() && Coverage.NONE.gap());
        // A small matrix: a ◎ column, a ○ column, a △-only column (one cell "△△", one "△" with a
        // note), an empty column and a column holding only an annotation, which is not a role.
        List<Element> elements = List.of(new Element(1, null, "中核", "Core", 0),
                new Element(2, null, "貢献", "Contributes", 1), new Element(3, null, "弱い", "Weak", 2),
                new Element(4, null, "空", "Empty", 3), new Element(5, null, "注記", "Note only", 4));
        List<MatrixCell> cells = List.of(
                new MatrixCell(1, 1, List.of(Mark.CORE), null),
                new MatrixCell(6, 2, List.of(Mark.CONTRIBUTES, Mark.WEAK), null),
                new MatrixCell(1, 3, List.of(Mark.WEAK, Mark.WEAK), null),
                new MatrixCell(8, 3, List.of(Mark.WEAK), "域内"),
                new MatrixCell(8, 5, List.of(), "検討中"));
        MatrixCoverageCalculator.MatrixCoverage c = ClusterDiagnosis.analyze(
                hubProject(ClusterProfile.named("c"), elements, cells, List.of()), NetworkFilter.ALL).coverage();
        assertEquals(List.of(Coverage.COVERED, Coverage.COVERED, Coverage.WEAK_ONLY, Coverage.NONE, Coverage.NONE),
                c.elements().stream().map(MatrixCoverageCalculator.ElementCoverage::coverage).toList());
        assertEquals(2, c.elements().get(2).weak(), "a cell counts once per mark");
        assertEquals(List.of(elements.get(3), elements.get(4)), c.uncovered());
        assertEquals(List.of(elements.get(2)), c.weakOnly());
        Map<String, Object> json = ClusterDiagnosis.analyze(
                hubProject(ClusterProfile.named("c"), elements, cells, List.of()), NetworkFilter.ALL).toMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> cov = (Map<String, Object>) json.get("coverage");
        assertEquals(List.of("空", "注記"), cov.get("uncovered"));
        assertEquals(List.of("弱い"), cov.get("weak_only"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> els = (List<Map<String, Object>>) cov.get("elements");
        assertEquals(List.of("covered", "covered", "weak_only", "none", "none"),
                els.stream().map(e -> e.get("coverage")).toList());
    }

    @Test
    void jsonMapHasTheDocumentedShape() {
        DiagnosisReport r = ClusterDiagnosis.analyze(
                hubProject(ClusterProfile.named("c"), List.of(), List.of(), List.of()), NetworkFilter.ALL);
        Map<String, Object> m = r.toMap();
        assertEquals(List.of("filter", "network", "actors", "fujita", "lifecycle", "typology", "coverage"),
                new ArrayList<>(m.keySet()));
        Map<?, ?> city = (Map<?, ?>) ((List<?>) m.get("actors")).get(7);
        assertEquals("City", city.get("name"));
        assertNull(city.get("constraint"));
        assertEquals(0, city.get("degree"));
        assertFalse((Boolean) city.get("connector_hub"));
        for (String key : List.of("degree", "betweenness", "closeness", "pagerank", "clustering", "core", "constraint",
                "effective_size", "efficiency", "brokerage")) {
            assertTrue(city.containsKey(key), key);
        }
    }
}
