// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** A group of management elements (the Kobe table's rows). */
public record ElementGroup(long id, String nameJa, String nameEn, int position) {
    public ElementGroup {
        if (nameJa == null || nameJa.isBlank()) {
            throw new IllegalArgumentException("an element group needs a name");
        }
    }

    public String name(boolean japanese) {
        return japanese || nameEn == null || nameEn.isBlank() ? nameJa : nameEn;
    }
}
