// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** Cluster life cycle: formation 形成期 → development 発展期 → maturity 成熟期. */
public enum LifeCycleStage {
    FORMATION("formation", "形成期", "formation"),
    DEVELOPMENT("development", "発展期", "development"),
    MATURITY("maturity", "成熟期", "maturity");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    LifeCycleStage(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static LifeCycleStage parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (LifeCycleStage s : values()) {
            if (s.code.equalsIgnoreCase(text.strip()) || s.labelJa.equals(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown life-cycle stage: " + text);
    }
}
