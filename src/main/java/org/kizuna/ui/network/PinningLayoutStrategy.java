// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * SmartGraph's spring-gravity layout with two additions it lacks: pinned (and currently dragged)
 * actors and isolated actors get no force, so they stay where they are — isolates stay on their row
 * instead of being pulled into the middle by gravity.
 *
 * <p>It also removes a waste: SmartGraph's layout step calls {@code computeForces} 20 times per
 * frame, but positions change only after the 20th call, so all 20 calls compute the same O(n²)
 * forces. When no position has moved since the previous call, the forces of that call are replayed
 * (O(n)) instead of recomputed.
 */
final class PinningLayoutStrategy extends ForceDirectedSpringGravityLayoutStrategy<SmartGraphSurface.ActorNode> {
    private final Supplier<Set<Long>> frozen;
    private List<SmartGraphVertexNode<SmartGraphSurface.ActorNode>> lastNodes = List.of();
    private double[] lastX = new double[0];
    private double[] lastY = new double[0];
    private double[] lastFx = new double[0];
    private double[] lastFy = new double[0];
    private int lastFrozen;

    PinningLayoutStrategy(Supplier<Set<Long>> frozen) {
        this.frozen = frozen;
    }

    @Override
    public void computeForces(Collection<SmartGraphVertexNode<SmartGraphSurface.ActorNode>> nodes, double width,
                              double height) {
        List<SmartGraphVertexNode<SmartGraphSurface.ActorNode>> list = new ArrayList<>(nodes);
        int n = list.size();
        Set<Long> stay = frozen.get();
        if (stay.hashCode() == lastFrozen && unchanged(list)) {
            for (int i = 0; i < n; i++) {
                list.get(i).addForceVector(lastFx[i], lastFy[i]);
            }
            return;
        }
        super.computeForces(list, width, height);
        lastFrozen = stay.hashCode();
        lastNodes = list;
        lastX = new double[n];
        lastY = new double[n];
        lastFx = new double[n];
        lastFy = new double[n];
        for (int i = 0; i < n; i++) {
            SmartGraphVertexNode<SmartGraphSurface.ActorNode> v = list.get(i);
            if (v.neighborhoodSize() == 0 || stay.contains(v.getUnderlyingVertex().element().id())) {
                v.resetForces();
            }
            lastX[i] = v.getCenterX();
            lastY[i] = v.getCenterY();
            var f = v.getForceVector();
            lastFx[i] = f.getX();
            lastFy[i] = f.getY();
        }
    }

    private boolean unchanged(List<SmartGraphVertexNode<SmartGraphSurface.ActorNode>> list) {
        if (list.size() != lastNodes.size()) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            SmartGraphVertexNode<SmartGraphSurface.ActorNode> v = list.get(i);
            if (v != lastNodes.get(i) || v.getCenterX() != lastX[i] || v.getCenterY() != lastY[i]) {
                return false;
            }
        }
        return true;
    }
}
