// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.ArrayList;
import java.util.List;

/** A role mark in the management-element matrix. */
public enum Mark {
    CORE('◎', "中核的役割", "core role"),
    CONTRIBUTES('○', "貢献", "contributes"),
    WEAK('△', "弱い・部分的", "weak / partial");

    private final char symbol;
    private final String labelJa;
    private final String labelEn;

    Mark(char symbol, String labelJa, String labelEn) {
        this.symbol = symbol;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public char symbol() { return symbol; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static Mark ofSymbol(char c) {
        for (Mark m : values()) {
            if (m.symbol == c) {
                return m;
            }
        }
        // Look-alikes people type: ◯ (large circle), 〇 (ideographic zero), O.
        if (c == '◯' || c == '〇') {
            return CONTRIBUTES;
        }
        return null;
    }

    /** Parses a run of mark symbols such as "◎△"; throws on anything else. */
    public static List<Mark> parseAll(String symbols) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < symbols.length(); i++) {
            Mark m = ofSymbol(symbols.charAt(i));
            if (m == null) {
                throw new IllegalArgumentException("not a mark: '" + symbols.charAt(i) + "' in " + symbols);
            }
            marks.add(m);
        }
        return List.copyOf(marks);
    }

    public static String symbols(List<Mark> marks) {
        StringBuilder sb = new StringBuilder();
        for (Mark m : marks) {
            sb.append(m.symbol);
        }
        return sb.toString();
    }
}
