// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kizuna.exchange.BadValueException;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportPlan;
import org.kizuna.exchange.ImportReport;
import org.kizuna.exchange.Msg;
import org.kizuna.exchange.Values;
import org.kizuna.exchange.NetworkBuilder;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.TextEncoding;
import org.kizuna.exchange.TextSafety;
import org.kizuna.exchange.TidyColumn;
import org.kizuna.model.Actor;
import org.kizuna.model.ControlCharacters;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.model.Vocabulary;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ImportNetworkCommand.Batch;
import org.kizuna.store.ProjectFile;

/**
 * The strict core of network import from CSV (header row). Every row is checked before anything is
 * written; all problems are collected and reported together with file, line and column, and then
 * nothing is imported (unless bad rows are to be skipped: then the good rows are imported and the
 * skipped ones listed). What passes goes in as one {@link ImportNetworkCommand}, one transaction,
 * one undo step.
 *
 * <p>A file import is pipelined: one thread reads, decodes and checks the rows and hands them over
 * in batches of {@value #BATCH_ROWS} through a queue of {@value #QUEUE_BATCHES} batches (so memory
 * stays bounded) to the calling thread, which inserts them inside the import's one transaction while
 * the reader goes on. The first bad row stops the hand-over; the reader still reads to the end to
 * report every problem, and then the transaction is rolled back, so nothing is imported. A failure on
 * either side rolls back everything written so far.
 *
 * <p>Encoding: UTF-8 with or without a byte-order mark, or Shift_JIS/CP932 as Japanese Excel writes
 * it, detected ({@link TextEncoding}) or given. Files are read as a stream, one record at a time, so
 * memory grows with the actors and ties imported, not with the file's text.
 *
 * <p>Columns are found by header name, in English or Japanese, in any order (the tidy tables' names
 * of {@link TidyColumn}, so the actors.csv and ties.csv Kizuna writes come back, plus the short
 * names below). Unknown columns are reported and not imported. Ties: {@code source,target} (actor
 * names) and optionally {@code kind} (code, Japanese or English label; default "other"),
 * {@code kind_label}, {@code directed} (default: the kind's default), {@code weight}/{@code strength}
 * (positive, default 1), {@code start}/{@code start_year}, {@code end}/{@code end_year} (four-digit
 * years), {@code scope_override}, {@code notes}; {@code scope} (the derived scope Kizuna exports) is
 * read past. Actors: {@code name} and optionally {@code kind} (default "other"), {@code kind_label},
 * {@code sector}, {@code location}, {@code country} (non-blank = abroad), {@code inside_region}
 * (default: true unless a country is given), {@code field}, {@code memberships} (separated by ";"),
 * {@code notes}, {@code matrix_note}, {@code x}, {@code y}.
 *
 * <p>An actor a tie names must exist: in the actors file or the project. Without an actors file
 * (ties only), an actor named by a tie but not in the project is created with kind "other", inside
 * the region, and reported.
 */
public final class CsvNetworkImporter {
    static final Set<String> TIE_COLUMNS = Set.of("source", "target", "kind", "kind_label", "directed", "weight",
            "start", "end", "scope", "scope_override", "notes");
    static final Set<String> ACTOR_COLUMNS = Set.of("name", "kind", "kind_label", "sector", "location", "country",
            "inside_region", "field", "memberships", "notes", "matrix_note", "x", "y");
    /** Problems kept word for word; beyond this they are counted. */
    static final int MAX_LISTED = 1000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,40}");
    /** Rows (actors plus ties) per batch handed from the reading thread to the writing one. */
    static final int BATCH_ROWS = 8192;
    /** Batches waiting in the queue at most: about 30k rows, a few MB. */
    static final int QUEUE_BATCHES = 4;
    private static final Object END = new Object();

    /** What the reading thread puts in the queue when it cannot finish: the import is rolled back. */
    private record Failed(Throwable error) {
    }

    /** Carries the reading side's failure through the writing side's transaction, which rolls back. */
    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private CsvNetworkImporter() {
    }

    /** Told how far the import has got: the phase, a percentage of the input read, rows so far. */
    @FunctionalInterface
    public interface Progress {
        void update(String phase, int percent, long rows);
    }

    /**
     * How to read.
     *
     * @param encoding    the files' encoding, or null to detect it
     * @param skipBadRows import the good rows and list the bad ones, instead of importing nothing
     * @param progress    told every 10% of the input (and when reading is done), or null; called on
     *                    the reading thread
     * @param addKinds    create actor and tie kinds the project does not know (codes of a-z, 0-9, _)
     */
    public record Settings(Charset encoding, boolean skipBadRows, Progress progress, boolean addKinds) {
        public static final Settings DEFAULT = new Settings(null, false, null, false);

        public Settings(Charset encoding, boolean skipBadRows, Progress progress) {
            this(encoding, skipBadRows, progress, false);
        }
    }

    public static ImportReport importFiles(ProjectFile file, Path tiesCsv, Path actorsCsv)
            throws IOException, CsvFormatException {
        return importFiles(file, tiesCsv, actorsCsv, Settings.DEFAULT);
    }

    public static ImportReport importFiles(ProjectFile file, Path tiesCsv, Path actorsCsv, Settings settings)
            throws IOException, CsvFormatException {
        if (tiesCsv == null && actorsCsv == null) {
            throw new IllegalArgumentException("nothing to import");
        }
        long total = (tiesCsv == null ? 0 : Files.size(tiesCsv)) + (actorsCsv == null ? 0 : Files.size(actorsCsv));
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        Planner planner = new Planner(file.snapshot(), settings, total, batch -> put(queue, batch));
        Thread reader = new Thread(() -> {
            Object last;
            try {
                read(planner, tiesCsv, actorsCsv);
                last = END;
            } catch (Throwable e) {
                last = new Failed(e);
            }
            try {
                put(queue, last);
            } catch (Aborted e) {
                // the writer failed first and stopped listening; its error is the one reported
            }
        }, "kizuna-csv-import");
        reader.setDaemon(true);
        reader.start();
        try {
            Object first = take(queue);
            if (first != END) {
                ImportNetworkCommand.Source source = new ImportNetworkCommand.Source() {
                    private Object next = first;

                    @Override
                    public Batch next() {
                        Object item = next != null ? next : take(queue);
                        next = null;
                        if (item instanceof Failed f) {
                            throw new Aborted(f.error());
                        }
                        return item == END ? null : (Batch) item;
                    }
                };
                String label = (tiesCsv != null ? tiesCsv : actorsCsv).getFileName().toString();
                file.execute(new ImportNetworkCommand(EditDescription.of("import", label), source));
            }
        } catch (Aborted e) {
            Throwable cause = e.getCause();
            if (cause instanceof CsvFormatException f) {
                throw f;
            } else if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException r) {
                throw r;
            } else if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            // the writer failed or finished: stop the reader if it still runs (it may wait on a full queue)
            reader.interrupt();
            joinQuietly(reader);
        }
        return new ImportReport(planner.actorCount + " actors and " + planner.tieCount + " ties", planner.actorCount,
                planner.tieCount, planner.created, planner.listed(), planner.skippedRows,
                planner.notes.stream().map(Msg::en).toList());
    }

    /** The reading side: every row read and checked, good ones handed over in batches; throws on bad rows. */
    private static void read(Planner planner, Path tiesCsv, Path actorsCsv) throws IOException, CsvFormatException {
        readFiles(planner, tiesCsv, actorsCsv);
        if (planner.settings.progress() != null && (planner.actorCount > 0 || planner.tieCount > 0)) {
            planner.settings.progress().update("writing " + planner.actorCount + " actors and " + planner.tieCount
                    + " ties to the project", 100, planner.tieCount);
        }
        planner.flush();
    }

    /** Reads the actors file, then the ties file, through the planner; returns the finished plan. */
    private static ImportPlan readFiles(Planner planner, Path tiesCsv, Path actorsCsv)
            throws IOException, CsvFormatException {
        if (actorsCsv != null) {
            try (Reader r = planner.open(actorsCsv)) {
                planner.actors(r, actorsCsv.getFileName().toString());
            }
        }
        if (tiesCsv != null) {
            try (Reader r = planner.open(tiesCsv)) {
                planner.ties(r, tiesCsv.getFileName().toString(), actorsCsv == null ? null
                        : actorsCsv.getFileName().toString());
            }
        }
        return planner.finish();
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            // the writer gave up (it failed): nobody will read this; stop reading
            Thread.currentThread().interrupt();
            throw new Aborted(e);
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Files read and checked against a project, nothing written yet: the plan, the problems of the
     * rows left out (only with skipping on), how many rows that was, and notes, each in both languages.
     */
    public record Checked(ImportPlan plan, List<Problem> skipped, int skippedRows, List<Msg> notes) {
    }

    /**
     * Reads and checks the files against a snapshot without changing anything (the import dialog
     * shows this before the person confirms; the plan is held in memory, unlike the pipelined
     * {@link #importFiles}). Strict settings throw on any bad row, as {@link #importFiles} does.
     */
    public static Checked check(Project project, Path tiesCsv, Path actorsCsv, Settings settings)
            throws IOException, CsvFormatException {
        if (tiesCsv == null && actorsCsv == null) {
            throw new IllegalArgumentException("nothing to import");
        }
        long total = (tiesCsv == null ? 0 : Files.size(tiesCsv)) + (actorsCsv == null ? 0 : Files.size(actorsCsv));
        Planner planner = new Planner(project, settings, total, null);
        ImportPlan plan = readFiles(planner, tiesCsv, actorsCsv);
        return new Checked(plan, planner.listed(), planner.skippedRows, List.copyOf(planner.notes));
    }

    /** Checks the input against a project (strict: any bad row throws), without changing anything. */
    public static ImportPlan plan(Project project, Reader tiesIn, String tiesName, Reader actorsIn, String actorsName)
            throws IOException, CsvFormatException {
        Planner planner = new Planner(project, Settings.DEFAULT, 0, null);
        if (actorsIn != null) {
            planner.actors(actorsIn, actorsName);
        }
        if (tiesIn != null) {
            planner.ties(tiesIn, tiesName, actorsIn == null ? null : actorsName);
        }
        return planner.finish();
    }

    /** Maps a header to the importer's column name (English, Japanese, alias), or null. */
    static String column(String header, boolean ties) {
        String h = header.strip();
        if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
            h = h.substring(1).strip();
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if ((ties ? TIE_COLUMNS : ACTOR_COLUMNS).contains(lower)) {
            return lower;
        }
        TidyColumn c = TidyColumn.forHeader(ties ? TidyColumn.Table.TIES : TidyColumn.Table.ACTORS, h);
        if (c == null) {
            return null;
        }
        return switch (c) {
            case STRENGTH -> "weight";
            case START_YEAR -> "start";
            case END_YEAR -> "end";
            case TIE_KIND -> "kind";
            case TIE_KIND_LABEL -> "kind_label";
            case TIE_NOTES -> "notes";
            default -> c.en();
        };
    }

    /** Reads and checks the records, keeping only what the import needs. */
    private static final class Planner {
        private final Project project;
        private final Settings settings;
        private final long totalBytes;
        private long readBytes;
        private int nextReport = 10;
        private long rowsRead;
        private final List<Problem> problems = new ArrayList<>();
        private int problemCount;
        private int skippedRows;
        private final List<Msg> notes = new ArrayList<>();
        private final Map<String, Long> existing = new HashMap<>();
        /** Where full batches go (the writing thread), or null to keep everything for {@link #finish}. */
        private final Consumer<Batch> out;
        /** Good rows not yet handed over (all of them without {@link #out}). */
        private List<Actor> actors = new ArrayList<>();
        private List<Tie> ties = new ArrayList<>();
        private List<Kind> batchActorKinds = new ArrayList<>();
        private List<Kind> batchTieKinds = new ArrayList<>();
        /** Good actors and ties so far, handed over or not; a new actor's index is its number. */
        private int actorCount;
        private int tieCount;
        private final Map<String, Integer> newIndex = new HashMap<>();
        private final Map<String, Integer> newLine = new HashMap<>();
        private final List<String> created = new ArrayList<>();
        private final Map<String, Kind> tieKinds = new HashMap<>();
        private final List<Kind> knownActorKinds;
        private final List<Kind> knownTieKinds;
        private final List<Kind> newActorKinds = new ArrayList<>();
        private final List<Kind> newTieKinds = new ArrayList<>();
        private final Integer[] years = new Integer[9000];
        private String phase = "";
        private List<String> headerTexts = List.of();

        Planner(Project project, Settings settings, long totalBytes, Consumer<Batch> out) {
            this.project = project;
            this.out = out;
            this.settings = settings;
            this.totalBytes = totalBytes;
            for (Actor a : project.actors()) {
                existing.put(a.name().strip(), a.id());
            }
            for (Kind k : project.tieKinds()) {
                tieKinds.put(k.code(), k);
            }
            knownActorKinds = new ArrayList<>(project.actorKinds());
            knownTieKinds = new ArrayList<>(project.tieKinds());
        }

        /** Opens a file in the given or detected encoding, counting the bytes read for progress. */
        Reader open(Path file) throws IOException, CsvFormatException {
            Charset cs = settings.encoding();
            if (cs == null) {
                try {
                    cs = TextEncoding.detect(file);
                } catch (ExchangeException e) {
                    throw new CsvFormatException(new Problem(null, 0, null, e.message(false), e.message(true)));
                }
                if (!cs.equals(StandardCharsets.UTF_8)) {
                    notes.add(new Msg(file.getFileName() + ": read as Shift_JIS (CP932)",
                            file.getFileName() + "：Shift_JIS（CP932）として読みました"));
                }
            }
            phase = "reading " + file.getFileName();
            InputStream counting = new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read(byte[] b, int off, int n) throws IOException {
                    int k = super.read(b, off, n);
                    if (k > 0) {
                        readBytes += k;
                    }
                    return k;
                }

                @Override
                public int read() throws IOException {
                    int k = super.read();
                    if (k >= 0) {
                        readBytes++;
                    }
                    return k;
                }
            };
            return TextEncoding.open(counting, cs);
        }

        private void tick() {
            rowsRead++;
            if (settings.progress() != null && totalBytes > 0 && (rowsRead & 1023) == 0) {
                int pct = (int) Math.min(100, readBytes * 100 / totalBytes);
                if (pct >= nextReport) {
                    settings.progress().update(phase, pct, rowsRead);
                    nextReport = pct / 10 * 10 + 10;
                }
            }
        }

        /** Hands over a full batch, unless there is nowhere to send it or a bad row already dooms the import. */
        private void rowDone() {
            if (out != null && actors.size() + ties.size() >= BATCH_ROWS && (problemCount == 0 || settings.skipBadRows())) {
                flush();
            }
        }

        /** Hands over what is left (the reader's last step). */
        void flush() {
            // kinds ride with the rows that use them; kinds only seen in bad rows are not created
            if (out != null && (!actors.isEmpty() || !ties.isEmpty())) {
                out.accept(new Batch(batchActorKinds, batchTieKinds, actors, ties));
                actors = new ArrayList<>();
                ties = new ArrayList<>();
                batchActorKinds = new ArrayList<>();
                batchTieKinds = new ArrayList<>();
            }
        }

        private void problem(Problem p) {
            problemCount++;
            if (problems.size() < MAX_LISTED) {
                problems.add(p);
            }
        }

        List<Problem> listed() {
            List<Problem> out = new ArrayList<>(problems);
            if (problemCount > problems.size()) {
                int more = problemCount - problems.size();
                out.add(new Problem(null, 0, null, "… and " + more + " more", "…ほか " + more + " 件"));
            }
            return out;
        }

        /** Reads the header; returns the column name per position (null = not imported), or null when unusable. */
        private String[] header(CsvReader reader, String file, boolean tieTable, Set<String> required)
                throws IOException, CsvFormatException {
            CsvReader.Record head = reader.next();
            if (head == null) {
                problem(new Problem(file, 0, null, "empty file (a header row is needed: " + String.join(",", required) + ")",
                        "空のファイルです（見出し行が必要です：" + String.join(",", required) + "）"));
                return null;
            }
            headerTexts = head.fields();
            String[] cols = new String[head.fields().size()];
            boolean ok = true;
            List<String> unknown = new ArrayList<>();
            List<String> unknownJa = new ArrayList<>();
            for (int i = 0; i < cols.length; i++) {
                String h = head.fields().get(i);
                String c = h.isBlank() ? null : column(h, tieTable);
                if (c == null) {
                    if (!h.isBlank()) {
                        unknown.add("column " + (i + 1) + " '" + h.strip() + "'");
                        unknownJa.add("「" + h.strip() + "」（" + (i + 1) + " 列目）");
                    }
                    continue;
                }
                for (int j = 0; j < i; j++) {
                    if (c.equals(cols[j])) {
                        problem(new Problem(file, head.line(), String.valueOf(i + 1), "column '" + c + "' appears twice",
                                "列「" + c + "」が二度あります"));
                        ok = false;
                    }
                }
                cols[i] = c;
            }
            if (!unknown.isEmpty()) {
                String known = String.join(", ", (tieTable ? TIE_COLUMNS : ACTOR_COLUMNS).stream().sorted().toList());
                notes.add(new Msg(file + " line " + head.line() + ": unknown " + String.join(", ", unknown)
                        + " — not imported (known: " + known + ", or their Japanese names)",
                        file + " " + head.line() + " 行目：不明な列" + String.join("、", unknownJa)
                        + "は取り込みません（既知の列：" + known + "、またはその日本語名）"));
            }
            for (String r : required.stream().sorted().toList()) {
                if (!java.util.Arrays.asList(cols).contains(r)) {
                    problem(new Problem(file, head.line(), null, "the required column '" + r + "' is missing",
                            "必須の列「" + r + "」がありません"));
                    ok = false;
                }
            }
            return ok ? cols : null;
        }

        /** One data row: values by column name (cleaned once), and the row's own problems. */
        private final class Row {
            private static final String UNREAD = new String("");
            final String file;
            final int line;
            final Map<String, Integer> index;
            final String[] headers;
            final List<String> fields;
            final String[] values;
            List<Problem> bad;

            Row(String file, int line, Map<String, Integer> index, String[] headers, List<String> fields) {
                this.file = file;
                this.line = line;
                this.index = index;
                this.headers = headers;
                this.fields = fields;
                this.values = new String[fields.size()];
                java.util.Arrays.fill(values, UNREAD);
            }

            String get(String col) {
                Integer i = index.get(col);
                if (i == null) {
                    return null;
                }
                String v = values[i];
                if (v == UNREAD) {
                    String raw = fields.get(i);
                    v = raw == null || raw.isBlank() ? null : TextSafety.fromCsv(raw.strip());
                    values[i] = v;
                    if (raw != null) {
                        Msg m = NetworkBuilder.controlCharacter(raw, col.equals("notes") || col.equals("matrix_note")
                                ? ControlCharacters.Field.TEXT : ControlCharacters.Field.LINE);
                        if (m != null) {
                            bad(col, m.en(), m.ja());
                        }
                    }
                }
                return v;
            }

            /** The column as the file's header names it. */
            String column(String col) {
                Integer i = index.get(col);
                return i != null ? headers[i] : col;
            }

            void bad(String col, Msg m) {
                bad(col, m.en(), m.ja());
            }

            /** The column's value through one of the record rules; a refused value is the row's problem. */
            <T> T rule(String col, java.util.function.Function<Object, T> rule) {
                String v = get(col);
                if (v == null) {
                    return null;
                }
                try {
                    return rule.apply(v);
                } catch (BadValueException e) {
                    bad(col, e.msg());
                    return null;
                }
            }

            void bad(String col, String message, String messageJa) {
                if (bad == null) {
                    bad = new ArrayList<>(2);
                }
                bad.add(new Problem(file, line, column(col), message, messageJa));
            }

            /** Whether a column holds a control character (each such column is then a problem of the row). */
            boolean controlCharacters() {
                for (String col : index.keySet()) {
                    get(col);
                }
                return bad != null;
            }

            /** Records the row's problems; true when it is good. */
            boolean done() {
                // every column is checked for control characters, also those read only after this
                for (String col : index.keySet()) {
                    get(col);
                }
                if (bad == null) {
                    return true;
                }
                bad.forEach(Planner.this::problem);
                skippedRows++;
                return false;
            }
        }

        /** Reads the rows of a file with the header's shape; ragged rows are problems. */
        private interface RowHandler {
            void row(Row r);
        }

        private void rows(Reader in, String file, boolean tieTable, Set<String> required, RowHandler handler)
                throws IOException, CsvFormatException {
            CsvReader reader = new CsvReader(in, file);
            String[] cols = header(reader, file, tieTable, required);
            if (cols == null) {
                throw new CsvFormatException(listed());
            }
            // messages name a column as the file's header does (終点, target, to …)
            String[] headers = new String[cols.length];
            for (int i = 0; i < cols.length; i++) {
                String h = headerTexts.get(i).strip();
                headers[i] = h.isEmpty() ? String.valueOf(i + 1) : h.replace("\uFEFF", "");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < cols.length; i++) {
                if (cols[i] != null) {
                    index.put(cols[i], i);
                }
            }
            boolean any = false;
            CsvReader.Record rec;
            while ((rec = reader.next()) != null) {
                any = true;
                tick();
                if (rec.fields().size() != cols.length) {
                    int at = Math.min(rec.fields().size(), cols.length);
                    String col = at < cols.length ? headers[at] : String.valueOf(at + 1);
                    problem(new Problem(file, rec.line(), col, rec.fields().size() + " fields, the header has " + cols.length,
                            "項目の数が " + rec.fields().size() + " で、見出しの " + cols.length + " と合いません"));
                    skippedRows++;
                    continue;
                }
                Row row = new Row(file, rec.line(), index, headers, rec.fields());
                if (row.controlCharacters()) {
                    // refused for it; its values are not read further (one problem per bad value)
                    row.done();
                    continue;
                }
                handler.row(row);
            }
            if (!any) {
                notes.add(new Msg(file + ": no data rows", file + "：データの行がありません"));
            }
        }

        void actors(Reader in, String file) throws IOException, CsvFormatException {
            rows(in, file, false, Set.of("name"), r -> {
                String name = r.get("name");
                if (name == null) {
                    r.bad("name", NetworkBuilder.missingName());
                } else if (newIndex.containsKey(name)) {
                    r.bad("name", NetworkBuilder.duplicateName(name, newLine.get(name)));
                } else if (existing.containsKey(name)) {
                    r.bad("name", NetworkBuilder.existingName(name));
                }
                String kind = kind(knownActorKinds, newActorKinds, "actor", r);
                Sector sector = r.rule("sector", NetworkBuilder::sector);
                Boolean inside = bool(r, "inside_region");
                Double x = number(r, "x");
                Double y = number(r, "y");
                if (!r.done()) {
                    return;
                }
                List<String> memberships = new ArrayList<>();
                if (r.get("memberships") != null) {
                    for (String m : r.get("memberships").split("[;；]")) {
                        if (!m.isBlank()) {
                            memberships.add(m.strip());
                        }
                    }
                }
                String country = r.get("country");
                newIndex.put(name, actorCount++);
                newLine.put(name, r.line);
                actors.add(new Actor(0, name, kind == null ? "other" : kind, sector, r.get("location"), country,
                        inside != null ? inside : country == null, r.get("field"), memberships, r.get("notes"),
                        r.get("matrix_note"), x, y));
                rowDone();
            });
        }

        void ties(Reader in, String file, String actorsFile) throws IOException, CsvFormatException {
            rows(in, file, true, Set.of("source", "target"), r -> {
                String source = r.get("source");
                String target = r.get("target");
                if (source == null) {
                    r.bad("source", NetworkBuilder.missingEnd(TidyColumn.SOURCE));
                }
                if (target == null) {
                    r.bad("target", NetworkBuilder.missingEnd(TidyColumn.TARGET));
                }
                if (source != null && source.equals(target)) {
                    r.bad("target", NetworkBuilder.selfLoop(source));
                }
                String kind = kind(knownTieKinds, newTieKinds, "tie", r);
                Boolean directed = bool(r, "directed");
                Double strength = r.rule("weight", NetworkBuilder::strength);
                double weight = strength == null ? 1.0 : strength;
                Integer start = year(r, "start");
                Integer end = year(r, "end");
                if (start != null && end != null && end < start) {
                    r.bad("end", NetworkBuilder.endsBeforeStart(start, end));
                }
                Scope scope = r.rule("scope_override", NetworkBuilder::scope);
                if (actorsFile != null) {
                    for (String[] end2 : new String[][] {{"source", source}, {"target", target}}) {
                        String n = end2[1];
                        if (n != null && !existing.containsKey(n) && !newIndex.containsKey(n)) {
                            r.bad(end2[0], "no actor named '" + n + "' in " + actorsFile + " or the project",
                                    "関係主体「" + n + "」は " + actorsFile + " にもプロジェクトにもありません");
                        }
                    }
                }
                if (!r.done()) {
                    return;
                }
                long s = ref(source);
                long d = ref(target);
                String k = kind == null ? "other" : kind;
                boolean dir = directed != null ? directed : tieKinds.containsKey(k) && tieKinds.get(k).directedByDefault();
                ties.add(new Tie(0, s, d, k, dir, weight, start, end, scope, r.get("notes")));
                tieCount++;
                rowDone();
            });
        }

        ImportPlan finish() throws CsvFormatException {
            if (problemCount > 0 && !settings.skipBadRows()) {
                throw new CsvFormatException(listed());
            }
            // the rows kept for a check (nothing handed over), as the one plan every import makes
            ImportPlan plan = new ImportPlan();
            plan.actorKinds.addAll(newActorKinds);
            plan.tieKinds.addAll(newTieKinds);
            plan.actors.addAll(actors);
            for (Tie t : ties) {
                plan.ties.add(new ImportPlan.TieSpec(ref(t.sourceId()), ref(t.targetId()), t.kind(), t.directed(),
                        t.strength(), t.startYear(), t.endYear(), t.scopeOverride(), t.notes()));
            }
            plan.createdFromTies.addAll(created);
            return plan;
        }

        /** The bulk insert's reference (-(index + 1) for a new actor) as the plan's. */
        private static ImportPlan.Ref ref(long id) {
            return id < 0 ? ImportPlan.Ref.created((int) (-id - 1)) : ImportPlan.Ref.existing(id);
        }

        private long ref(String name) {
            Long id = existing.get(name);
            if (id != null) {
                return id;
            }
            Integer i = newIndex.get(name);
            if (i == null) {
                i = actorCount++;
                newIndex.put(name, i);
                actors.add(Actor.of(name, "other", true));
                created.add(name);
            }
            return -(i + 1L);
        }

        /** Kinds found so far per vocabulary, by the text as written: a file repeats a handful of kinds. */
        private final Map<List<Kind>, Map<String, Kind>> kindHits = new java.util.IdentityHashMap<>();

        /** {@link Vocabulary#find} remembered for texts that matched (the vocabularies only grow). */
        private Kind findKind(List<Kind> kinds, String text) {
            Map<String, Kind> hits = kindHits.computeIfAbsent(kinds, x -> new HashMap<>());
            Kind k = hits.get(text);
            if (k == null) {
                k = Vocabulary.find(kinds, text);
                if (k != null) {
                    hits.put(text, k);
                }
            }
            return k;
        }

        private String kind(List<Kind> kinds, List<Kind> added, String what, Row r) {
            String text = r.get("kind");
            String label = r.get("kind_label");
            if (text == null && label == null) {
                return null;
            }
            Kind k = text == null ? null : findKind(kinds, text);
            if (k == null && label != null) {
                k = findKind(kinds, label);
            }
            if (k != null) {
                return k.code();
            }
            String code = (text == null ? label : text).toLowerCase(Locale.ROOT);
            if (settings.addKinds() && CODE.matcher(code).matches()) {
                Kind kind = new Kind(code, label == null ? code : label, label == null ? code : label, false, false);
                kinds.add(kind);
                added.add(kind);
                if ("tie".equals(what)) {
                    tieKinds.put(code, kind);
                    batchTieKinds.add(kind);
                } else {
                    batchActorKinds.add(kind);
                }
                notes.add(new Msg("added " + what + " kind '" + code + "'",
                        NetworkBuilder.whatJa(what) + "の種別「" + code + "」を追加します"));
                return code;
            }
            String col = text == null ? "kind_label" : "kind";
            String codes = String.join(", ", kinds.stream().map(Kind::code).toList());
            r.bad(col, "unknown " + what + " kind '" + (text == null ? label : text) + "' (one of: " + codes
                    + (settings.addKinds() ? "; a new kind needs a code of a-z, 0-9 and _" : "; --add-kinds adds it")
                    + ")", NetworkBuilder.unknownKindJa(what, text == null ? label : text, codes, settings.addKinds()));
            return null;
        }

        private static Boolean bool(Row r, String col) {
            return r.rule(col, Values::bool);
        }

        private static Double number(Row r, String col) {
            return r.rule(col, Values::number);
        }

        private Integer year(Row r, String col) {
            Integer y = r.rule(col, Values::year);
            if (y == null) {
                return null;
            }
            // one boxed year per value: a large file repeats a few dozen years
            Integer cached = years[y - 1000];
            if (cached == null) {
                cached = y;
                years[y - 1000] = cached;
            }
            return cached;
        }
    }
}
