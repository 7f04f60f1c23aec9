// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

/** Which view of the network a figure is computed on (see {@link NetworkGraph}). */
public enum View {
    DIRECTED("directed"),
    UNDIRECTED("undirected");

    private final String code;

    View(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
