// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes and combo boxes: a label per value, nothing parsed back. */
public final class Converters {
    private Converters() {
    }

    /** Shows {@code text} of a value, and nothing for no value. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return ofNullable(value -> value == null ? "" : text.apply(value));
    }

    /** Shows {@code text} of every value, no value included (for a "none" or "all" entry). */
    public static <T> StringConverter<T> ofNullable(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
