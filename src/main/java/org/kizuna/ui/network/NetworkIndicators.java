// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kizuna.analysis.ActorFigures;
import org.kizuna.analysis.BrokerageCalculator;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.NetworkAnalysis;
import org.kizuna.model.Scope;

/**
 * What the live indicators panel shows, taken from a {@link DiagnosisReport} of the filtered network:
 * counts, densities, ties by scope, and the actors that stand out as brokers (highest undirected
 * betweenness), gatekeepers (most gatekeeper and representative roles across the region's border,
 * Gould–Fernandez) and connector hubs (the engine's rule, docs/metrics.md).
 */
public record NetworkIndicators(int actors, int ties, double density, double inRegionDensity, int inRegionActors,
                                Map<Scope, Integer> tiesByScope, int isolates, List<String> brokers,
                                List<String> gatekeepers, List<String> connectorHubs) {
    /** How many names each list shows. */
    public static final int TOP = 3;

    public NetworkIndicators {
        tiesByScope = Map.copyOf(tiesByScope);
        brokers = List.copyOf(brokers);
        gatekeepers = List.copyOf(gatekeepers);
        connectorHubs = List.copyOf(connectorHubs);
    }

    /** The share of ties in {@code scope}, NaN without ties. */
    public double share(Scope scope) {
        return ties == 0 ? Double.NaN : (double) tiesByScope.getOrDefault(scope, 0) / ties;
    }

    public static NetworkIndicators of(DiagnosisReport report) {
        NetworkAnalysis a = report.network();
        Map<Scope, Integer> byScope = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            byScope.put(s, a.tiesInScope(s));
        }
        List<ActorFigures> figures = report.actorFigures();
        boolean paths = a.hasPathFigures();
        List<String> brokers = figures.stream()
                .filter(f -> paths ? f.betweennessUndirected() > 0 : f.degree() > 0)
                .sorted(Comparator.comparingDouble((ActorFigures f) -> paths ? f.betweennessUndirected() : f.degree())
                        .reversed().thenComparing(f -> f.actor().name()))
                .limit(TOP).map(f -> f.actor().name()).toList();
        List<String> gatekeepers = figures.stream()
                .filter(f -> gatekeeping(f) > 0)
                .sorted(Comparator.comparingLong(NetworkIndicators::gatekeeping).reversed()
                        .thenComparing(f -> f.actor().name()))
                .limit(TOP).map(f -> f.actor().name()).toList();
        List<String> hubs = new ArrayList<>();
        for (int v : a.connectorHubs()) {
            hubs.add(a.graph().actor(v).name());
        }
        return new NetworkIndicators(a.graph().size(), a.graph().ties().size(), a.densityUndirected(),
                a.inRegion().density(), a.inRegion().actors(), byScope, a.isolates(), brokers, gatekeepers, hubs);
    }

    private static long gatekeeping(ActorFigures f) {
        long[] b = f.brokerage();
        return b[BrokerageCalculator.GATEKEEPER] + b[BrokerageCalculator.REPRESENTATIVE];
    }
}
