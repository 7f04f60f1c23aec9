// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;

/**
 * The result of {@link ClusterDiagnosis}: typed parts, and {@link #toMap()} giving the stable JSON
 * schema of {@code kizuna analyze --json} (documented in docs/metrics.md). Doubles that are
 * undefined stay NaN here and become null in JSON; counts are integers.
 */
public record DiagnosisReport(NetworkFilter filter, NetworkAnalysis network,
                              List<FujitaAssessor.AxisAssessment> fujita,
                              LifeCycleAdvisor.LifeCycleSuggestion lifecycle, Typology.TypologyResult typology,
                              MatrixCoverageCalculator.MatrixCoverage coverage) {
    /** How many cliques and main-core members the JSON lists by name (the counts are complete). */
    public static final int LIST_LIMIT = 50;

    public List<ActorFigures> actorFigures() {
        NetworkAnalysis a = network;
        NetworkGraph g = a.graph();
        Set<Integer> hubs = new HashSet<>(a.connectorHubs());
        List<ActorFigures> out = new ArrayList<>(g.size());
        for (int v = 0; v < g.size(); v++) {
            out.add(new ActorFigures(g.actor(v), g.degree(v), g.inDegree(v), g.outDegree(v), a.betweenness(v),
                    a.betweennessUndirected(v), a.closeness(v), a.pagerank(v), a.clustering(v), a.core(v),
                    a.externalShare(v), a.constraint(v), a.effectiveSize(v), a.efficiency(v), a.brokerage(v),
                    hubs.contains(v)));
        }
        return out;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filter", filterMap());
        m.put("network", networkMap());
        m.put("actors", actorsList());
        m.put("fujita", fujitaList());
        m.put("lifecycle", lifecycleMap());
        m.put("typology", typologyMap());
        m.put("coverage", coverageMap());
        return m;
    }

    private Map<String, Object> filterMap() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("tie_kinds", new ArrayList<>(new java.util.TreeSet<>(filter.tieKinds())));
        f.put("scopes", filter.scopes().stream().sorted().map(Scope::code).toList());
        f.put("from_year", filter.fromYear());
        f.put("to_year", filter.toYear());
        return f;
    }

    private static Object num(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }

    private Map<String, Object> networkMap() {
        NetworkAnalysis a = network;
        NetworkGraph g = a.graph();
        View pv = a.primaryView();
        Map<String, Object> n = new LinkedHashMap<>();
        Map<String, Object> views = new LinkedHashMap<>();
        views.put("directed_ties", g.anyDirected());
        views.put("degree", "undirected (in_degree/out_degree: directed)");
        views.put("betweenness", pv.code());
        views.put("betweenness_undirected", View.UNDIRECTED.code());
        views.put("closeness", pv.code());
        views.put("pagerank", pv.code());
        views.put("clustering", View.UNDIRECTED.code());
        views.put("core", View.UNDIRECTED.code());
        views.put("constraint", View.UNDIRECTED.code());
        views.put("brokerage", View.DIRECTED.code());
        views.put("cliques", View.UNDIRECTED.code());
        n.put("views", views);
        n.put("actors", g.size());
        n.put("ties", g.ties().size());
        n.put("edges", g.edgeCount());
        n.put("arcs", g.arcCount());
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> bySector = new LinkedHashMap<>();
        for (Sector s : Sector.values()) {
            bySector.put(s.code(), 0);
        }
        bySector.put("unknown", 0);
        for (Actor x : g.actors()) {
            byKind.merge(String.valueOf(x.kind()), 1, Integer::sum);
            bySector.merge(x.sector() == null ? "unknown" : x.sector().code(), 1, Integer::sum);
        }
        n.put("actors_by_kind", byKind);
        n.put("actors_by_sector", bySector);
        int ties = g.ties().size();
        Map<String, Integer> tieKinds = new TreeMap<>();
        for (Tie t : g.ties()) {
            tieKinds.merge(t.kind(), 1, Integer::sum);
        }
        Map<String, Object> tk = new LinkedHashMap<>();
        tieKinds.forEach((k, c) -> tk.put(k, share(c, ties)));
        n.put("ties_by_kind", tk);
        Map<String, Object> ts = new LinkedHashMap<>();
        for (Scope s : Scope.values()) {
            ts.put(s.code(), share(a.tiesInScope(s), ties));
        }
        n.put("ties_by_scope", ts);
        n.put("external_share", num(a.externalShare()));
        n.put("components", a.components().count());
        n.put("largest_component", a.components().largest());
        n.put("isolates", a.isolates());
        n.put("density_undirected", num(a.densityUndirected()));
        n.put("density_directed", num(a.densityDirected()));
        NetworkAnalysis.InRegion r = a.inRegion();
        Map<String, Object> ir = new LinkedHashMap<>();
        ir.put("actors", r.actors());
        ir.put("edges", r.edges());
        ir.put("density", num(r.density()));
        ir.put("largest_component", r.largestComponent());
        n.put("in_region", ir);
        n.put("mean_degree", num(a.meanDegree()));
        n.put("average_clustering", num(a.averageClustering()));
        n.put("transitivity", num(a.transitivity()));
        n.put("degree_centralisation", num(a.degreeCentralisation()));
        n.put("betweenness_centralisation", num(a.betweennessCentralisation()));
        List<int[]> cl = a.cliques();
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("min_size", a.options().minCliqueSize());
        cm.put("count", cl == null ? null : cl.size());
        cm.put("largest", cl == null ? null : cl.isEmpty() ? 0 : cl.get(0).length);
        if (cl != null) {
            List<Object> listed = new ArrayList<>();
            for (int[] c : cl.subList(0, Math.min(LIST_LIMIT, cl.size()))) {
                listed.add(names(g, c));
            }
            cm.put("list", listed);
        } else {
            cm.put("list", null);
        }
        n.put("cliques", cm);
        Map<String, Object> cores = new LinkedHashMap<>();
        cores.put("max_core", a.maxCore());
        Map<String, Object> hier = new LinkedHashMap<>();
        a.coreHierarchy().forEach((k, c) -> hier.put(String.valueOf(k), c));
        cores.put("hierarchy", hier);
        List<Integer> main = a.mainCore();
        cores.put("main_core_size", main.size());
        cores.put("main_core", names(g, main.subList(0, Math.min(LIST_LIMIT, main.size()))));
        n.put("cores", cores);
        List<Object> cand = new ArrayList<>();
        for (int v : a.coreOrganisationCandidates(5)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", g.actor(v).name());
            c.put("inside_region", g.actor(v).insideRegion());
            c.put("core", a.core(v));
            c.put("degree", g.degree(v));
            c.put("betweenness_undirected", num(a.betweennessUndirected(v)));
            cand.add(c);
        }
        n.put("core_organisation_candidates", cand);
        Map<String, Object> hubs = new LinkedHashMap<>();
        hubs.put("rule", "in-region actor with at least one in-region and one outside tie, whose "
                + (a.hasPathFigures() ? "undirected betweenness" : "degree") + " is above zero and at least the"
                + " network mean");
        List<Integer> hubList = a.connectorHubs();
        hubs.put("count", hubList.size());
        hubs.put("actors", names(g, hubList.subList(0, Math.min(LIST_LIMIT, hubList.size()))));
        n.put("connector_hubs", hubs);
        Map<String, Object> br = new LinkedHashMap<>();
        br.put("groups", a.options().brokerageGroups().code());
        br.put("totals", brokerageMap(a.brokerageTotals()));
        n.put("brokerage", br);
        Map<String, Object> ei = new LinkedHashMap<>();
        ei.put("region", num(a.eiIndexRegion()));
        ei.put("kind", num(a.eiIndexKind()));
        n.put("ei_index", ei);
        Map<String, Object> as = new LinkedHashMap<>();
        as.put("location", num(a.assortativityLocation()));
        MixingCalculator.SharedMembership sm = a.sharedMembership();
        Map<String, Object> mem = new LinkedHashMap<>();
        mem.put("ties", sm.ties());
        mem.put("ties_sharing", sm.tiesSharing());
        mem.put("tie_share", num(sm.tieShare()));
        mem.put("pair_share", num(sm.pairShare()));
        mem.put("ratio", num(sm.ratio()));
        as.put("membership", mem);
        n.put("similarity", as);
        return n;
    }

    private static Map<String, Object> share(int count, int all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("share", all == 0 ? null : (double) count / all);
        return m;
    }

    private static List<String> names(NetworkGraph g, int[] idx) {
        List<String> out = new ArrayList<>(idx.length);
        for (int v : idx) {
            out.add(g.actor(v).name());
        }
        return out;
    }

    private static List<String> names(NetworkGraph g, List<Integer> idx) {
        return idx.stream().map(v -> g.actor(v).name()).toList();
    }

    private static Map<String, Object> brokerageMap(long[] b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coordinator", b[BrokerageCalculator.COORDINATOR]);
        m.put("itinerant", b[BrokerageCalculator.ITINERANT]);
        m.put("gatekeeper", b[BrokerageCalculator.GATEKEEPER]);
        m.put("representative", b[BrokerageCalculator.REPRESENTATIVE]);
        m.put("liaison", b[BrokerageCalculator.LIAISON]);
        return m;
    }

    private List<Object> actorsList() {
        List<Object> out = new ArrayList<>();
        for (ActorFigures f : actorFigures()) {
            Actor x = f.actor();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", x.name());
            m.put("kind", x.kind());
            m.put("sector", x.sector() == null ? null : x.sector().code());
            m.put("inside_region", x.insideRegion());
            m.put("degree", f.degree());
            m.put("in_degree", f.inDegree());
            m.put("out_degree", f.outDegree());
            m.put("betweenness", num(f.betweenness()));
            m.put("betweenness_undirected", num(f.betweennessUndirected()));
            m.put("closeness", num(f.closeness()));
            m.put("pagerank", num(f.pagerank()));
            m.put("clustering", num(f.clustering()));
            m.put("core", f.core());
            m.put("external_share", num(f.externalShare()));
            m.put("constraint", num(f.constraint()));
            m.put("effective_size", num(f.effectiveSize()));
            m.put("efficiency", num(f.efficiency()));
            m.put("brokerage", brokerageMap(f.brokerage()));
            m.put("connector_hub", f.connectorHub());
            out.add(m);
        }
        return out;
    }

    private List<Object> fujitaList() {
        List<Object> out = new ArrayList<>();
        for (FujitaAssessor.AxisAssessment ax : fujita) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("axis", ax.axis().code());
            m.put("label_ja", ax.axis().labelJa());
            m.put("label_en", ax.axis().labelEn());
            Map<String, Object> fig = new LinkedHashMap<>();
            ax.figures().forEach((k, v) -> fig.put(k, v instanceof Double d ? num(d) : v));
            m.put("figures", fig);
            m.put("rating", ax.rating());
            m.put("rating_ja", ax.ratingLabelJa());
            m.put("rating_en", ax.ratingLabelEn());
            m.put("generated_ja", ax.generatedJa());
            m.put("generated_en", ax.generatedEn());
            m.put("user_assessment", ax.userAssessment());
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> lifecycleMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suggested", lifecycle.suggested().code());
        m.put("chosen", lifecycle.chosen() == null ? null : lifecycle.chosen().code());
        m.put("stage", lifecycle.effective().code());
        m.put("stage_ja", lifecycle.effective().labelJa());
        List<Object> reasons = new ArrayList<>();
        for (LifeCycleAdvisor.Reason r : lifecycle.reasons()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("figure", r.code());
            rm.put("value", num(r.value()));
            rm.put("test", r.test());
            rm.put("met", r.met());
            rm.put("text_ja", r.textJa());
            rm.put("text_en", r.textEn());
            reasons.add(rm);
        }
        m.put("reasons", reasons);
        return m;
    }

    private Map<String, Object> typologyMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suggested", typology.suggested() == null ? null : typology.suggested().code());
        m.put("candidates", typology.candidates().stream().map(ClusterType::code).toList());
        m.put("chosen", typology.chosen() == null ? null : typology.chosen().code());
        ClusterType t = typology.effective();
        m.put("type", t == null ? null : t.code());
        m.put("label_ja", t == null ? null : t.labelJa());
        m.put("label_en", t == null ? null : t.labelEn());
        Typology.TypeText text = typology.text();
        m.put("example_ja", text == null ? null : text.exampleJa());
        m.put("explanation_ja", text == null ? null : text.explanationJa());
        m.put("support_ja", text == null ? null : text.supportJa());
        m.put("example_en", text == null ? null : text.exampleEn());
        m.put("explanation_en", text == null ? null : text.explanationEn());
        m.put("support_en", text == null ? null : text.supportEn());
        m.put("note_ja", typology.noteJa());
        m.put("note_en", typology.noteEn());
        return m;
    }

    private Map<String, Object> coverageMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> els = new ArrayList<>();
        for (MatrixCoverageCalculator.ElementCoverage e : coverage.elements()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("element", e.element().nameJa());
            em.put("element_en", e.element().nameEn());
            em.put("core", e.core());
            em.put("contributes", e.contributes());
            em.put("weak", e.weak());
            em.put("core_holders", e.coreHolders());
            em.put("coverage", e.coverage().code());
            els.add(em);
        }
        m.put("elements", els);
        m.put("uncovered", coverage.uncovered().stream().map(e -> e.nameJa()).toList());
        m.put("weak_only", coverage.weakOnly().stream().map(e -> e.nameJa()).toList());
        m.put("institutions_without_role", coverage.institutionsWithoutRole());
        List<Object> fs = new ArrayList<>();
        for (MatrixCoverageCalculator.FindingCells f : coverage.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("number", f.finding().number());
            fm.put("label", f.finding().label());
            fm.put("text", f.finding().text());
            List<Object> cells = new ArrayList<>();
            for (String[] c : f.cells()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("actor", c[0]);
                cm.put("element", c[1]);
                cells.add(cm);
            }
            fm.put("cells", cells);
            fs.add(fm);
        }
        m.put("findings", fs);
        List<Object> checks = new ArrayList<>();
        for (MatrixCoverageCalculator.CrossCheck c : coverage.crossChecks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("check", c.code());
            cm.put("actor", c.actor());
            cm.put("element", c.element());
            cm.put("text_ja", c.textJa());
            cm.put("text_en", c.textEn());
            checks.add(cm);
        }
        m.put("cross_checks", checks);
        return m;
    }
}
