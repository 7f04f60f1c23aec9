// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.EnumSet;
import java.util.Set;
import org.kizuna.model.Period;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/**
 * Which ties take part in an analysis. Filters apply to ties only: every actor stays a node, so an
 * actor whose ties are all filtered out becomes an isolate (the figures then say how many actors
 * the filtered network leaves unconnected). An empty {@code tieKinds} or {@code scopes} set means
 * "all"; {@code fromYear}/{@code toYear} are inclusive and null when open.
 */
public record NetworkFilter(Set<String> tieKinds, Set<Scope> scopes, Integer fromYear, Integer toYear) {
    public static final NetworkFilter ALL = new NetworkFilter(Set.of(), Set.of(), null, null);

    public NetworkFilter {
        tieKinds = tieKinds == null ? Set.of() : Set.copyOf(tieKinds);
        scopes = scopes == null || scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new IllegalArgumentException("year range ends (" + toYear + ") before it starts (" + fromYear + ")");
        }
    }

    /** Ties alive at some point of the period (open bounds stay open). */
    public static NetworkFilter forPeriod(Period period) {
        return new NetworkFilter(Set.of(), Set.of(), period.startYear(), period.endYear());
    }

    /** Ties alive in the given year. */
    public static NetworkFilter forYear(int year) {
        return new NetworkFilter(Set.of(), Set.of(), year, year);
    }

    public NetworkFilter withTieKinds(Set<String> kinds) {
        return new NetworkFilter(kinds, scopes, fromYear, toYear);
    }

    public NetworkFilter withScopes(Set<Scope> s) {
        return new NetworkFilter(tieKinds, s, fromYear, toYear);
    }

    public NetworkFilter withYears(Integer from, Integer to) {
        return new NetworkFilter(tieKinds, scopes, from, to);
    }

    public boolean isAll() {
        return tieKinds.isEmpty() && scopes.isEmpty() && fromYear == null && toYear == null;
    }

    /** Whether a tie of the given (already resolved) scope passes. */
    public boolean accepts(Tie tie, Scope scope) {
        if (!tieKinds.isEmpty() && !tieKinds.contains(tie.kind())) {
            return false;
        }
        if (!scopes.isEmpty() && !scopes.contains(scope)) {
            return false;
        }
        return (fromYear == null && toYear == null) || tie.aliveBetween(fromYear, toYear);
    }
}
