// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/**
 * A period of the progress diagnosis ("2001～2005年度"). {@code plan} marks the planned period.
 * The years, inclusive and nullable, let the network be filtered to what was alive then.
 */
public record Period(long id, String name, int position, boolean plan, Integer startYear, Integer endYear) {
    public Period {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a period needs a name");
        }
    }
}
