// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.Locale;

/** Reading typed values out of cells and text fields, with messages that say what was expected. */
public final class Values {
    private Values() {
    }

    /** Text of a value: null for blank; integral numbers without ".0". */
    public static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return d.toString();
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    public static Boolean bool(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            if (d == 1) {
                return true;
            }
            if (d == 0) {
                return false;
            }
        }
        String s = text(v);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1", "はい", "○", "◯", "✓", "有", "域内" -> true;
            case "false", "f", "no", "n", "0", "いいえ", "×", "無", "域外" -> false;
            default -> throw new BadValueException("not a yes/no value: '" + s + "' (true/false)",
                    "はい・いいえの値ではありません：「" + s + "」（true/false）");
        };
    }

    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile(
            "[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    public static Double number(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        String s = text(v);
        if (s == null) {
            return null;
        }
        try {
            // a comma only as a thousands separator (1,000): "1,5" is refused, not read as 15
            if (s.indexOf(',') >= 0 && !THOUSANDS.matcher(s).matches()) {
                throw new NumberFormatException();
            }
            double d = Double.parseDouble(s.replace(",", ""));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValueException(notANumber(s));
        }
    }

    /** A four-digit year, or null. */
    public static Integer year(Object v) {
        Double d = null;
        try {
            d = number(v);
        } catch (IllegalArgumentException e) {
            throw new BadValueException(notAYear(text(v)));
        }
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || d < 1000 || d > 9999) {
            throw new BadValueException(notAYear(text(v)));
        }
        return d.intValue();
    }

    /** "not a number: '…'", in both languages. */
    public static Msg notANumber(String text) {
        return new Msg("not a number: '" + text + "'", "数値ではありません：「" + text + "」");
    }

    /** "not a year: '…' (four digits, e.g. 2005)", in both languages. */
    public static Msg notAYear(String text) {
        return new Msg("not a year: '" + text + "' (four digits, e.g. 2005)",
                "年ではありません：「" + text + "」（4 桁の西暦、例：2005）");
    }
}
