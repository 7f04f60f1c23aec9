// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

/**
 * What to compute beyond the linear-time figures. {@code pathFigures} (betweenness, closeness and
 * what depends on them) costs one search per actor, O(n·m); {@code cliques} can be exponential in
 * dense networks. Both default to on: a cluster network of a few thousand actors takes well under
 * a second. Large transaction networks can turn them off.
 */
public record AnalysisOptions(boolean pathFigures, boolean cliques, int minCliqueSize, Grouping brokerageGroups) {
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(true, true, 3, Grouping.REGION);
    /** The linear-time figures only: no path figures, no cliques ({@code --fast}, the export's "fast figures"). */
    public static final AnalysisOptions FAST = DEFAULT.withoutPathFigures().withoutCliques();

    public AnalysisOptions {
        if (minCliqueSize < 2) {
            throw new IllegalArgumentException("the minimum clique size is at least 2");
        }
        brokerageGroups = brokerageGroups == null ? Grouping.REGION : brokerageGroups;
    }

    public AnalysisOptions withoutPathFigures() {
        return new AnalysisOptions(false, cliques, minCliqueSize, brokerageGroups);
    }

    public AnalysisOptions withoutCliques() {
        return new AnalysisOptions(pathFigures, false, minCliqueSize, brokerageGroups);
    }

    public AnalysisOptions withBrokerageGroups(Grouping g) {
        return new AnalysisOptions(pathFigures, cliques, minCliqueSize, g);
    }

    /** The actor attribute that defines the groups of the brokerage roles. */
    public enum Grouping {
        /** Inside vs outside the cluster's region (the default: proposition 4 is about this border). */
        REGION("region"),
        KIND("kind"),
        SECTOR("sector");

        private final String code;

        Grouping(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Grouping parse(String text) {
            for (Grouping g : values()) {
                if (g.code.equalsIgnoreCase(text.strip())) {
                    return g;
                }
            }
            throw new IllegalArgumentException("unknown grouping: " + text + " (region, kind, sector)");
        }
    }
}
