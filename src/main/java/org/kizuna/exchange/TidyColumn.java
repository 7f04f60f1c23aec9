// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the tidy tables (Actors and Ties sheets, actors.csv and ties.csv): one header
 * row, one record per row. Each column has an English name (snake_case, what R and pandas like)
 * and a Japanese one; importers accept either, in any order, and a few common aliases.
 */
public enum TidyColumn {
    // actors
    NAME(Table.ACTORS, "name", "名称", "label", "機関", "機関名", "actor"),
    KIND(Table.ACTORS, "kind", "種別", "type"),
    KIND_LABEL(Table.ACTORS, "kind_label", "種別名"),
    SECTOR(Table.ACTORS, "sector", "産学官金", "セクター"),
    LOCATION(Table.ACTORS, "location", "所在地", "city", "prefecture"),
    COUNTRY(Table.ACTORS, "country", "国"),
    INSIDE_REGION(Table.ACTORS, "inside_region", "域内", "in_region"),
    FIELD(Table.ACTORS, "field", "分野"),
    MEMBERSHIPS(Table.ACTORS, "memberships", "所属団体"),
    NOTES(Table.ACTORS, "notes", "メモ", "note"),
    MATRIX_NOTE(Table.ACTORS, "matrix_note", "備考"),
    X(Table.ACTORS, "x", "x座標"),
    Y(Table.ACTORS, "y", "y座標"),
    // ties
    SOURCE(Table.TIES, "source", "始点", "from", "連携元"),
    TARGET(Table.TIES, "target", "終点", "to", "連携先"),
    TIE_KIND(Table.TIES, "kind", "種別", "type"),
    TIE_KIND_LABEL(Table.TIES, "kind_label", "種別名"),
    DIRECTED(Table.TIES, "directed", "有向"),
    STRENGTH(Table.TIES, "strength", "強さ", "weight"),
    START_YEAR(Table.TIES, "start_year", "開始年", "start"),
    END_YEAR(Table.TIES, "end_year", "終了年", "end"),
    SCOPE(Table.TIES, "scope", "範囲"),
    SCOPE_OVERRIDE(Table.TIES, "scope_override", "範囲指定"),
    TIE_NOTES(Table.TIES, "notes", "メモ", "note");

    /** Which tidy table a column belongs to. */
    public enum Table { ACTORS, TIES }

    /** Separator of list values (memberships) inside one cell. */
    public static final String LIST_SEPARATOR = "; ";

    private final Table table;
    private final String en;
    private final String ja;
    private final List<String> aliases;

    TidyColumn(Table table, String en, String ja, String... aliases) {
        this.table = table;
        this.en = en;
        this.ja = ja;
        this.aliases = List.of(aliases);
    }

    public Table table() {
        return table;
    }

    public String header(Lang lang) {
        return lang.japanese() ? ja : en;
    }

    public String en() {
        return en;
    }

    public String ja() {
        return ja;
    }

    public static List<TidyColumn> of(Table table) {
        List<TidyColumn> out = new ArrayList<>();
        for (TidyColumn c : values()) {
            if (c.table == table) {
                out.add(c);
            }
        }
        return out;
    }

    /** The column of {@code table} a header names (English, Japanese or an alias), or null. */
    public static TidyColumn forHeader(Table table, String header) {
        if (header == null) {
            return null;
        }
        String h = normalise(header);
        for (TidyColumn c : values()) {
            if (c.table != table) {
                continue;
            }
            if (h.equals(c.en) || h.equals(normalise(c.ja))) {
                return c;
            }
            for (String a : c.aliases) {
                if (h.equals(normalise(a))) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String normalise(String s) {
        String t = s.strip().replace('\u3000', ' ').toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        return t.replace(' ', '_').replace('-', '_');
    }
}
