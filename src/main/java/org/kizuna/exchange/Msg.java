// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.Objects;

/**
 * A message of an import in both languages: English for the CLI and the English UI, Japanese for
 * the Japanese UI. Both are required, so a place that words a message cannot forget one of them.
 * {@link #toString()} is the English text.
 */
public record Msg(String en, String ja) {
    public Msg {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ja, "ja");
    }

    /** The text for the session's language. */
    public String get(boolean japanese) {
        return japanese ? ja : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
