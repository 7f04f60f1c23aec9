// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** A management element (マネジメント要素): a column of the matrix. {@code groupId} is null when ungrouped. */
public record Element(long id, Long groupId, String nameJa, String nameEn, int position) {
    public Element {
        if (nameJa == null || nameJa.isBlank()) {
            throw new IllegalArgumentException("an element needs a name");
        }
    }

    public String name(boolean japanese) {
        return japanese || nameEn == null || nameEn.isBlank() ? nameJa : nameEn;
    }
}
