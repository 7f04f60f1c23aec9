// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/**
 * A tie (連携) between two actors. {@code scopeOverride} is null when the scope follows from the
 * ends; {@code startYear}/{@code endYear} are inclusive and null when open.
 */
public record Tie(long id, long sourceId, long targetId, String kind, boolean directed, double strength,
                  Integer startYear, Integer endYear, Scope scopeOverride, String notes) {
    public Tie {
        if (sourceId == targetId && sourceId != 0) {
            throw new IllegalArgumentException("a tie needs two different actors");
        }
        if (!(strength > 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("a tie's strength must be a positive number, not " + strength);
        }
        if (startYear != null && endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("a tie cannot end (" + endYear + ") before it starts (" + startYear + ")");
        }
    }

    public static Tie of(long sourceId, long targetId, String kind, boolean directed) {
        return new Tie(0, sourceId, targetId, kind, directed, 1.0, null, null, null, null);
    }

    public Tie withId(long newId) {
        return new Tie(newId, sourceId, targetId, kind, directed, strength, startYear, endYear, scopeOverride, notes);
    }

    public Tie withStrength(double s) {
        return new Tie(id, sourceId, targetId, kind, directed, s, startYear, endYear, scopeOverride, notes);
    }

    public Tie withYears(Integer start, Integer end) {
        return new Tie(id, sourceId, targetId, kind, directed, strength, start, end, scopeOverride, notes);
    }

    public Tie withKind(String k, boolean dir) {
        return new Tie(id, sourceId, targetId, k, dir, strength, startYear, endYear, scopeOverride, notes);
    }

    public Tie withScopeOverride(Scope s) {
        return new Tie(id, sourceId, targetId, kind, directed, strength, startYear, endYear, s, notes);
    }

    public Tie withNotes(String n) {
        return new Tie(id, sourceId, targetId, kind, directed, strength, startYear, endYear, scopeOverride, n);
    }

    /** Whether the tie is alive at some point in [from, to] (either bound may be null = open). */
    public boolean aliveBetween(Integer from, Integer to) {
        boolean startsInTime = startYear == null || to == null || startYear <= to;
        boolean notEndedBefore = endYear == null || from == null || endYear >= from;
        return startsInTime && notEndedBefore;
    }
}
