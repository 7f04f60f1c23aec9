// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the model accepts in each column, written as SQL: the CHECK constraints of schema version 3
 * are generated from these rules, and opening a file checks the same expressions over its rows
 * (files written before version 3, or by a tool that switched CHECKs off, may hold anything). One
 * source for both, so the open-time check and the migration can never disagree.
 *
 * <p>The rules are version 3's file format: once released they are not edited. A later tightening
 * is a new migration with its own rules.
 */
final class ValueRules {
    private ValueRules() {
    }

    /** One rule: {@code check} is a CHECK expression (NULL counts as passing, as in SQLite). */
    record Rule(String check, String what, List<String> shown) {
    }

    /** A column: its declaration without the rule, and the rule (or null). */
    record Column(String name, String declaration, Rule rule) {
    }

    /** A table of version 3: columns, table-level rules, other table constraints, the key shown. */
    record Table(String name, List<Column> columns, List<Rule> tableRules, List<String> constraints,
                 List<String> key) {
        List<Rule> rules() {
            List<Rule> all = new ArrayList<>();
            for (Column c : columns) {
                if (c.rule() != null) {
                    all.add(c.rule());
                }
            }
            all.addAll(tableRules);
            return all;
        }

        /** The CREATE TABLE statement of version 3, under {@code as}. */
        String create(String as) {
            List<String> lines = new ArrayList<>();
            for (Column c : columns) {
                lines.add("    " + c.name() + " " + c.declaration()
                        + (c.rule() == null ? "" : " CHECK (" + c.rule().check() + ")"));
            }
            for (Rule r : tableRules) {
                lines.add("    CHECK (" + r.check() + ")");
            }
            for (String s : constraints) {
                lines.add("    " + s);
            }
            return "CREATE TABLE " + as + " (\n" + String.join(",\n", lines) + "\n)";
        }

        String columnList() {
            return columns.stream().map(Column::name).collect(Collectors.joining(", "));
        }
    }

    // Characters a one-line field may not hold: C0 (NUL is checked apart, GLOB stops at it), DEL, C1,
    // U+FFFE and U+FFFF, as model.ControlCharacters says. char(45) is '-', making ranges.
    private static final String LINE_CLASS = "char(1, 45, 31, 127, 45, 159, 65534, 65535)";
    // Free text may also hold tab (9), line feed (10) and carriage return (13).
    private static final String TEXT_CLASS = "char(1, 45, 8, 11, 12, 14, 45, 31, 127, 45, 159, 65534, 65535)";
    // What Java's String.isBlank() skips, besides the control characters refused anyway.
    private static final String SPACES = "char(32, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8200, 8201, 8202,"
            + " 8232, 8233, 8287, 12288)";
    private static final String MAX_DOUBLE = "1.7976931348623157e308";

    static final String LINE = "text on one line, without control characters";
    static final String TEXT = "text without control characters other than tab and line breaks";

    static Rule line(String c) {
        return new Rule(lineCheck(c), LINE, List.of(c));
    }

    private static String lineCheck(String c) {
        return "typeof(" + c + ") IN ('text', 'null') AND " + c + " NOT GLOB '*[' || " + LINE_CLASS
                + " || ']*' AND instr(CAST(" + c + " AS BLOB), x'00') = 0";
    }

    static Rule name(String c) {
        return new Rule(lineCheck(c) + " AND trim(" + c + ", " + SPACES + ") <> ''",
                "a name: " + LINE + ", not blank", List.of(c));
    }

    static Rule text(String c) {
        return new Rule("typeof(" + c + ") IN ('text', 'null') AND " + c + " NOT GLOB '*[' || " + TEXT_CLASS
                + " || ']*' AND instr(CAST(" + c + " AS BLOB), x'00') = 0", TEXT, List.of(c));
    }

    static Rule int32(String c, boolean nullable) {
        return new Rule("typeof(" + c + ") IN ('integer'" + (nullable ? ", 'null'" : "") + ") AND " + c
                + " BETWEEN -2147483648 AND 2147483647", "a whole number", List.of(c));
    }

    static Rule bool(String c) {
        return new Rule(c + " IN (0, 1)", "0 or 1", List.of(c));
    }

    static Rule oneOf(String c, String... codes) {
        String list = java.util.Arrays.stream(codes).map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        return new Rule(c + " IN (" + list + ")", "one of " + String.join(", ", codes), List.of(c));
    }

    static Rule real(String c) {
        return new Rule("typeof(" + c + ") IN ('real', 'null') AND abs(" + c + ") <= " + MAX_DOUBLE,
                "a finite number", List.of(c));
    }

    private static Column col(String name, String declaration, Rule rule) {
        return new Column(name, declaration, rule);
    }

    private static Column col(String name, String declaration) {
        return new Column(name, declaration, null);
    }

    private static Table table(String name, List<String> key, List<Column> columns, List<Rule> tableRules,
                               List<String> constraints) {
        return new Table(name, columns, tableRules, constraints, key);
    }

    private static final List<String> ID = List.of("id");

    /** Version 3's tables, in the order they are rebuilt (parents first). */
    static final List<Table> V3 = List.of(
            table("profile", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY", new Rule("id = 1", "1 (a project has one profile)",
                            List.of("id"))),
                    col("name", "TEXT NOT NULL", line("name")),
                    col("region", "TEXT", line("region")),
                    col("field", "TEXT", line("field")),
                    col("description", "TEXT", text("description")),
                    col("national_novelty", "TEXT", oneOf("national_novelty", "new", "existing")),
                    col("regional_novelty", "TEXT", oneOf("regional_novelty", "new", "existing")),
                    col("field_fusion", "INTEGER", bool("field_fusion")),
                    col("potential_realised", "INTEGER", bool("potential_realised")),
                    col("cluster_type", "TEXT", oneOf("cluster_type", "untapped_potential", "renewal",
                            "field_fusion", "transplant", "frontier")),
                    col("lifecycle_stage", "TEXT", oneOf("lifecycle_stage", "formation", "development", "maturity")),
                    col("governance_type", "TEXT", oneOf("governance_type", "core_organisation", "managed",
                            "autonomous")),
                    col("vision", "TEXT", text("vision")),
                    col("mission", "TEXT", text("mission")),
                    col("policy", "TEXT", text("policy")),
                    col("goals", "TEXT", text("goals")),
                    col("management_people", "TEXT", text("management_people")),
                    col("assessment_in_region", "TEXT", text("assessment_in_region")),
                    col("assessment_domestic", "TEXT", text("assessment_domestic")),
                    col("assessment_international", "TEXT", text("assessment_international")),
                    col("assessment_governance", "TEXT", text("assessment_governance"))),
                    List.of(), List.of()),
            kindTable("actor_kind", false),
            kindTable("tie_kind", true),
            table("actor", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY"),
                    col("name", "TEXT NOT NULL UNIQUE", name("name")),
                    col("kind", "TEXT NOT NULL REFERENCES actor_kind (code)"),
                    col("sector", "TEXT", oneOf("sector", "industry", "academia", "government", "finance", "other")),
                    col("location", "TEXT", line("location")),
                    col("country", "TEXT", line("country")),
                    col("inside_region", "INTEGER NOT NULL", bool("inside_region")),
                    col("field", "TEXT", line("field")),
                    col("notes", "TEXT", text("notes")),
                    col("matrix_note", "TEXT", text("matrix_note")),
                    col("x", "REAL", real("x")),
                    col("y", "REAL", real("y")),
                    col("pinned", "INTEGER NOT NULL DEFAULT 0", bool("pinned"))),
                    List.of(), List.of()),
            table("actor_membership", List.of("actor_id", "position"), List.of(
                    col("actor_id", "INTEGER NOT NULL REFERENCES actor (id)"),
                    col("position", "INTEGER NOT NULL", int32("position", false)),
                    col("name", "TEXT NOT NULL", line("name"))),
                    List.of(), List.of("PRIMARY KEY (actor_id, position)")),
            table("tie", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY"),
                    col("source_id", "INTEGER NOT NULL REFERENCES actor (id)"),
                    col("target_id", "INTEGER NOT NULL REFERENCES actor (id)"),
                    col("kind", "TEXT NOT NULL REFERENCES tie_kind (code)"),
                    col("directed", "INTEGER NOT NULL", bool("directed")),
                    col("strength", "REAL NOT NULL DEFAULT 1", new Rule("typeof(strength) = 'real' AND strength > 0"
                            + " AND strength <= " + MAX_DOUBLE, "a positive number", List.of("strength"))),
                    col("start_year", "INTEGER", int32("start_year", true)),
                    col("end_year", "INTEGER", int32("end_year", true)),
                    col("scope", "TEXT", oneOf("scope", "in_region", "domestic", "international")),
                    col("notes", "TEXT", text("notes"))),
                    List.of(new Rule("source_id <> target_id", "two different actors",
                                    List.of("source_id", "target_id")),
                            new Rule("start_year IS NULL OR end_year IS NULL OR start_year <= end_year",
                                    "a start no later than the end", List.of("start_year", "end_year"))),
                    List.of()),
            table("element_group", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY"),
                    col("name_ja", "TEXT NOT NULL", name("name_ja")),
                    col("name_en", "TEXT", line("name_en")),
                    col("position", "INTEGER NOT NULL", int32("position", false))),
                    List.of(), List.of()),
            table("element", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY"),
                    col("group_id", "INTEGER REFERENCES element_group (id)"),
                    col("name_ja", "TEXT NOT NULL", name("name_ja")),
                    col("name_en", "TEXT", line("name_en")),
                    col("position", "INTEGER NOT NULL", int32("position", false))),
                    List.of(), List.of()),
            table("matrix_cell", List.of("actor_id", "element_id"), List.of(
                    col("actor_id", "INTEGER NOT NULL REFERENCES actor (id)"),
                    col("element_id", "INTEGER NOT NULL REFERENCES element (id)"),
                    // ◯ and 〇 are look-alikes of ○ that the model reads as ○.
                    col("marks", "TEXT NOT NULL DEFAULT ''", new Rule("typeof(marks) = 'text'"
                            + " AND marks NOT GLOB '*[^◎○△◯〇]*' AND instr(CAST(marks AS BLOB), x'00') = 0",
                            "marks ◎, ○ and △ only", List.of("marks"))),
                    col("annotation", "TEXT", text("annotation"))),
                    List.of(), List.of("PRIMARY KEY (actor_id, element_id)")),
            table("period", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY"),
                    col("name", "TEXT NOT NULL", name("name")),
                    col("position", "INTEGER NOT NULL", int32("position", false)),
                    col("is_plan", "INTEGER NOT NULL DEFAULT 0", bool("is_plan")),
                    col("start_year", "INTEGER", int32("start_year", true)),
                    col("end_year", "INTEGER", int32("end_year", true))),
                    List.of(), List.of()),
            table("progress", List.of("group_id", "period_id"), List.of(
                    col("group_id", "INTEGER NOT NULL REFERENCES element_group (id)"),
                    col("period_id", "INTEGER NOT NULL REFERENCES period (id)"),
                    col("judgement", "TEXT", oneOf("judgement", "considerable", "progress", "insufficient"))),
                    List.of(), List.of("PRIMARY KEY (group_id, period_id)")),
            table("initiative", List.of("group_id", "period_id", "position"), List.of(
                    col("group_id", "INTEGER NOT NULL"),
                    col("period_id", "INTEGER NOT NULL"),
                    col("position", "INTEGER NOT NULL", int32("position", false)),
                    col("text", "TEXT NOT NULL", text("text"))),
                    List.of(), List.of("PRIMARY KEY (group_id, period_id, position)",
                            "FOREIGN KEY (group_id, period_id) REFERENCES progress (group_id, period_id)")),
            table("finding", ID, List.of(
                    col("id", "INTEGER PRIMARY KEY"),
                    col("number", "INTEGER NOT NULL", int32("number", false)),
                    col("text", "TEXT NOT NULL", text("text"))),
                    List.of(), List.of()));

    private static Table kindTable(String name, boolean tie) {
        List<Column> cols = new ArrayList<>(List.of(
                col("code", "TEXT PRIMARY KEY", ValueRules.name("code")),
                col("label_ja", "TEXT NOT NULL", line("label_ja")),
                col("label_en", "TEXT NOT NULL", line("label_en")),
                col("position", "INTEGER NOT NULL", int32("position", false)),
                col("builtin", "INTEGER NOT NULL DEFAULT 0", bool("builtin"))));
        if (tie) {
            cols.add(col("directed_default", "INTEGER NOT NULL DEFAULT 0", bool("directed_default")));
        }
        return table(name, List.of("code"), cols, List.of(), List.of());
    }

    /**
     * Migration 3's SQL: a random file id and an edit serial in project_meta (first, so that the
     * project_meta page is in this migration's journal too), then every table rebuilt with its rules
     * (sqlite.org/lang_altertable.html, "making other kinds of table schema changes"; the migration
     * runner switches foreign keys off around it and runs foreign_key_check before it commits).
     * Rows that break a rule make the copy fail: the migration refuses, it never mends.
     */
    static String migration3() {
        StringBuilder sb = new StringBuilder();
        sb.append("INSERT OR REPLACE INTO project_meta (key, value) VALUES ('file_id', lower(hex(randomblob(16))));\n");
        sb.append("INSERT OR REPLACE INTO project_meta (key, value) VALUES ('edit_serial', '0');\n");
        for (Table t : V3) {
            sb.append(t.create("new_" + t.name())).append(";\n");
            sb.append("INSERT INTO new_").append(t.name()).append(" (").append(t.columnList()).append(") SELECT ")
                    .append(t.columnList()).append(" FROM ").append(t.name()).append(";\n");
            sb.append("DROP TABLE ").append(t.name()).append(";\n");
            sb.append("ALTER TABLE new_").append(t.name()).append(" RENAME TO ").append(t.name()).append(";\n");
        }
        sb.append("CREATE INDEX tie_source ON tie (source_id);\n");
        sb.append("CREATE INDEX tie_target ON tie (target_id)");
        return sb.toString();
    }

    static Map<String, Table> byName() {
        return V3.stream().collect(Collectors.toMap(Table::name, t -> t));
    }
}
