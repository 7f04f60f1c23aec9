// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.analysis.BrokerageCalculator;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.FujitaAssessor;
import org.kizuna.analysis.LifeCycleAdvisor;
import org.kizuna.analysis.MatrixCoverageCalculator;
import org.kizuna.analysis.NetworkAnalysis;
import org.kizuna.analysis.NetworkGraph;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.MetricDefinitions;
import org.kizuna.model.ClusterType;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Kind;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.ui.Messages;

/**
 * Everything the diagnosis page shows, taken from one {@link DiagnosisReport} and put into words and
 * numbers in the UI language: the header (type, stage, gaps), the four Fujita cards, the chart series
 * and the table rows. Built on the worker thread with the report, so the FX thread only draws it. The
 * names of figures come from {@link MetricDefinitions}, the same names the workbook prints.
 *
 * @param revision the session revision the report was computed for
 * @param gaps     the elements with no mark ({@link org.kizuna.analysis.Coverage#NONE})
 * @param weakOnly the elements with only △ ({@link org.kizuna.analysis.Coverage#WEAK_ONLY})
 */
public record DiagnosisContent(long revision, int actors, int ties, String typeText, String stageText,
                               List<String> stageReasons, List<String> gaps, List<String> weakOnly,
                               List<String> crossChecks,
                               List<AxisCard> cards, Stacked tiesByScope, Stacked degreeDistribution,
                               Stacked coverage, Stacked brokerage, Table brokers, Table hubs, Table holes,
                               Table coreGroups) {
    /** How many rows a table lists at most (the largest networks have tens of thousands of actors). */
    public static final int TABLE_LIMIT = 100;
    /** How many actors the brokerage chart shows. */
    public static final int TOP_BROKERS = 8;
    /** How many bars the degree histogram has at most; wider degree ranges are binned. */
    public static final int DEGREE_BINS = 20;

    /** One Fujita axis: rating (null = not assessable), its word, the figures behind it, the generated text. */
    public record AxisCard(FujitaAxis axis, String title, Integer rating, String ratingText, List<Figure> figures,
                           String generated) {
    }

    /** A figure's name and its value as shown. */
    public record Figure(String code, String name, String value) {
    }

    /** A (stacked) bar chart: categories along one axis, one value per category in each series. */
    public record Stacked(List<String> categories, Map<String, List<Number>> series) {
        public Stacked {
            categories = List.copyOf(categories);
            series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
        }

        /** The sum of the series at one category. */
        public double total(int category) {
            return series.values().stream().mapToDouble(l -> l.get(category).doubleValue()).sum();
        }
    }

    /** A table: headers and rows; each row names the actors it is about (selected when it is clicked). */
    public record Table(List<String> headers, List<Row> rows) {
    }

    public record Row(List<Long> actorIds, List<String> cells) {
        public String cell(int i) {
            return cells.get(i);
        }
    }

    /** The life-cycle stage's reasons as the page shows them, one a line. */
    public String stageReasonsText() {
        return String.join("\n", stageReasons);
    }

    public static DiagnosisContent of(DiagnosisReport report, Project project, Messages m, long revision) {
        boolean ja = m.japanese();
        Lang lang = ja ? Lang.JA : Lang.EN;
        NetworkAnalysis a = report.network();
        NetworkGraph g = a.graph();
        List<ActorFigures> figures = report.actorFigures();

        ClusterType type = report.typology().effective();
        String typeText = type == null ? m.get("diagnosis.type.undecided")
                : ja ? type.labelJa() : type.labelEn();
        LifeCycleAdvisor.LifeCycleSuggestion life = report.lifecycle();
        String stageText = life.chosen() == null
                ? m.format("diagnosis.stage.suggestedOnly", stage(life.suggested(), ja))
                : m.format("diagnosis.stage.chosen", stage(life.chosen(), ja), stage(life.suggested(), ja));
        List<String> reasons = life.reasons().stream()
                .map(r -> (r.met() ? "✓ " : "· ") + (ja ? r.textJa() : r.textEn())).toList();
        MatrixCoverageCalculator.MatrixCoverage cov = report.coverage();
        List<String> gaps = cov.uncovered().stream().map(e -> e.name(ja)).toList();
        List<String> weakOnly = cov.weakOnly().stream().map(e -> e.name(ja)).toList();
        List<String> checks = cov.crossChecks().stream().map(c -> ja ? c.textJa() : c.textEn()).toList();

        List<AxisCard> cards = new ArrayList<>();
        for (FujitaAssessor.AxisAssessment ax : report.fujita()) {
            List<Figure> fs = new ArrayList<>();
            ax.figures().forEach((code, value) -> fs.add(new Figure(code, figureName(code, lang), value(code, value, m))));
            String ratingText = ax.rating() == null ? m.get("diagnosis.rating.none")
                    : m.get("diagnosis.rating." + ax.rating());
            cards.add(new AxisCard(ax.axis(), ja ? ax.axis().labelJa() : ax.axis().labelEn(), ax.rating(), ratingText,
                    fs, ja ? ax.generatedJa() : ax.generatedEn()));
        }

        return new DiagnosisContent(revision, g.size(), g.ties().size(), typeText, stageText, reasons, gaps, weakOnly, checks,
                cards, tiesByScope(g, project, ja), degrees(g), coverage(cov, ja, m), brokerage(figures, m),
                brokers(figures, a, m), hubs(figures, a, m), holes(figures, m), coreGroups(a, m));
    }

    private static String stage(LifeCycleStage s, boolean ja) {
        return s == null ? "—" : ja ? s.labelJa() : s.labelEn();
    }

    private static String figureName(String code, Lang lang) {
        MetricDefinitions.Definition d = MetricDefinitions.get(MetricDefinitions.Section.NETWORK, code);
        return d == null ? code : d.name(lang);
    }

    /** A figure as shown: shares in percent, other fractions to two places, yes/no, "—" for undefined. */
    static String value(String code, Object value, Messages m) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return m.get(b ? "diagnosis.yes" : "diagnosis.no");
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "—";
            }
            return code.equals("share") || code.endsWith("_share") ? percent(d) : decimal(d);
        }
        return String.valueOf(value);
    }

    static String percent(double d) {
        return Double.isNaN(d) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * d);
    }

    static String decimal(double d) {
        if (Double.isNaN(d)) {
            return "—";
        }
        String t = String.format(Locale.ROOT, "%.2f", d);
        return t.equals("-0.00") ? "0.00" : t;
    }

    // ------------------------------------------------------------------ charts

    /** Ties per scope, one series per tie kind (kinds named as the project names them). */
    private static Stacked tiesByScope(NetworkGraph g, Project project, boolean ja) {
        List<String> categories = new ArrayList<>();
        for (Scope s : Scope.values()) {
            categories.add(ja ? s.labelJa() : s.labelEn());
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Kind k : project.tieKinds()) {
            counts.put(k.code(), new int[Scope.values().length]);
        }
        for (int i = 0; i < g.ties().size(); i++) {
            Scope s = g.tieScope(i);
            if (s != null) {
                counts.computeIfAbsent(g.ties().get(i).kind(), k -> new int[Scope.values().length])[s.ordinal()]++;
            }
        }
        Map<String, List<Number>> series = new LinkedHashMap<>();
        counts.forEach((code, c) -> {
            if (java.util.Arrays.stream(c).sum() > 0) {
                Kind k = project.tieKinds().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
                List<Number> values = new ArrayList<>();
                for (int x : c) {
                    values.add(x);
                }
                series.put(k == null ? code : k.label(ja), values);
            }
        });
        return new Stacked(categories, series);
    }

    /** How many actors have each degree; binned when the range is wider than {@link #DEGREE_BINS}. */
    private static Stacked degrees(NetworkGraph g) {
        int max = 0;
        for (int v = 0; v < g.size(); v++) {
            max = Math.max(max, g.degree(v));
        }
        int width = (int) Math.ceil((max + 1) / (double) DEGREE_BINS);
        width = Math.max(1, width);
        int bins = max / width + 1;
        int[] count = new int[bins];
        for (int v = 0; v < g.size(); v++) {
            count[g.degree(v) / width]++;
        }
        List<String> categories = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int lo = b * width;
            categories.add(width == 1 ? String.valueOf(lo) : lo + "–" + (lo + width - 1));
            values.add(count[b]);
        }
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("degree", values);
        return new Stacked(categories, series);
    }

    /** Per element, how many institutions hold ◎, ○ and △. */
    private static Stacked coverage(MatrixCoverageCalculator.MatrixCoverage cov, boolean ja, Messages m) {
        List<String> categories = new ArrayList<>();
        List<Number> core = new ArrayList<>();
        List<Number> contributes = new ArrayList<>();
        List<Number> weak = new ArrayList<>();
        for (MatrixCoverageCalculator.ElementCoverage e : cov.elements()) {
            categories.add(e.element().name(ja));
            core.add(e.core());
            contributes.add(e.contributes());
            weak.add(e.weak());
        }
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put(m.get("diagnosis.mark.core"), core);
        series.put(m.get("diagnosis.mark.contributes"), contributes);
        series.put(m.get("diagnosis.mark.weak"), weak);
        return new Stacked(categories, series);
    }

    private static final int[] ROLES = {BrokerageCalculator.COORDINATOR, BrokerageCalculator.ITINERANT,
        BrokerageCalculator.GATEKEEPER, BrokerageCalculator.REPRESENTATIVE, BrokerageCalculator.LIAISON};
    private static final String[] ROLE_KEYS = {"coordinator", "itinerant", "gatekeeper", "representative",
        "liaison"};

    private static long totalBrokerage(ActorFigures f) {
        long t = 0;
        for (long x : f.brokerage()) {
            t += x;
        }
        return t;
    }

    /** The Gould–Fernandez roles of the actors with the most brokerage, one series per role. */
    private static Stacked brokerage(List<ActorFigures> figures, Messages m) {
        List<ActorFigures> top = figures.stream().filter(f -> totalBrokerage(f) > 0)
                .sorted(Comparator.comparingLong(DiagnosisContent::totalBrokerage).reversed()
                        .thenComparing(f -> f.actor().name()))
                .limit(TOP_BROKERS).toList();
        List<String> categories = top.stream().map(f -> f.actor().name()).toList();
        Map<String, List<Number>> series = new LinkedHashMap<>();
        for (int r = 0; r < ROLES.length; r++) {
            int role = ROLES[r];
            series.put(m.get("diagnosis.role." + ROLE_KEYS[r]), top.stream().map(f -> (Number) f.brokerage()[role])
                    .toList());
        }
        return new Stacked(categories, series);
    }

    // ------------------------------------------------------------------ tables

    /** Actors on paths between others: betweenness and their brokerage roles, most central first. */
    private static Table brokers(List<ActorFigures> figures, NetworkAnalysis a, Messages m) {
        boolean paths = a.hasPathFigures();
        List<String> headers = new ArrayList<>(List.of(m.get("diagnosis.col.actor"), m.get("diagnosis.col.betweenness"),
                m.get("diagnosis.col.roles")));
        for (String k : ROLE_KEYS) {
            headers.add(m.get("diagnosis.role." + k));
        }
        List<Row> rows = figures.stream()
                .filter(f -> (paths && f.betweennessUndirected() > 0) || totalBrokerage(f) > 0)
                .sorted(Comparator.comparingDouble((ActorFigures f) -> paths ? f.betweennessUndirected() : 0)
                        .reversed().thenComparing(Comparator.comparingLong(DiagnosisContent::totalBrokerage)
                                .reversed()).thenComparing(f -> f.actor().name()))
                .limit(TABLE_LIMIT)
                .map(f -> {
                    List<String> cells = new ArrayList<>(List.of(f.actor().name(),
                            paths ? decimal(f.betweennessUndirected()) : "—", roles(f, m)));
                    for (int role : ROLES) {
                        cells.add(String.valueOf(f.brokerage()[role]));
                    }
                    return new Row(List.of(f.actor().id()), cells);
                }).toList();
        return new Table(headers, rows);
    }

    /** The roles an actor plays at all, most played first: "門番・代表者". */
    private static String roles(ActorFigures f, Messages m) {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < ROLES.length; r++) {
            if (f.brokerage()[ROLES[r]] > 0) {
                order.add(r);
            }
        }
        order.sort(Comparator.comparingLong((Integer r) -> f.brokerage()[ROLES[r]]).reversed());
        return String.join(m.get("diagnosis.listSeparator"),
                order.stream().map(r -> m.get("diagnosis.role." + ROLE_KEYS[r])).toList());
    }

    /** The engine's connector hubs (rule in docs/metrics.md), with the figures that make them hubs. */
    private static Table hubs(List<ActorFigures> figures, NetworkAnalysis a, Messages m) {
        List<String> headers = List.of(m.get("diagnosis.col.actor"), m.get("diagnosis.col.degree"),
                m.get("diagnosis.col.externalShare"), m.get("diagnosis.col.betweenness"));
        List<Row> rows = new ArrayList<>();
        for (int v : a.connectorHubs()) {
            if (rows.size() >= TABLE_LIMIT) {
                break;
            }
            ActorFigures f = figures.get(v);
            rows.add(new Row(List.of(f.actor().id()), List.of(f.actor().name(), String.valueOf(f.degree()),
                    percent(f.externalShare()), a.hasPathFigures() ? decimal(f.betweennessUndirected()) : "—")));
        }
        return new Table(headers, rows);
    }

    /** Burt's figures for every tied actor, the largest effective size (least redundant contacts) first. */
    private static Table holes(List<ActorFigures> figures, Messages m) {
        List<String> headers = List.of(m.get("diagnosis.col.actor"), m.get("diagnosis.col.degree"),
                m.get("diagnosis.col.effectiveSize"), m.get("diagnosis.col.efficiency"),
                m.get("diagnosis.col.constraint"));
        List<Row> rows = figures.stream().filter(f -> f.degree() > 0 && !Double.isNaN(f.effectiveSize()))
                .sorted(Comparator.comparingDouble(ActorFigures::effectiveSize).reversed()
                        .thenComparingDouble(ActorFigures::constraint).thenComparing(f -> f.actor().name()))
                .limit(TABLE_LIMIT)
                .map(f -> new Row(List.of(f.actor().id()), List.of(f.actor().name(), String.valueOf(f.degree()),
                        decimal(f.effectiveSize()), decimal(f.efficiency()), decimal(f.constraint()))))
                .toList();
        return new Table(headers, rows);
    }

    /** The main k-core, then the maximal cliques of the minimum size and above, largest first. */
    private static Table coreGroups(NetworkAnalysis a, Messages m) {
        NetworkGraph g = a.graph();
        String sep = m.get("diagnosis.listSeparator");
        List<String> headers = List.of(m.get("diagnosis.col.group"), m.get("diagnosis.col.size"),
                m.get("diagnosis.col.members"));
        List<Row> rows = new ArrayList<>();
        List<Integer> main = a.mainCore();
        if (!main.isEmpty() && a.maxCore() > 0) {
            rows.add(new Row(main.stream().map(v -> g.actor(v).id()).toList(),
                    List.of(m.format("diagnosis.group.mainCore", a.maxCore()), String.valueOf(main.size()),
                            String.join(sep, main.stream().map(v -> g.actor(v).name()).toList()))));
        }
        List<int[]> cliques = a.cliques();
        if (cliques != null) {
            int n = 0;
            for (int[] c : cliques) {
                if (++n > TABLE_LIMIT) {
                    break;
                }
                List<Long> ids = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int v : c) {
                    ids.add(g.actor(v).id());
                    names.add(g.actor(v).name());
                }
                rows.add(new Row(ids, List.of(m.format("diagnosis.group.clique", n), String.valueOf(c.length),
                        String.join(sep, names))));
            }
        }
        return new Table(headers, rows);
    }
}
