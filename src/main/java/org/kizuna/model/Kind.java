// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/**
 * An entry of an extensible vocabulary (actor kinds, tie kinds): a stable code plus labels.
 * {@code directedByDefault} only means something for tie kinds (a transaction or a funding flow has
 * a direction).
 */
public record Kind(String code, String labelJa, String labelEn, boolean builtin, boolean directedByDefault) {
    public Kind {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a kind needs a code");
        }
    }

    public String label(boolean japanese) {
        return japanese ? labelJa : labelEn;
    }
}
