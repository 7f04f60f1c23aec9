// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.util.Locale;

/**
 * The language of the user interface: the system property {@code kizuna.lang} ({@code ja} or
 * {@code en}) when set, else the language chosen in Preferences when there is one, else the
 * operating system's language when it is one of ours, else Japanese, the language the users work in.
 */
public final class UiLocale {
    public static final String PROPERTY = "kizuna.lang";

    private UiLocale() {
    }

    /** The locale for this process (reads the system property and the OS locale). */
    public static Locale current() {
        return resolve(System.getProperty(PROPERTY), Locale.getDefault());
    }

    /** The locale for this process with the language chosen in Preferences ({@code ja}, {@code en} or blank). */
    public static Locale current(String preference) {
        return resolve(System.getProperty(PROPERTY), preference, Locale.getDefault());
    }

    public static Locale resolve(String override, String preference, Locale os) {
        if (override != null && !override.isBlank() && supported(override.strip()) != null) {
            return supported(override.strip());
        }
        return resolve(preference, os);
    }

    public static Locale resolve(String override, Locale os) {
        if (override != null && !override.isBlank()) {
            Locale chosen = supported(override.strip());
            if (chosen != null) {
                return chosen;
            }
        }
        Locale fromOs = os == null ? null : supported(os.getLanguage());
        return fromOs != null ? fromOs : Locale.JAPANESE;
    }

    private static Locale supported(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
