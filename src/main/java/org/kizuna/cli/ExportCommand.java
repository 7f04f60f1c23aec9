// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.graph.GraphExporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.PrivateTemp;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kizuna export FILE [--xlsx OUT.xlsx] [--graphml OUT] [--gexf OUT] [--csv DIR] [--sheets …]
 * [--lang ja|en]}: the diagnostic workbook and the exchange formats, any number in one run.
 *
 * <p>Nothing is lost: every target is checked first (a missing folder, no permission, a folder where
 * a file is wanted, the project itself or one of its side files by real identity, any other SQLite
 * file), and one bad target refuses the run before anything is computed; every output is staged
 * through {@link SafeWrite} and all of them take their places only when all are complete.
 */
@Command(name = "export", description = "Export a project: the diagnostic workbook (.xlsx), GraphML, GEXF, CSV.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .kizuna project.")
    Path file;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Write the diagnostic workbook.")
    Path xlsx;

    @Option(names = "--graphml", paramLabel = "OUT.graphml", description = "Write the network as GraphML.")
    Path graphml;

    @Option(names = "--gexf", paramLabel = "OUT.gexf", description = "Write the network as GEXF (Gephi).")
    Path gexf;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write actors.csv, ties.csv, matrix.csv, progress.csv, "
            + "metrics.csv (UTF-8 with BOM) into DIR.")
    Path csv;

    @Option(names = "--sheets", split = ",", paramLabel = "SHEET",
            description = "Only these sheets, comma-separated (default all): ${COMPLETION-CANDIDATES}.",
            completionCandidates = SheetCodes.class)
    List<String> sheets;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of sheet names and labels (default ja).")
    String lang;

    @Option(names = "--font", paramLabel = "NAME", description = "Font the workbook names (default "
            + ExportOptions.DEFAULT_FONT + ").")
    String font;

    @Option(names = "--fast", description = "Figures without betweenness, closeness and cliques (for very large "
            + "networks; as analyze --fast).")
    boolean fast;

    /** The sheet codes, for the help text. */
    static final class SheetCodes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return WorkbookExporter.codes().iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (xlsx == null && graphml == null && gexf == null && csv == null) {
            throw new UserException("name at least one output: --xlsx, --graphml, --gexf or --csv");
        }
        Lang language;
        try {
            language = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (sheets != null && xlsx == null) {
            throw new UserException("--sheets applies to --xlsx only");
        }
        AnalysisOptions analysis = fast ? AnalysisOptions.FAST : AnalysisOptions.DEFAULT;
        ExportOptions options = xlsx == null ? null
                : new ExportOptions(language, sheets, font, null, ProjectFile.version(), analysis);
        if (options != null) {
            try {
                WorkbookExporter.select(options.sheets());
            } catch (ExchangeException e) {
                throw new UserException(e.getMessage());
            }
        }
        // Every target is checked before anything is computed: a bad one refuses the whole run.
        SafeWrite.Guard guard = SafeWrite.Guard.of(file);
        checkTargets(guard);
        if (xlsx != null) {
            PrivateTemp.folder(); // a missing temporary folder is said now, not after the figures
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> written = new ArrayList<>();
        try (ProjectFile pf = ProjectFile.open(file); Stages stages = new Stages()) {
            Project project = pf.snapshot();
            // Every output is written to its staging first; only when all are complete do they take
            // their places, so a failure (a full disk) on the last one leaves none written.
            if (xlsx != null) {
                SafeWrite.Staging s = stages.file(xlsx);
                stage(xlsx, () -> WorkbookExporter.write(project, s.stream(), options));
            }
            if (graphml != null) {
                SafeWrite.Staging s = stages.file(graphml);
                stage(graphml, () -> GraphExporter.graphMl(project, s.stream()));
            }
            if (gexf != null) {
                SafeWrite.Staging s = stages.file(gexf);
                stage(gexf, () -> GraphExporter.gexf(project, s.stream()));
            }
            if (csv != null) {
                CsvFolderExporter.writeInto(project, stages.folder(csv), language, analysis);
            }
            written.addAll(stages.commit());
        } catch (ExchangeException e) {
            throw new UserException(e.getMessage());
        }
        for (Path p : written) {
            out.println("wrote " + p);
        }
        return 0;
    }

    /** One named output: the option that names it, its path, and whether it is a folder (CSV). */
    private record Target(String option, Path path, boolean folder) {
    }

    /** Refuses the run, naming the first bad target and its cause, before any work is done. */
    private void checkTargets(SafeWrite.Guard guard) throws WriteFailure, UserException {
        List<Target> targets = new ArrayList<>();
        for (Target t : new Target[] {new Target("--xlsx", xlsx, false), new Target("--graphml", graphml, false),
                new Target("--gexf", gexf, false), new Target("--csv", csv, true)}) {
            if (t.path() != null) {
                targets.add(t);
            }
        }
        Map<Path, String> seen = new HashMap<>();
        for (Target t : targets) {
            if (t.folder()) {
                SafeWrite.checkFolder(t.path(), guard);
            } else {
                SafeWrite.checkFile(t.path(), guard);
            }
            String earlier = seen.putIfAbsent(identity(t.path()), t.option());
            if (earlier != null) {
                throw new UserException(t.path() + " is named by both " + earlier + " and " + t.option());
            }
        }
    }

    /** A target's path with its folder resolved (links, {@code ..}), to catch one file named twice. */
    private static Path identity(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.getParent() == null ? abs : abs.getParent().toRealPath().resolve(abs.getFileName().toString());
        } catch (java.io.IOException e) {
            return abs;
        }
    }

    /** One output's writing; its failure is named by its target. */
    @FunctionalInterface
    private interface Work {
        void run() throws java.io.IOException;
    }

    private static void stage(Path target, Work work) throws WriteFailure {
        try {
            work.run();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw SafeWrite.failure(target, e);
        }
    }

    /** The outputs' staging files and folder; closing deletes any not committed. */
    private static final class Stages implements AutoCloseable {
        private final List<Path> targets = new ArrayList<>();
        private final List<AutoCloseable> stagings = new ArrayList<>();

        SafeWrite.Staging file(Path target) throws WriteFailure {
            SafeWrite.Staging s = SafeWrite.Staging.beside(target);
            targets.add(target);
            stagings.add(s);
            return s;
        }

        SafeWrite.StagingFolder folder(Path target) throws WriteFailure {
            SafeWrite.StagingFolder s = SafeWrite.StagingFolder.beside(target);
            targets.add(target);
            stagings.add(s);
            return s;
        }

        /** Puts every output in place, in the order named; returns the files written. */
        List<Path> commit() throws WriteFailure {
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < stagings.size(); i++) {
                if (stagings.get(i) instanceof SafeWrite.Staging s) {
                    s.commitReplacing(targets.get(i));
                    written.add(targets.get(i));
                } else {
                    Path dir = targets.get(i);
                    CsvFolderExporter.inOrder(((SafeWrite.StagingFolder) stagings.get(i)).commit())
                            .forEach(f -> written.add(dir.resolve(f.getFileName().toString())));
                }
            }
            return written;
        }

        @Override
        public void close() {
            for (AutoCloseable s : stagings) {
                try {
                    s.close();
                } catch (Exception ignored) {
                    // Staging.close deletes quietly and throws nothing
                }
            }
        }
    }
}
