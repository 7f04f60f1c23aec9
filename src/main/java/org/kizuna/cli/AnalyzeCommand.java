// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.FujitaAssessor;
import org.kizuna.analysis.LifeCycleAdvisor;
import org.kizuna.analysis.MatrixCoverageCalculator;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.model.Kind;
import org.kizuna.model.Period;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Vocabulary;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kizuna analyze FILE [--json] [--kind K] [--scope S] [--period P]}: the whole diagnosis. */
@Command(name = "analyze", description = "Network figures and the cluster diagnosis of a project.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print JSON (schema in docs/metrics.md).")
    boolean json;

    @Option(names = "--kind", paramLabel = "K", description = "Only ties of this kind (code or label; repeatable).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--scope", paramLabel = "S",
            description = "Only ties of this scope: in_region, domestic, international (repeatable).")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--period", paramLabel = "P", description = "Only ties alive in this period (name or number).")
    String period;

    @Option(names = "--year", paramLabel = "Y", description = "Only ties alive in this year.")
    Integer year;

    @Option(names = "--groups", paramLabel = "G", description = "Brokerage groups: region (default), kind, sector.")
    String groups = "region";

    @Option(names = "--min-clique", paramLabel = "N", description = "Smallest clique listed (default 3).")
    int minClique = 3;

    @Option(names = "--fast", description = "Skip betweenness, closeness and cliques (for very large networks).")
    boolean fast;

    @Override
    public Integer call() throws Exception {
        Project p;
        try (ProjectFile pf = ProjectFile.open(file)) {
            p = pf.snapshot();
        }
        NetworkFilter filter = filter(p);
        AnalysisOptions options;
        try {
            options = new AnalysisOptions(!fast, !fast, minClique, AnalysisOptions.Grouping.parse(groups));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        DiagnosisReport r = ClusterDiagnosis.analyze(p, filter, options);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r.toMap()));
        } else {
            printText(out, r);
        }
        return 0;
    }

    private NetworkFilter filter(Project p) {
        Set<String> kindCodes = new LinkedHashSet<>();
        for (String k : kinds) {
            Kind found = Vocabulary.find(p.tieKinds(), k);
            if (found == null) {
                throw new UserException("unknown tie kind: " + k + " (one of: "
                        + String.join(", ", p.tieKinds().stream().map(Kind::code).toList()) + ")");
            }
            kindCodes.add(found.code());
        }
        Set<Scope> scopeSet = EnumSet.noneOf(Scope.class);
        for (String s : scopes) {
            try {
                scopeSet.add(Scope.parse(s));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage() + " (in_region, domestic, international)");
            }
        }
        if (period != null && year != null) {
            throw new UserException("give --period or --year, not both");
        }
        NetworkFilter f = NetworkFilter.ALL;
        if (period != null) {
            f = NetworkFilter.forPeriod(findPeriod(p, period));
        } else if (year != null) {
            f = NetworkFilter.forYear(year);
        }
        return f.withTieKinds(kindCodes).withScopes(scopeSet);
    }

    private static Period findPeriod(Project p, String text) {
        for (Period per : p.periods()) {
            if (per.name().equals(text.strip())) {
                return per;
            }
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= p.periods().size()) {
                return p.periods().get(n - 1);
            }
        } catch (NumberFormatException e) {
            // not a number: fall through to the error naming the periods
        }
        throw new UserException("no period '" + text + "' (periods: "
                + String.join(", ", p.periods().stream().map(Period::name).toList()) + ")");
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
    }

    /** "in_region 3363 (67%), domestic 1416 (28%)" from the {count, share} maps of the JSON. */
    private static String shares(Map<?, ?> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> {
            Map<?, ?> c = (Map<?, ?>) v;
            Object share = c.get("share");
            parts.add(k + " " + c.get("count") + (share instanceof Double d
                    ? String.format(Locale.ROOT, " (%.0f%%)", 100 * d) : ""));
        });
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static void printText(PrintWriter out, DiagnosisReport r) {
        Map<String, Object> m = r.toMap();
        Map<?, ?> net = (Map<?, ?>) m.get("network");
        var a = r.network();
        out.println("== Network" + (r.filter().isAll() ? "" : " (filtered)"));
        out.printf(Locale.ROOT, "actors %d, ties %d (%d distinct pairs), %s ties%n", net.get("actors"), net.get("ties"),
                net.get("edges"), a.graph().anyDirected() ? "some directed" : "all undirected");
        out.println("ties by scope: " + shares((Map<?, ?>) net.get("ties_by_scope")));
        out.println("ties by kind:  " + shares((Map<?, ?>) net.get("ties_by_kind")));
        out.printf(Locale.ROOT, "components %d (largest %d), isolates %d%n", a.components().count(),
                a.components().largest(), a.isolates());
        out.printf(Locale.ROOT, "density %s undirected, %s directed; in-region subgraph %s (%d actors)%n",
                f(a.densityUndirected()), f(a.densityDirected()), f(a.inRegion().density()), a.inRegion().actors());
        out.printf(Locale.ROOT, "centralisation: degree %s, betweenness %s; max core %d; E-I (region) %s%n",
                f(a.degreeCentralisation()), f(a.betweennessCentralisation()), a.maxCore(), f(a.eiIndexRegion()));
        List<Integer> hubs = a.connectorHubs();
        out.println("connector hubs (" + hubs.size() + "): " + String.join(", ", hubs.subList(0, Math.min(10,
                hubs.size())).stream().map(v -> a.graph().actor(v).name()).toList()) + (hubs.size() > 10 ? ", …" : ""));
        out.println("core organisation candidates: " + ((List<?>) net.get("core_organisation_candidates")).stream()
                .map(x -> ((Map<?, ?>) x).get("name")).toList());
        out.println();
        out.println("== Actors (top 15 by betweenness, view: " + a.primaryView().code() + ")");
        List<ActorFigures> figs = new ArrayList<>(r.actorFigures());
        figs.sort(Comparator.comparingDouble((ActorFigures x) -> Double.isNaN(x.betweenness()) ? -x.degree()
                : -x.betweenness()));
        List<ActorFigures> top = figs.subList(0, Math.min(15, figs.size()));
        int nameWidth = Math.min(40, Math.max(4, top.stream().mapToInt(x -> displayWidth(x.actor().name())).max()
                .orElse(4)));
        out.printf(Locale.ROOT, "%s %5s %8s %8s %8s %5s %8s %4s %4s%n", padToWidth("name", nameWidth), "deg", "betw",
                "close", "pagerank", "core", "constr", "gate", "repr");
        for (ActorFigures x : top) {
            out.printf(Locale.ROOT, "%s %5d %8s %8s %8s %5d %8s %4d %4d%n", padToWidth(x.actor().name(), nameWidth),
                    x.degree(),
                    f(x.betweenness()), f(x.closeness()), f(x.pagerank()), x.core(), f(x.constraint()),
                    x.gatekeeper(), x.representative());
        }
        out.println();
        out.println("== Fujita axes (rating 1 weak, 2 moderate, 3 strong)");
        for (FujitaAssessor.AxisAssessment ax : r.fujita()) {
            out.println(ax.axis().labelJa() + " " + ax.axis().labelEn() + ": "
                    + (ax.rating() == null ? "not assessable" : ax.rating() + " (" + ax.ratingLabelEn() + ")"));
            out.println("  " + ax.generatedEn());
            out.println("  " + ax.generatedJa());
            if (ax.userAssessment() != null) {
                out.println("  user: " + ax.userAssessment());
            }
        }
        out.println();
        LifeCycleAdvisor.LifeCycleSuggestion lc = r.lifecycle();
        out.println("== Life cycle: " + lc.effective().labelJa() + " " + lc.effective().labelEn()
                + (lc.chosen() != null ? " (chosen; suggested " + lc.suggested().labelEn() + ")" : " (suggested)"));
        for (LifeCycleAdvisor.Reason reason : lc.reasons()) {
            out.println("  " + (reason.met() ? "+ " : "- ") + reason.textEn());
        }
        out.println();
        var t = r.typology();
        out.println("== Typology: " + (t.effective() == null ? "undecided, candidates "
                + t.candidates().stream().map(c -> c.labelJa()).toList()
                : t.effective().labelJa() + " " + t.effective().labelEn()));
        if (t.text() != null) {
            out.println("  support: " + t.text().supportJa());
            out.println("           " + t.text().supportEn());
        }
        if (t.noteEn() != null) {
            out.println("  " + t.noteEn());
        }
        MatrixCoverageCalculator.MatrixCoverage c = r.coverage();
        if (!c.elements().isEmpty()) {
            out.println();
            out.println("== Matrix coverage (◎/○/△)");
            for (MatrixCoverageCalculator.ElementCoverage e : c.elements()) {
                out.printf(Locale.ROOT, "  %s %d/%d/%d%n", padToWidth(e.element().nameJa(), 28), e.core(), e.contributes(), e.weak());
            }
            out.println("  uncovered (no mark): " + c.uncovered().stream().map(e -> e.nameJa()).toList());
            out.println("  weak only (only △): " + c.weakOnly().stream().map(e -> e.nameJa()).toList());
            out.println("  institutions without a role: " + c.institutionsWithoutRole());
            for (MatrixCoverageCalculator.CrossCheck x : c.crossChecks()) {
                out.println("  ! " + x.textEn());
            }
        }
    }

    /**
     * Pads to a terminal width where East Asian wide characters take two columns, so Japanese names
     * line up with the figures after them (String.format counts them as one).
     */
    static String padToWidth(String text, int width) {
        if (displayWidth(text) > width) {
            return padToWidth(text, width - 1, true);
        }
        return padToWidth(text, width, false);
    }

    private static String padToWidth(String text, int width, boolean ellipsis) {
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = wide(cp) ? 2 : 1;
            if (used + w > width) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        if (ellipsis) {
            sb.append('…');
        }
        return sb.append(" ".repeat(width - used)).toString();
    }

    static int displayWidth(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
