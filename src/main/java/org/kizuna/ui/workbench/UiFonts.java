// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The window's font: the first installed family of a stack of Japanese UI fonts with TrueType
 * outlines. JavaFX CSS takes a single family, not a fallback list, and on Linux its "System" font
 * may resolve to a CFF-only CJK font that JavaFX cannot draw (boxes), so the family is chosen here.
 */
final class UiFonts {
    /** Windows, macOS, then Linux families, in order of preference. */
    static final List<String> JAPANESE_STACK = List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans",
            "Hiragino Kaku Gothic ProN", "IPAPGothic", "IPAexGothic", "IPAGothic", "TakaoPGothic", "VL PGothic");

    private UiFonts() {
    }

    static Optional<String> pick(Collection<String> installed) {
        return JAPANESE_STACK.stream().filter(installed::contains).findFirst();
    }
}
