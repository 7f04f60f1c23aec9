// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiLocaleTest {
    @Test
    void thePropertyWins() {
        assertEquals(Locale.ENGLISH, UiLocale.resolve("en", Locale.JAPAN));
        assertEquals(Locale.JAPANESE, UiLocale.resolve(" JA ", Locale.US));
    }

    @Test
    void otherwiseTheOperatingSystemsLanguageWhenWeSpeakIt() {
        assertEquals(Locale.ENGLISH, UiLocale.resolve(null, Locale.UK));
        assertEquals(Locale.JAPANESE, UiLocale.resolve("", Locale.JAPAN));
        assertEquals(Locale.ENGLISH, UiLocale.resolve("fr", Locale.US), "an unknown override is ignored");
    }

    @Test
    void japaneseByDefault() {
        assertEquals(Locale.JAPANESE, UiLocale.resolve(null, Locale.GERMANY));
        assertEquals(Locale.JAPANESE, UiLocale.resolve(null, null));
    }
}
