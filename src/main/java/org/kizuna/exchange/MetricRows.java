// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.ArrayList;
import java.util.List;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.model.Actor;

/**
 * The per-actor figures as a tidy table (the Actor-metrics sheet and metrics.csv): the actor's
 * name, kind, sector and side of the region, then every per-actor figure of the engine in the order
 * of {@link MetricDefinitions} (English headers are the figures' JSON names, brokerage roles
 * flattened as {@code brokerage_<role>}). Undefined figures are null, so they stay empty cells.
 */
public final class MetricRows {
    /** Columns before the figures. */
    public static final int ID_COLUMNS = 4;

    private MetricRows() {
    }

    public static List<String> headers(Lang lang) {
        List<String> h = new ArrayList<>();
        h.add(TidyColumn.NAME.header(lang));
        h.add(TidyColumn.KIND.header(lang));
        h.add(TidyColumn.SECTOR.header(lang));
        h.add(TidyColumn.INSIDE_REGION.header(lang));
        for (MetricDefinitions.Definition d : MetricDefinitions.of(MetricDefinitions.Section.ACTOR)) {
            h.add(lang.japanese() ? d.nameJa() : d.code());
        }
        return h;
    }

    /** The figure codes, in column order after the {@link #ID_COLUMNS}. */
    public static List<String> codes() {
        return MetricDefinitions.of(MetricDefinitions.Section.ACTOR).stream().map(MetricDefinitions.Definition::code)
                .toList();
    }

    public static List<Object> row(ActorFigures f, Lang lang) {
        Actor a = f.actor();
        List<Object> v = new ArrayList<>(ID_COLUMNS + 19);
        v.add(a.name());
        v.add(a.kind());
        v.add(a.sector() == null ? null : lang.pick(a.sector().labelJa(), a.sector().code()));
        v.add(a.insideRegion());
        for (String code : codes()) {
            v.add(value(f, code));
        }
        return v;
    }

    /** One figure of an actor by its code: Integer, Long, Double (null when undefined) or Boolean. */
    public static Object value(ActorFigures f, String code) {
        return switch (code) {
            case "degree" -> f.degree();
            case "in_degree" -> f.inDegree();
            case "out_degree" -> f.outDegree();
            case "betweenness" -> num(f.betweenness());
            case "betweenness_undirected" -> num(f.betweennessUndirected());
            case "closeness" -> num(f.closeness());
            case "pagerank" -> num(f.pagerank());
            case "clustering" -> num(f.clustering());
            case "core" -> f.core();
            case "external_share" -> num(f.externalShare());
            case "constraint" -> num(f.constraint());
            case "effective_size" -> num(f.effectiveSize());
            case "efficiency" -> num(f.efficiency());
            case "brokerage_coordinator" -> f.coordinator();
            case "brokerage_itinerant" -> f.itinerant();
            case "brokerage_gatekeeper" -> f.gatekeeper();
            case "brokerage_representative" -> f.representative();
            case "brokerage_liaison" -> f.liaison();
            case "connector_hub" -> f.connectorHub();
            default -> throw new IllegalArgumentException("no per-actor figure " + code);
        };
    }

    private static Double num(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }
}
