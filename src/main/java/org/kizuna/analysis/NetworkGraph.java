// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/**
 * The filtered network as compact int arrays (CSR: an offset array and a neighbour array), which is
 * what the hot loops walk. Actors are numbered 0..n-1 in the project's order.
 *
 * <p>Two views are kept, because the seeds mix directed flows (transactions, funding) with
 * undirected collaboration:
 * <ul>
 *   <li>the <b>directed view</b>: a directed tie is one arc, an undirected tie is two opposite arcs;
 *   <li>the <b>undirected view</b>: every tie is an edge, whatever its direction.
 * </ul>
 * In both views ties between the same pair (parallel ties of different kinds, or a tie and its
 * reverse in the undirected view) collapse into one arc/edge: the structural figures count who is
 * connected to whom, not how many agreements they signed. Strengths are not used by the structural
 * figures (the tie list keeps them for whoever needs them). Neighbour lists are sorted ascending.
 */
public final class NetworkGraph {
    private final List<Actor> actors;
    private final List<Tie> ties;
    private final int[] tieSource;
    private final int[] tieTarget;
    private final Scope[] tieScope;
    private final boolean anyDirected;
    private final int[] outOff;
    private final int[] outAdj;
    private final int[] inOff;
    private final int[] inAdj;
    private final int[] off;
    private final int[] adj;

    private NetworkGraph(List<Actor> actors, List<Tie> ties, int[] src, int[] dst, Scope[] scopes, boolean[] directed) {
        this.actors = actors;
        this.ties = ties;
        this.tieSource = src;
        this.tieTarget = dst;
        this.tieScope = scopes;
        int n = actors.size();
        int m = src.length;
        boolean any = false;
        int arcs = 0;
        for (int i = 0; i < m; i++) {
            any |= directed[i];
            arcs += directed[i] ? 1 : 2;
        }
        this.anyDirected = any;
        int[] as = new int[arcs];
        int[] at = new int[arcs];
        int k = 0;
        for (int i = 0; i < m; i++) {
            as[k] = src[i];
            at[k++] = dst[i];
            if (!directed[i]) {
                as[k] = dst[i];
                at[k++] = src[i];
            }
        }
        int[][] out = csr(n, as, at, arcs);
        outOff = out[0];
        outAdj = out[1];
        int[][] in = csr(n, at, as, arcs);
        inOff = in[0];
        inAdj = in[1];
        int[] us = new int[2 * m];
        int[] ut = new int[2 * m];
        for (int i = 0; i < m; i++) {
            us[2 * i] = src[i];
            ut[2 * i] = dst[i];
            us[2 * i + 1] = dst[i];
            ut[2 * i + 1] = src[i];
        }
        int[][] und = csr(n, us, ut, 2 * m);
        off = und[0];
        adj = und[1];
    }

    /** Builds the network of a project's ties that pass the filter; all actors are nodes. */
    public static NetworkGraph of(Project project, NetworkFilter filter) {
        List<Actor> actors = project.actors();
        int n = actors.size();
        long[] ids = new long[n];
        int[] order = null;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            ids[i] = actors.get(i).id();
            if (i > 0 && ids[i] <= ids[i - 1]) {
                sorted = false;
            }
        }
        if (!sorted) {
            // The snapshot lists actors by id; an in-memory project need not, so index by a sorted copy.
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Long.compare(actors.get(a).id(), actors.get(b).id()));
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
                ids[i] = actors.get(boxed[i]).id();
            }
        }
        boolean all = filter.isAll();
        List<Tie> kept = all ? project.ties() : new ArrayList<>();
        int cap = project.ties().size();
        int[] src = new int[cap];
        int[] dst = new int[cap];
        Scope[] scopes = new Scope[cap];
        boolean[] directed = new boolean[cap];
        int m = 0;
        for (Tie t : project.ties()) {
            int s = index(ids, order, t.sourceId());
            int d = index(ids, order, t.targetId());
            if (s < 0 || d < 0) {
                throw new IllegalArgumentException("tie " + t.id() + " refers to a missing actor");
            }
            Scope scope = t.scopeOverride() != null ? t.scopeOverride()
                    : Scope.derive(actors.get(s), actors.get(d));
            if (!all) {
                if (!filter.accepts(t, scope)) {
                    continue;
                }
                kept.add(t);
            }
            src[m] = s;
            dst[m] = d;
            scopes[m] = scope;
            directed[m] = t.directed();
            m++;
        }
        return new NetworkGraph(actors, List.copyOf(kept), Arrays.copyOf(src, m), Arrays.copyOf(dst, m),
                Arrays.copyOf(scopes, m), Arrays.copyOf(directed, m));
    }

    /** A plain graph from index pairs (tests, generators): all ties directed or all undirected. */
    public static NetworkGraph ofEdges(List<Actor> actors, int[] src, int[] dst, boolean directed) {
        List<Tie> ties = new ArrayList<>(src.length);
        Scope[] scopes = new Scope[src.length];
        boolean[] dir = new boolean[src.length];
        for (int i = 0; i < src.length; i++) {
            ties.add(new Tie(i + 1L, actors.get(src[i]).id(), actors.get(dst[i]).id(), "other", directed, 1.0,
                    null, null, null, null));
            scopes[i] = Scope.derive(actors.get(src[i]), actors.get(dst[i]));
            dir[i] = directed;
        }
        return new NetworkGraph(List.copyOf(actors), List.copyOf(ties), src.clone(), dst.clone(), scopes, dir);
    }

    private static int index(long[] ids, int[] order, long id) {
        int i = Arrays.binarySearch(ids, id);
        if (i < 0) {
            return -1;
        }
        return order == null ? i : order[i];
    }

    /** Offsets and sorted, de-duplicated neighbour lists without self-loops. */
    private static int[][] csr(int n, int[] from, int[] to, int count) {
        int[] offsets = new int[n + 1];
        for (int i = 0; i < count; i++) {
            offsets[from[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] raw = new int[count];
        for (int i = 0; i < count; i++) {
            raw[fill[from[i]]++] = to[i];
        }
        int[] newOff = new int[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            int a = offsets[v];
            int b = offsets[v + 1];
            Arrays.sort(raw, a, b);
            int prev = -1;
            newOff[v] = w;
            for (int i = a; i < b; i++) {
                int x = raw[i];
                if (x != prev && x != v) {
                    raw[w++] = x;
                }
                prev = x;
            }
        }
        newOff[n] = w;
        return new int[][] {newOff, w == raw.length ? raw : Arrays.copyOf(raw, w)};
    }

    public int size() {
        return actors.size();
    }

    public List<Actor> actors() {
        return actors;
    }

    public Actor actor(int v) {
        return actors.get(v);
    }

    /** The ties that passed the filter, in project order. */
    public List<Tie> ties() {
        return ties;
    }

    public int tieSource(int i) {
        return tieSource[i];
    }

    public int tieTarget(int i) {
        return tieTarget[i];
    }

    public Scope tieScope(int i) {
        return tieScope[i];
    }

    /** Whether any kept tie is directed; if none is, the directed view equals the undirected one. */
    public boolean anyDirected() {
        return anyDirected;
    }

    /** Number of distinct arcs of the directed view. */
    public int arcCount() {
        return outOff[size()];
    }

    /** Number of distinct edges of the undirected view. */
    public int edgeCount() {
        return off[size()] / 2;
    }

    public int[] outOffsets() {
        return outOff;
    }

    public int[] outNeighbours() {
        return outAdj;
    }

    public int[] inOffsets() {
        return inOff;
    }

    public int[] inNeighbours() {
        return inAdj;
    }

    public int[] offsets() {
        return off;
    }

    public int[] neighbours() {
        return adj;
    }

    public int degree(int v) {
        return off[v + 1] - off[v];
    }

    public int outDegree(int v) {
        return outOff[v + 1] - outOff[v];
    }

    public int inDegree(int v) {
        return inOff[v + 1] - inOff[v];
    }

    /** Whether u and v are adjacent in the undirected view (binary search in u's sorted list). */
    public boolean adjacent(int u, int v) {
        return Arrays.binarySearch(adj, off[u], off[u + 1], v) >= 0;
    }

    /** Whether the directed view has the arc u → v. */
    public boolean hasArc(int u, int v) {
        return Arrays.binarySearch(outAdj, outOff[u], outOff[u + 1], v) >= 0;
    }
}
