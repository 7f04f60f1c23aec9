// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** A progress judgement in the Kobe-style progress diagnosis. */
public enum Judgement {
    CONSIDERABLE("considerable", "かなり進展", "considerable progress"),
    PROGRESS("progress", "進展", "progress"),
    INSUFFICIENT("insufficient", "まだ不十分", "still insufficient");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    Judgement(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static Judgement parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (Judgement j : values()) {
            if (j.code.equalsIgnoreCase(t) || j.labelJa.equals(t) || j.labelEn.equalsIgnoreCase(t)
                    || j.name().equalsIgnoreCase(t)) {
                return j;
            }
        }
        throw new IllegalArgumentException("unknown judgement: " + text);
    }
}
