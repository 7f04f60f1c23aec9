// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.List;

/** An element group × period cell of the progress diagnosis: initiatives and a judgement (or null). */
public record ProgressCell(long groupId, long periodId, List<String> initiatives, Judgement judgement) {
    public ProgressCell {
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }

    public boolean isEmpty() {
        return initiatives.isEmpty() && judgement == null;
    }
}
