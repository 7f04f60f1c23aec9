// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** Whether a field is new or existing, nationally (macro) or in the region: the typology's two axes. */
public enum Novelty {
    NEW("new", "新規", "new"),
    EXISTING("existing", "既存", "existing");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    Novelty(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static Novelty parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Novelty n : values()) {
            if (n.code.equalsIgnoreCase(text.strip()) || n.labelJa.equals(text.strip())) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown novelty: " + text);
    }
}
