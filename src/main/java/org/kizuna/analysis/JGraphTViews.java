// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;

/**
 * The filtered network as JGraphT graphs, for code that wants JGraphT's object model: the exporters
 * (GraphML/GEXF through jgrapht-io) and algorithms we do not reimplement. The hot figures run on
 * {@link NetworkGraph}'s int arrays instead: on the 10k-actor benchmark JGraphT's betweenness and
 * clique finder are several times slower and its graph takes several times the memory (see
 * {@code kizuna bench --compare-jgrapht} and docs/performance.md).
 */
public final class JGraphTViews {
    private JGraphTViews() {
    }

    /**
     * Every kept tie as an edge source → target, parallel ties kept; {@link Tie#directed()} says
     * whether the direction means anything (JGraphT has no mixed graphs, an exporter writes the flag
     * per edge).
     */
    public static Graph<Actor, Tie> ties(NetworkGraph g) {
        Graph<Actor, Tie> out = new DirectedPseudograph<>(Tie.class);
        List<Actor> actors = g.actors();
        actors.forEach(out::addVertex);
        for (int i = 0; i < g.ties().size(); i++) {
            out.addEdge(actors.get(g.tieSource(i)), actors.get(g.tieTarget(i)), g.ties().get(i));
        }
        return out;
    }

    /** The undirected view on actor indices. */
    public static Graph<Integer, DefaultEdge> undirected(NetworkGraph g) {
        Graph<Integer, DefaultEdge> out = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.size(); v++) {
            out.addVertex(v);
        }
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        for (int v = 0; v < g.size(); v++) {
            for (int i = off[v]; i < off[v + 1]; i++) {
                if (adj[i] > v) {
                    out.addEdge(v, adj[i]);
                }
            }
        }
        return out;
    }

    /** The directed view on actor indices. */
    public static Graph<Integer, DefaultEdge> directed(NetworkGraph g) {
        Graph<Integer, DefaultEdge> out = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < g.size(); v++) {
            out.addVertex(v);
        }
        int[] off = g.outOffsets();
        int[] adj = g.outNeighbours();
        for (int v = 0; v < g.size(); v++) {
            for (int i = off[v]; i < off[v + 1]; i++) {
                out.addEdge(v, adj[i]);
            }
        }
        return out;
    }
}
