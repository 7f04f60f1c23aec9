// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kizuna.ui.workbench.NavigatorEntry;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/kizuna/i18n/" + name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties en = load("messages.properties");
        Properties ja = load("messages_ja.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
        for (Properties p : new Properties[] {en, ja}) {
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key)); // throws on a broken pattern
            }
        }
    }

    @Test
    void everyNavigatorEntryHasALabel() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            Messages m = Messages.forLocale(locale);
            for (NavigatorEntry e : NavigatorEntry.values()) {
                String label = m.get(e.messageKey());
                assertEquals(false, label.startsWith("!"), locale + " " + e);
            }
        }
    }

    @Test
    void bundlesAreReadAsUtf8AndDoNotFallBackToTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("Network", Messages.forLocale(Locale.ENGLISH).get("nav.network"));
            assertEquals("ネットワーク", Messages.forLocale(Locale.JAPANESE).get("nav.network"));
            assertEquals("x.kizuna — Kizuna", Messages.forLocale(Locale.JAPANESE).format("window.title.file",
                    "x.kizuna"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("!no.such.key!", Messages.forLocale(Locale.ENGLISH).get("no.such.key"));
    }
}
