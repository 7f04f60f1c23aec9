// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** How a cluster is governed: core-organisation 中核組織型, managed 管理型, autonomous 自律型. */
public enum GovernanceType {
    CORE_ORGANISATION("core_organisation", "中核組織型", "core-organisation"),
    MANAGED("managed", "管理型", "managed"),
    AUTONOMOUS("autonomous", "自律型", "autonomous");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    GovernanceType(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static GovernanceType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (GovernanceType g : values()) {
            if (g.code.equalsIgnoreCase(text.strip()) || g.labelJa.equals(text.strip())) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown governance type: " + text);
    }
}
