// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

/**
 * A value that cannot be read (not a number, not a year, not a yes/no value), worded in both
 * languages. {@link #getMessage()} is the English text, as before; {@link #ja()} the Japanese.
 */
public class BadValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String ja;

    public BadValueException(String en, String ja) {
        super(en);
        this.ja = java.util.Objects.requireNonNull(ja, "ja");
    }

    public String ja() {
        return ja;
    }

    public Msg msg() {
        return new Msg(getMessage(), ja);
    }
}
