// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** Where a tie reaches: inside the region 域内, elsewhere in the country 国内, abroad 国際. */
public enum Scope {
    IN_REGION("in_region", "域内", "In-region"),
    DOMESTIC("domestic", "国内", "Domestic"),
    INTERNATIONAL("international", "国際", "International");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    Scope(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static Scope parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (Scope s : values()) {
            if (s.code.equalsIgnoreCase(t) || s.labelJa.equals(t) || s.labelEn.equalsIgnoreCase(t)
                    || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scope: " + text);
    }

    /**
     * The scope implied by the two ends: international when either end is abroad, in-region when
     * both are inside the region, domestic otherwise.
     */
    public static Scope derive(Actor a, Actor b) {
        if (a.abroad() || b.abroad()) {
            return INTERNATIONAL;
        }
        if (a.insideRegion() && b.insideRegion()) {
            return IN_REGION;
        }
        return DOMESTIC;
    }
}
