// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

/**
 * A value that cannot be read (not a number, not a year, not a yes/no value), worded in both
 * languages. {@link #getMessage()} is the English text, as before; {@link #ja()} the Japanese.
 */
public class BadValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Msg msg;

    public BadValueException(String en, String ja) {
        this(new Msg(en, ja));
    }

    public BadValueException(Msg msg) {
        super(msg.en());
        this.msg = msg;
    }

    public String ja() {
        return msg.ja();
    }

    public Msg msg() {
        return msg;
    }

    /** The text for the session's language. */
    public String message(boolean japanese) {
        return msg.get(japanese);
    }
}
