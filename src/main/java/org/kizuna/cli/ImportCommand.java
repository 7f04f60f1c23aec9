// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportReport;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.TextEncoding;
import org.kizuna.exchange.csv.CsvFormatException;
import org.kizuna.exchange.csv.CsvNetworkImporter;
import org.kizuna.exchange.graph.GraphMlImporter;
import org.kizuna.exchange.xlsx.WorkbookImporter;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.StoreException;
import org.kizuna.store.WriteFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kizuna import FILE (--ties CSV [--actors CSV] | --actors CSV | --xlsx IN.xlsx | --graphml IN.graphml)
 * [--encoding ENC] [--skip-bad-rows] [--add-kinds]}: all or nothing (unless bad rows are skipped),
 * one undo step. CSV progress goes to stderr every 10% when run from a terminal or with --progress.
 */
@Command(name = "import", description = "Import actors and ties (CSV, GraphML) or a whole workbook (.xlsx) into a "
        + "project: all or nothing, one undo step.")
final class ImportCommand implements Callable<Integer> {
    /** Problems printed in full before the rest are counted. */
    static final int SHOWN = 50;
    /** Problems named in the one-line refusal; --verbose lists them all. */
    static final int FIRST = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .kizuna project to import into.")
    Path file;

    @Option(names = "--ties", paramLabel = "CSV",
            description = "Ties: source,target[,kind,directed,weight,start,end,scope_override,notes] "
                    + "(headers in English or Japanese).")
    Path ties;

    @Option(names = "--actors", paramLabel = "CSV",
            description = "Actors: name[,kind,sector,location,country,inside_region,field,memberships,notes,x,y].")
    Path actors;

    @Option(names = "--xlsx", paramLabel = "IN.xlsx",
            description = "A workbook laid out like Kizuna's: Actors, Ties, matrix and progress sheets.")
    Path xlsx;

    @Option(names = "--graphml", paramLabel = "IN.graphml", description = "A GraphML network (Gephi, yEd, igraph, ours).")
    Path graphml;

    @Option(names = "--encoding", paramLabel = "ENC",
            description = "Encoding of the CSV files: utf-8 or shift_jis (cp932); detected when not given.")
    String encoding;

    @Option(names = "--skip-bad-rows", description = "Import the good rows and list the bad ones, instead of "
            + "importing nothing.")
    boolean skipBadRows;

    @Option(names = "--progress", description = "Report a CSV import's progress on stderr (the default when run "
            + "from a terminal; scripts get only the one-line result or refusal there).")
    boolean progress;

    @Option(names = "--add-kinds", description = "Create actor and tie kinds the project does not know.")
    boolean addKinds;

    @Override
    public Integer call() throws Exception {
        boolean csv = ties != null || actors != null;
        int sources = (csv ? 1 : 0) + (xlsx != null ? 1 : 0) + (graphml != null ? 1 : 0);
        if (sources != 1) {
            throw new UserException(sources == 0 ? "name what to import: --ties/--actors (CSV), --xlsx or --graphml"
                    : "import one kind of input at a time: --ties/--actors (CSV), --xlsx or --graphml");
        }
        if (encoding != null && !csv) {
            throw new UserException("--encoding applies to CSV files (--ties, --actors)");
        }
        for (Path p : new Path[] {ties, actors, xlsx, graphml}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new UserException("no such file: " + p);
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such project: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectFile pf = ProjectFile.open(file)) {
            ImportReport r;
            if (csv) {
                r = importCsv(pf, err);
            } else {
                ImportOptions options = new ImportOptions(skipBadRows, addKinds);
                r = xlsx != null ? WorkbookImporter.importInto(pf, xlsx, options)
                        : GraphMlImporter.importInto(pf, graphml, options);
            }
            report(r, out, csv);
        } catch (StoreException e) {
            // a full disk is named as such (one line), whether SQLite or the reading side saw it first;
            // the transaction was rolled back, so the project is as it was
            if (SafeWrite.classify(e) == WriteFailure.Cause.NO_SPACE) {
                restore();
                throw SafeWrite.failure(file, e);
            }
            throw e;
        } catch (ExchangeException e) {
            if (e.problems().isEmpty()) {
                throw new UserException(e.getMessage());
            }
            throw problems(e.problems().size(), e.problems().stream().map(Problem::toString).toList());
        }
        return 0;
    }

    /**
     * After a write failed part-way (a full disk while SQLite spilled pages into the file), the file's
     * bytes are those of the unfinished transaction and its journal holds the original pages: SQLite
     * rolls them back when the file is next opened. Open it once now, so the project is as it was
     * when this command ends rather than at some later open.
     */
    private void restore() {
        try (ProjectFile again = ProjectFile.open(file)) {
            again.snapshot();
        } catch (Exception | LinkageError e) {
            // the journal stays; SQLite rolls it back at the next open
        }
    }

    private ImportReport importCsv(ProjectFile pf, PrintWriter err) throws Exception {
        Charset cs;
        try {
            cs = encoding == null ? null : TextEncoding.parse(encoding);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        long start = System.nanoTime();
        boolean show = progress || System.console() != null;
        CsvNetworkImporter.Settings settings = new CsvNetworkImporter.Settings(cs, skipBadRows, (phase, pct, rows) -> {
            if (!show) {
                return;
            }
            if (phase.startsWith("writing")) {
                err.printf(Locale.ROOT, "import: %s (read in %.1f s)%n", phase, (System.nanoTime() - start) / 1e9);
            } else {
                err.printf(Locale.ROOT, "import: %s %d%% (%,d rows)%n", phase, pct, rows);
            }
            err.flush();
        }, addKinds);
        try {
            return CsvNetworkImporter.importFiles(pf, ties, actors, settings);
        } catch (CsvFormatException e) {
            throw problems(e.problems().size(), e.problems());
        }
    }

    /** What any import did, the same for every format (CSV problems keep their "line 3, column x" wording). */
    private static void report(ImportReport r, PrintWriter out, boolean csv) {
        out.println("imported " + r.summary());
        if (!r.createdFromTies().isEmpty()) {
            out.println("created " + r.createdFromTies().size()
                    + " actors named only in the ties (kind other, inside the region): "
                    + String.join(", ", r.createdFromTies().subList(0, Math.min(SHOWN, r.createdFromTies().size())))
                    + (r.createdFromTies().size() > SHOWN ? ", …" : ""));
        }
        r.notes().forEach(n -> out.println("note: " + n));
        if (r.skippedRows() > 0) {
            out.println("skipped " + r.skippedRows() + " bad row" + (r.skippedRows() == 1 ? "" : "s") + ":");
            print(out, r.skipped().stream().map(p -> csv ? CsvFormatException.text(p) : p.toString()).toList());
        }
    }

    private static void print(PrintWriter out, List<String> lines) {
        for (int i = 0; i < Math.min(SHOWN, lines.size()); i++) {
            out.println("  " + lines.get(i));
        }
        if (lines.size() > SHOWN) {
            out.println("  … " + (lines.size() - SHOWN) + " more");
        }
    }

    /** Bad input as one line: the count and the first few problems; every one of them with --verbose. */
    private static UserException problems(int count, List<String> lines) {
        if (lines.size() == 1) {
            return new UserException(lines.get(0));
        }
        StringBuilder sb = new StringBuilder().append(count).append(" problems, nothing imported: ");
        for (int i = 0; i < Math.min(FIRST, lines.size()); i++) {
            sb.append(i == 0 ? "" : "; ").append(lines.get(i));
        }
        if (lines.size() > FIRST) {
            sb.append("; … (all ").append(count).append(" with --verbose)");
        }
        return new UserException(sb.toString(), lines);
    }
}
