// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.kizuna.model.Actor;
import org.kizuna.model.ControlCharacters;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Vocabulary;

/**
 * Turns actor and tie records (from a sheet, a CSV file or GraphML) into an {@link ImportPlan},
 * checking each one: names present and unique (in the file and against the project), ties between
 * actors that exist, known kinds, sectors and scopes, positive strengths, four-digit years that do
 * not end before they start. Every problem is recorded with its file, line and column; a record
 * with a problem is left out of the plan.
 */
public final class NetworkBuilder {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,40}");

    private final Project project;
    private final ImportPlan plan;
    private final ImportOptions options;
    private final List<Problem> problems;
    private final List<Msg> notes;
    private final Map<String, Long> existing = new HashMap<>();
    private final Map<String, Integer> created = new HashMap<>();
    private final Map<String, Integer> createdLine = new HashMap<>();
    private final List<Kind> actorKinds;
    private final List<Kind> tieKinds;

    /** Where a record came from, and how to name its columns in messages. */
    public record Where(String file, int line, Map<TidyColumn, String> columnNames) {
        String column(TidyColumn c) {
            String n = columnNames == null ? null : columnNames.get(c);
            return n == null ? c.en() : n;
        }
    }

    public NetworkBuilder(Project project, ImportPlan plan, ImportOptions options, List<Problem> problems,
                          List<Msg> notes) {
        this.project = project;
        this.plan = plan;
        this.options = options;
        this.problems = problems;
        this.notes = notes;
        for (Actor a : project.actors()) {
            existing.put(a.name().strip(), a.id());
        }
        this.actorKinds = new ArrayList<>(project.actorKinds());
        this.tieKinds = new ArrayList<>(project.tieKinds());
    }

    public ImportPlan plan() {
        return plan;
    }

    /** The actor a name refers to (one this import creates, or one of the project's), or null. */
    public ImportPlan.Ref actorRef(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        Integer i = created.get(n);
        if (i != null) {
            return ImportPlan.Ref.created(i);
        }
        Long id = existing.get(n);
        return id == null ? null : ImportPlan.Ref.existing(id);
    }

    /** Adds an actor of kind "other" for a name the matrix uses but no actor has. */
    public ImportPlan.Ref addPlainActor(String name, Where where) {
        Kind other = Vocabulary.find(actorKinds, "other");
        String kind = other == null ? actorKinds.get(0).code() : other.code();
        plan.actors.add(Actor.of(name.strip(), kind, true));
        created.put(name.strip(), plan.actors.size() - 1);
        createdLine.put(name.strip(), where.line());
        String at = where.file() == null ? "" : where.file() + ":" + where.line() + ": ";
        notes.add(new Msg(at + "added actor '" + name.strip() + "' (kind " + kind
                + "), named in the matrix but not among the actors", at + "マトリクスの機関「" + name.strip()
                + "」は関係主体にないため、関係主体として追加します（種別 " + kind + "）"));
        return ImportPlan.Ref.created(plan.actors.size() - 1);
    }

    /** Checks an actor record and adds it to the plan; false (and problems recorded) when it is bad. */
    public boolean actor(Map<TidyColumn, Object> v, Where where) {
        int before = problems.size();
        if (refuseControlCharacters(v, where)) {
            // the record is refused for it; its values are not read further (one problem per bad value)
            return false;
        }
        String name = Values.text(v.get(TidyColumn.NAME));
        if (name == null) {
            problem(where, TidyColumn.NAME, missingName());
        } else if (created.containsKey(name)) {
            problem(where, TidyColumn.NAME, duplicateName(name, createdLine.get(name)));
        } else if (existing.containsKey(name)) {
            problem(where, TidyColumn.NAME, existingName(name));
        }
        String kind = kind(v, TidyColumn.KIND, TidyColumn.KIND_LABEL, actorKinds, plan.actorKinds, "actor", where);
        Sector sector = get(where, TidyColumn.SECTOR, () -> sector(v.get(TidyColumn.SECTOR)));
        Boolean inside = get(where, TidyColumn.INSIDE_REGION, () -> Values.bool(v.get(TidyColumn.INSIDE_REGION)));
        Double x = get(where, TidyColumn.X, () -> Values.number(v.get(TidyColumn.X)));
        Double y = get(where, TidyColumn.Y, () -> Values.number(v.get(TidyColumn.Y)));
        if (problems.size() > before) {
            return false;
        }
        String memberships = Values.text(v.get(TidyColumn.MEMBERSHIPS));
        List<String> list = new ArrayList<>();
        if (memberships != null) {
            for (String m : memberships.split("[;；]")) {
                if (!m.isBlank()) {
                    list.add(m.strip());
                }
            }
        }
        String country = Values.text(v.get(TidyColumn.COUNTRY));
        plan.actors.add(new Actor(0, name, kind, sector, Values.text(v.get(TidyColumn.LOCATION)), country,
                inside == null ? country == null : inside, Values.text(v.get(TidyColumn.FIELD)), list,
                Values.text(v.get(TidyColumn.NOTES)), Values.text(v.get(TidyColumn.MATRIX_NOTE)), x, y));
        created.put(name, plan.actors.size() - 1);
        createdLine.put(name, where.line());
        return true;
    }

    /** Checks a tie record and adds it to the plan; false (and problems recorded) when it is bad. */
    public boolean tie(Map<TidyColumn, Object> v, Where where) {
        int before = problems.size();
        if (refuseControlCharacters(v, where)) {
            // the record is refused for it; its values are not read further (one problem per bad value)
            return false;
        }
        ImportPlan.Ref source = end(v, TidyColumn.SOURCE, where);
        ImportPlan.Ref target = end(v, TidyColumn.TARGET, where);
        if (source != null && source.equals(target)) {
            problem(where, TidyColumn.TARGET, selfLoop(Values.text(v.get(TidyColumn.SOURCE))));
        }
        String kind = kind(v, TidyColumn.TIE_KIND, TidyColumn.TIE_KIND_LABEL, tieKinds, plan.tieKinds, "tie", where);
        Boolean directed = get(where, TidyColumn.DIRECTED, () -> Values.bool(v.get(TidyColumn.DIRECTED)));
        Double strength = get(where, TidyColumn.STRENGTH, () -> strength(v.get(TidyColumn.STRENGTH)));
        Integer start = get(where, TidyColumn.START_YEAR, () -> Values.year(v.get(TidyColumn.START_YEAR)));
        Integer end = get(where, TidyColumn.END_YEAR, () -> Values.year(v.get(TidyColumn.END_YEAR)));
        if (start != null && end != null && end < start) {
            problem(where, TidyColumn.END_YEAR, endsBeforeStart(start, end));
        }
        Scope scope = get(where, TidyColumn.SCOPE_OVERRIDE, () -> scope(v.get(TidyColumn.SCOPE_OVERRIDE)));
        if (problems.size() > before) {
            return false;
        }
        if (directed == null) {
            Kind k = Vocabulary.find(tieKinds, kind);
            directed = k != null && k.directedByDefault();
        }
        plan.ties.add(new ImportPlan.TieSpec(source, target, kind, directed, strength == null ? 1.0 : strength, start,
                end, scope, Values.text(v.get(TidyColumn.TIE_NOTES))));
        return true;
    }

    private ImportPlan.Ref end(Map<TidyColumn, Object> v, TidyColumn column, Where where) {
        String name = Values.text(v.get(column));
        if (name == null) {
            problem(where, column, missingEnd(column));
            return null;
        }
        ImportPlan.Ref ref = actorRef(name);
        if (ref == null) {
            problem(where, column, "no actor named '" + name + "' in the file or the project",
                    "関係主体「" + name + "」はファイルにもプロジェクトにもありません");
        }
        return ref;
    }

    private String kind(Map<TidyColumn, Object> v, TidyColumn codeColumn, TidyColumn labelColumn, List<Kind> known,
                        List<Kind> toCreate, String what, Where where) {
        String text = Values.text(v.get(codeColumn));
        String label = Values.text(v.get(labelColumn));
        if (text == null) {
            text = label;
        }
        if (text == null) {
            Kind other = Vocabulary.find(known, "other");
            if (other != null) {
                return other.code();
            }
            problem(where, codeColumn, "a " + what + " needs a kind", whatJa(what) + "の種別がありません");
            return null;
        }
        Kind k = Vocabulary.find(known, text);
        if (k == null && label != null) {
            k = Vocabulary.find(known, label);
        }
        if (k != null) {
            return k.code();
        }
        String code = text.toLowerCase(Locale.ROOT);
        if (options.addKinds() && CODE.matcher(code).matches()) {
            Kind added = new Kind(code, label == null ? text : label, label == null ? text : label, false, false);
            known.add(added);
            toCreate.add(added);
            notes.add(new Msg("added " + what + " kind '" + code + "'", whatJa(what) + "の種別「" + code + "」を追加します"));
            return code;
        }
        String codes = String.join(", ", known.stream().map(Kind::code).toList());
        problem(where, codeColumn, "unknown " + what + " kind '" + text + "' (known: " + codes
                + (options.addKinds() ? "; a new kind needs a code of a-z, 0-9 and _" : "; --add-kinds adds it") + ")",
                unknownKindJa(what, text, codes, options.addKinds()));
        return null;
    }

    // ---------------------------------------------------------------- the record rules
    // One set, applied by every import: NetworkBuilder's records (xlsx, GraphML) and the CSV
    // importer's streamed rows call these same functions, so a value is accepted or refused, and
    // worded, alike whatever the format.

    /** An actor's name written twice in the input. */
    public static Msg duplicateName(String name, int firstLine) {
        return new Msg("duplicate actor name '" + name + "' (first at line " + firstLine + ")",
                "関係主体「" + name + "」が重複しています（最初は " + firstLine + " 行目）");
    }

    /** An actor's name the project has already. */
    public static Msg existingName(String name) {
        return new Msg("an actor named '" + name + "' exists already in the project",
                "関係主体「" + name + "」はプロジェクトに既にあります");
    }

    public static Msg missingName() {
        return new Msg("an actor needs a name", "関係主体の名称がありません");
    }

    /** A tie without its source or target. */
    public static Msg missingEnd(TidyColumn column) {
        return new Msg("a tie needs a " + column.en() + " actor", "連携の" + column.ja() + "がありません");
    }

    public static Msg selfLoop(String name) {
        return new Msg("a tie needs two different actors ('" + name + "' twice)",
                "連携には異なる二つの関係主体が必要です（「" + name + "」が両端）");
    }

    public static Msg endsBeforeStart(int start, int end) {
        return new Msg("a tie cannot end (" + end + ") before it starts (" + start + ")",
                "終了年（" + end + "）が開始年（" + start + "）より前です");
    }

    /** A tie's strength: a positive number, or null when blank. */
    public static Double strength(Object v) {
        Double d = Values.number(v);
        if (d != null && !(d > 0)) {
            throw new BadValueException("a tie's strength must be a positive number, not " + Values.text(v),
                    "連携の強さは正の数にしてください（「" + Values.text(v) + "」は不可）");
        }
        return d;
    }

    /** A sector by code or label (産学官金他), or null when blank. */
    public static Sector sector(Object v) {
        String text = Values.text(v);
        try {
            return Sector.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadValueException("unknown sector '" + text
                    + "' (industry/産, academia/学, government/官, finance/金, other/他)",
                    "セクターが不明です：「" + text + "」（産・学・官・金・他、または industry/academia/government/finance/other）");
        }
    }

    /** A scope override by code or label, or null when blank. */
    public static Scope scope(Object v) {
        String text = Values.text(v);
        try {
            return Scope.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadValueException(e.getMessage(), unknownScopeJa(text));
        }
    }

    /** Records a problem for every value of the record that holds a control character; true if there was one. */
    private boolean refuseControlCharacters(Map<TidyColumn, Object> v, Where where) {
        boolean any = false;
        for (Map.Entry<TidyColumn, Object> e : v.entrySet()) {
            if (e.getValue() instanceof String text) {
                Msg m = controlCharacter(text, field(e.getKey()));
                if (m != null) {
                    problem(where, e.getKey(), m.en(), m.ja());
                    any = true;
                }
            }
        }
        return any;
    }

    /** Notes take tab and line breaks; names, codes and every other column are one line. */
    public static ControlCharacters.Field field(TidyColumn c) {
        return c == TidyColumn.NOTES || c == TidyColumn.MATRIX_NOTE || c == TidyColumn.TIE_NOTES
                ? ControlCharacters.Field.TEXT : ControlCharacters.Field.LINE;
    }

    /**
     * The import's one check for control characters ({@link ControlCharacters}): the problem with a
     * value, or null when it is clean. Such text would make GraphML and GEXF exports unreadable.
     */
    public static Msg controlCharacter(String text, ControlCharacters.Field field) {
        int at = ControlCharacters.firstBad(text, field);
        if (at < 0) {
            return null;
        }
        String name = ControlCharacters.name(text.charAt(at));
        boolean line = field == ControlCharacters.Field.LINE;
        return new Msg("the control character " + name + " (at character " + (at + 1) + ") is not allowed"
                + (line ? " here: names and codes are one line, without tabs or line breaks" : ""),
                "制御文字 " + name + "（" + (at + 1) + " 文字目）は使えません"
                + (line ? "（名称やコードは一行で、タブや改行も使えません）" : ""));
    }

    /** Evaluates a parse, recording its failure as a problem of the column. */
    private <T> T get(Where where, TidyColumn column, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (BadValueException e) {
            problem(where, column, e.getMessage(), e.ja());
            return null;
        }
    }

    private void problem(Where where, TidyColumn column, Msg m) {
        problem(where, column, m.en(), m.ja());
    }

    /** Records a problem of the record at {@code where}, worded in English and Japanese. */
    public void problem(Where where, TidyColumn column, String message, String messageJa) {
        problems.add(new Problem(where.file(), where.line(), column == null ? null : where.column(column), message,
                messageJa));
    }

    /** "関係主体" or "連携" for "actor" or "tie". */
    public static String whatJa(String what) {
        return "tie".equals(what) ? "連携" : "関係主体";
    }

    /** The Japanese for an unknown kind; the UI's option to add kinds stands for --add-kinds. */
    public static String unknownKindJa(String what, String text, String codes, boolean addKinds) {
        return whatJa(what) + "の種別「" + text + "」は不明です（既知：" + codes
                + (addKinds ? "。新しい種別のコードは a-z・0-9・_ で書きます" : "。「未知の種別を追加する」で追加できます") + "）";
    }

    /** The Japanese for an unknown scope. */
    public static String unknownScopeJa(String text) {
        return "範囲が不明です：「" + text + "」（" + String.join("・", java.util.Arrays.stream(Scope.values())
                .map(Scope::labelJa).toList()) + "）";
    }

    /** Maps header names to columns; unknown headers are reported (once per file), not silently dropped. */
    public static Map<Integer, TidyColumn> mapHeaders(List<String> headers, TidyColumn.Table table, String file,
                                                      List<Msg> notes, Map<TidyColumn, String> names) {
        Map<Integer, TidyColumn> map = new HashMap<>();
        EnumMap<TidyColumn, Integer> seen = new EnumMap<>(TidyColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            TidyColumn c = TidyColumn.forHeader(table, h);
            if (c == null || seen.containsKey(c)) {
                unknown.add(h.strip());
                continue;
            }
            seen.put(c, i);
            map.put(i, c);
            names.put(c, h.strip());
        }
        if (!unknown.isEmpty()) {
            notes.add(new Msg(file + ": column" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are") + " not part of the " + table.name().toLowerCase(Locale.ROOT)
                    + " table; not imported (Kizuna keeps no custom attributes)", file + "：列「" + String.join("」「", unknown)
                    + "」は" + (table == TidyColumn.Table.ACTORS ? "関係主体" : "連携")
                    + "の表にないため取り込みません（Kizuna は独自の属性を保持しません）"));
        }
        return map;
    }
}
