// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import org.kizuna.model.Actor;

/**
 * The per-actor figures of one analysis, as the GUI's table shows them. NaN = undefined.
 * {@code brokerage} is {coordinator, itinerant, gatekeeper, representative, liaison}.
 */
public record ActorFigures(Actor actor, int degree, int inDegree, int outDegree, double betweenness,
                           double betweennessUndirected, double closeness, double pagerank, double clustering,
                           int core, double externalShare, double constraint, double effectiveSize,
                           double efficiency, long[] brokerage, boolean connectorHub) {
    public long coordinator() {
        return brokerage[BrokerageCalculator.COORDINATOR];
    }

    public long itinerant() {
        return brokerage[BrokerageCalculator.ITINERANT];
    }

    public long gatekeeper() {
        return brokerage[BrokerageCalculator.GATEKEEPER];
    }

    public long representative() {
        return brokerage[BrokerageCalculator.REPRESENTATIVE];
    }

    public long liaison() {
        return brokerage[BrokerageCalculator.LIAISON];
    }
}
