// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;

/**
 * The strict core of network import from CSV (UTF-8, header row). Every row is checked before
 * anything is written; all problems are collected and reported together with file, line and column,
 * and then nothing is imported. What passes goes in as one {@link ImportNetworkCommand}, one
 * transaction, one undo step.
 *
 * <p>Ties: {@code source,target} (actor names) and optionally {@code kind} (code, Japanese or
 * English label; default "other"), {@code directed} (default: the kind's default), {@code weight}
 * (positive, default 1), {@code start}, {@code end} (years). Actors: {@code name} and optionally
 * {@code kind} (default "other"), {@code sector}, {@code location}, {@code country} (non-blank =
 * abroad), {@code inside_region} (default true), {@code field}, {@code memberships} (separated by
 * ";"). An actor named by a tie but neither in the actors file nor in the project is created with
 * kind "other", inside the region, and reported.
 */
public final class CsvNetworkImporter {
    static final Set<String> TIE_COLUMNS = Set.of("source", "target", "kind", "directed", "weight", "start", "end");
    static final Set<String> ACTOR_COLUMNS = Set.of("name", "kind", "sector", "location", "country", "inside_region",
            "field", "memberships");

    private CsvNetworkImporter() {
    }

    /** What an import added: actor and tie counts and the actors created only because a tie named them. */
    public record ImportReport(int actorsAdded, int tiesAdded, List<String> createdFromTies) {
    }

    /** The checked content, ready to run. */
    public record ImportPlan(List<Actor> actors, List<Tie> ties, List<String> createdFromTies) {
        public ImportNetworkCommand command(String label) {
            return new ImportNetworkCommand(EditDescription.of("import", label), actors, ties);
        }
    }

    public static ImportReport importFiles(ProjectFile file, Path tiesCsv, Path actorsCsv)
            throws IOException, CsvFormatException {
        ImportPlan plan;
        try (Reader ties = Files.newBufferedReader(tiesCsv, StandardCharsets.UTF_8);
             Reader actors = actorsCsv == null ? null : Files.newBufferedReader(actorsCsv, StandardCharsets.UTF_8)) {
            plan = plan(file.snapshot(), ties, tiesCsv.getFileName().toString(), actors,
                    actorsCsv == null ? null : actorsCsv.getFileName().toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CsvFormatException("the CSV files must be UTF-8 (" + e.getMessage() + ")");
        }
        file.execute(plan.command(tiesCsv.getFileName().toString()));
        return new ImportReport(plan.actors().size(), plan.ties().size(), plan.createdFromTies());
    }

    public static ImportPlan plan(Project project, Reader tiesIn, String tiesName, Reader actorsIn, String actorsName)
            throws IOException, CsvFormatException {
        List<String> problems = new ArrayList<>();
        Map<String, Long> existing = new HashMap<>();
        for (Actor a : project.actors()) {
            existing.put(a.name().strip(), a.id());
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, Integer> newIndex = new HashMap<>();
        if (actorsIn != null) {
            Table t = Table.of(CsvReader.read(actorsIn, actorsName), actorsName, ACTOR_COLUMNS, Set.of("name"), problems);
            for (Row r : t.rows) {
                if (r.error() != null) {
                    problems.add(r.error());
                    continue;
                }
                String name = r.get("name");
                if (name == null) {
                    problems.add(r.where("name") + ": an actor needs a name");
                    continue;
                }
                if (existing.containsKey(name)) {
                    problems.add(r.where("name") + ": an actor named '" + name + "' is already in the project");
                    continue;
                }
                if (newIndex.containsKey(name)) {
                    problems.add(r.where("name") + ": '" + name + "' appears twice in the file");
                    continue;
                }
                String kind = kind(project.actorKinds(), r, problems);
                Sector sector = null;
                if (r.get("sector") != null) {
                    try {
                        sector = Sector.parse(r.get("sector"));
                    } catch (IllegalArgumentException e) {
                        problems.add(r.where("sector") + ": unknown sector '" + r.get("sector")
                                + "' (industry/産, academia/学, government/官, finance/金, other/他)");
                    }
                }
                Boolean inside = bool(r, "inside_region", problems);
                List<String> memberships = new ArrayList<>();
                if (r.get("memberships") != null) {
                    for (String m : r.get("memberships").split(";")) {
                        if (!m.isBlank()) {
                            memberships.add(m.strip());
                        }
                    }
                }
                newIndex.put(name, actors.size());
                actors.add(new Actor(0, name, kind == null ? "other" : kind, sector, r.get("location"),
                        r.get("country"), inside == null || inside, r.get("field"), memberships, null, null, null,
                        null));
            }
        }
        Table t = Table.of(CsvReader.read(tiesIn, tiesName), tiesName, TIE_COLUMNS, Set.of("source", "target"),
                problems);
        List<Tie> ties = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Map<String, Kind> tieKinds = new HashMap<>();
        for (Kind k : project.tieKinds()) {
            tieKinds.put(k.code(), k);
        }
        for (Row r : t.rows) {
            if (r.error() != null) {
                problems.add(r.error());
                continue;
            }
            String source = r.get("source");
            String target = r.get("target");
            if (source == null) {
                problems.add(r.where("source") + ": the source is empty");
            }
            if (target == null) {
                problems.add(r.where("target") + ": the target is empty");
            }
            if (source == null || target == null) {
                continue;
            }
            if (source.equals(target)) {
                problems.add(r.where("target") + ": a tie needs two different actors ('" + source + "' twice)");
                continue;
            }
            String kind = kind(project.tieKinds(), r, problems);
            Boolean directed = bool(r, "directed", problems);
            double weight = 1.0;
            if (r.get("weight") != null) {
                try {
                    weight = Double.parseDouble(r.get("weight"));
                    if (!(weight > 0) || Double.isInfinite(weight)) {
                        problems.add(r.where("weight") + ": the weight must be a positive number, not "
                                + r.get("weight"));
                    }
                } catch (NumberFormatException e) {
                    problems.add(r.where("weight") + ": not a number: '" + r.get("weight") + "'");
                }
            }
            Integer start = year(r, "start", problems);
            Integer end = year(r, "end", problems);
            if (start != null && end != null && end < start) {
                problems.add(r.where("end") + ": the tie ends (" + end + ") before it starts (" + start + ")");
                continue;
            }
            long s = ref(source, existing, newIndex, actors, created);
            long d = ref(target, existing, newIndex, actors, created);
            String k = kind == null ? "other" : kind;
            boolean dir = directed != null ? directed : tieKinds.containsKey(k) && tieKinds.get(k).directedByDefault();
            if (weight > 0 && !Double.isInfinite(weight)) {
                ties.add(new Tie(0, s, d, k, dir, weight, start, end, null, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvFormatException(problems);
        }
        return new ImportPlan(List.copyOf(actors), List.copyOf(ties), List.copyOf(created));
    }

    private static long ref(String name, Map<String, Long> existing, Map<String, Integer> newIndex,
                            List<Actor> actors, List<String> created) {
        Long id = existing.get(name);
        if (id != null) {
            return id;
        }
        Integer i = newIndex.get(name);
        if (i == null) {
            i = actors.size();
            newIndex.put(name, i);
            actors.add(Actor.of(name, "other", true));
            created.add(name);
        }
        return -(i + 1L);
    }

    private static String kind(List<Kind> kinds, Row r, List<String> problems) {
        String text = r.get("kind");
        if (text == null) {
            return null;
        }
        Kind k = org.kizuna.model.Vocabulary.find(kinds, text);
        if (k == null) {
            problems.add(r.where("kind") + ": unknown kind '" + text + "' (one of: "
                    + String.join(", ", kinds.stream().map(Kind::code).toList()) + ")");
            return null;
        }
        return k.code();
    }

    private static Boolean bool(Row r, String col, List<String> problems) {
        String v = r.get(col);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "はい" -> {
                return true;
            }
            case "false", "no", "n", "0", "いいえ" -> {
                return false;
            }
            default -> {
                problems.add(r.where(col) + ": expected true or false, not '" + v + "'");
                return null;
            }
        }
    }

    private static Integer year(Row r, String col, List<String> problems) {
        String v = r.get(col);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            problems.add(r.where(col) + ": not a year: '" + v + "'");
            return null;
        }
    }

    /** A data row with its line, values by column name (blank = null). */
    private record Row(String file, int line, Map<String, String> values, String error) {
        String get(String col) {
            String v = values.get(col);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String where(String col) {
            return file + " line " + line + ", column " + col;
        }
    }

    private record Table(List<Row> rows) {
        static Table of(List<CsvReader.Record> records, String file, Set<String> allowed, Set<String> required,
                        List<String> problems) {
            if (records.isEmpty()) {
                problems.add(file + ": empty file (a header row is needed: " + String.join(",", required) + ")");
                return new Table(List.of());
            }
            CsvReader.Record head = records.get(0);
            List<String> cols = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < head.fields().size(); i++) {
                String c = head.fields().get(i).strip().toLowerCase(Locale.ROOT);
                if (!allowed.contains(c)) {
                    problems.add(file + " line " + head.line() + ", column " + (i + 1) + ": unknown column '"
                            + head.fields().get(i) + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList())
                            + ")");
                    ok = false;
                } else if (cols.contains(c)) {
                    problems.add(file + " line " + head.line() + ", column " + (i + 1) + ": column '" + c
                            + "' appears twice");
                    ok = false;
                }
                cols.add(c);
            }
            for (String r : required.stream().sorted().toList()) {
                if (!cols.contains(r)) {
                    problems.add(file + " line " + head.line() + ": the required column '" + r + "' is missing");
                    ok = false;
                }
            }
            if (!ok) {
                return new Table(List.of());
            }
            List<Row> rows = new ArrayList<>();
            for (CsvReader.Record rec : records.subList(1, records.size())) {
                if (rec.fields().size() != cols.size()) {
                    // Kept as a row so problems come out in line order.
                    rows.add(new Row(file, rec.line(), Map.of(), file + " line " + rec.line() + ": "
                            + rec.fields().size() + " fields, the header has " + cols.size()));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) {
                    values.put(cols.get(i), rec.fields().get(i));
                }
                rows.add(new Row(file, rec.line(), values, null));
            }
            return new Table(rows);
        }
    }
}
