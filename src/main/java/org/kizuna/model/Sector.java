// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** The four-sector reading 産学官金 (industry, academia, government, finance), plus "other". */
public enum Sector {
    INDUSTRY("industry", "産", "Industry"),
    ACADEMIA("academia", "学", "Academia"),
    GOVERNMENT("government", "官", "Government"),
    FINANCE("finance", "金", "Finance"),
    OTHER("other", "他", "Other");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    Sector(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    /** Accepts the code, the English label or the Japanese label (産, 学, 官, 金, 他). */
    public static Sector parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (Sector s : values()) {
            if (s.code.equalsIgnoreCase(t) || s.labelEn.equalsIgnoreCase(t) || s.labelJa.equals(t)
                    || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sector: " + text);
    }
}
