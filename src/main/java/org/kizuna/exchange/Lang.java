// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.Locale;

/** The language of exported labels: Japanese by default, English on request. */
public enum Lang {
    JA, EN;

    public boolean japanese() {
        return this == JA;
    }

    /** Picks the Japanese or English text. */
    public String pick(String ja, String en) {
        return this == JA ? ja : en;
    }

    public static Lang parse(String text) {
        if (text == null || text.isBlank()) {
            return JA;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "jp", "japanese" -> JA;
            case "en", "english" -> EN;
            default -> throw new IllegalArgumentException("unknown language: " + text + " (ja, en)");
        };
    }
}
