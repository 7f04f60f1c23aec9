// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

/** Connected components of the undirected view (weak components when ties are directed). */
public final class ComponentCalculator {
    private ComponentCalculator() {
    }

    /** Component label per actor (0..count-1, in order of first actor) and the sizes. */
    public record Components(int[] label, int[] sizes) {
        public int count() {
            return sizes.length;
        }

        public int largest() {
            int m = 0;
            for (int s : sizes) {
                m = Math.max(m, s);
            }
            return m;
        }
    }

    public static Components compute(NetworkGraph g) {
        int n = g.size();
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int i = off[v]; i < off[v + 1]; i++) {
                    int w = adj[i];
                    if (label[w] < 0) {
                        label[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            sizes[count++] = tail;
        }
        return new Components(label, java.util.Arrays.copyOf(sizes, count));
    }
}
