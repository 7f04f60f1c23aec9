// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-interface strings of one language, from the bundles {@code org/kizuna/i18n/messages}
 * (English in the base bundle, Japanese in {@code _ja}; both UTF-8). Lookups never fall back to the
 * JVM's default locale, so an English UI on a Japanese system stays English.
 */
public final class Messages {
    public static final String BUNDLE = "org.kizuna.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLocale(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean japanese() {
        return "ja".equals(locale.getLanguage());
    }

    /** The text for {@code key}; a missing key shows as {@code !key!} rather than failing the window. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for {@code key} with {@link MessageFormat} arguments (numbers without grouping surprises). */
    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), locale);
        return f.format(args);
    }
}
