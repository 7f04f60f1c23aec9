// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.graph.GraphExporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Project;
import org.kizuna.store.FileReplace;
import org.kizuna.store.ProjectFile;

/**
 * One export of a project snapshot, as the export dialog runs it on its own thread. The exporter
 * writes into a staging file (or folder) beside the target, named with a leading dot; only when it
 * has finished and nobody cancelled is the staging moved onto the target. Cancel and the final move
 * take the same lock, so a cancel either comes in time (nothing reaches the target) or is too late
 * (the export is reported done): never half of each. Any failure removes the staging.
 */
final class ExportJob {
    /** What to write. {@code sheets} are workbook sheet codes (all when empty). */
    record Settings(ExportFormat format, Lang lang, List<String> sheets, boolean fast) {
        Settings {
            sheets = List.copyOf(sheets);
        }
    }

    /** The steps a job passes, for the dialog's progress line (called on the job's thread). */
    interface Steps {
        /** "write" when the exporter starts, "commit" just before the staging is moved into place. */
        void step(String step) throws InterruptedException;
    }

    private final Project project;
    private final Settings settings;
    private final Path target;
    private final Steps steps;
    private final Object lock = new Object();
    private boolean cancelled;
    private boolean committed;
    private volatile Thread thread;

    ExportJob(Project project, Settings settings, Path target, Steps steps) {
        this.project = project;
        this.settings = settings;
        this.target = target.toAbsolutePath();
        this.steps = steps == null ? s -> {
        } : steps;
    }

    /** The staging path beside the target. */
    static Path staging(Path target) {
        Path t = target.toAbsolutePath();
        return t.resolveSibling("." + t.getFileName() + ".kizuna-export");
    }

    /**
     * Asks the job to stop: it is interrupted and will not move anything into place. Returns false
     * when it is too late (the result is already at the target).
     */
    boolean cancel() {
        synchronized (lock) {
            if (committed) {
                return false;
            }
            cancelled = true;
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        return true;
    }

    /** Runs the export on the calling thread; returns the target. */
    Path run() throws Exception {
        thread = Thread.currentThread();
        Path staging = staging(target);
        try {
            checkCancelled();
            deleteRecursively(staging);
            steps.step("write");
            AnalysisOptions analysis = settings.fast() ? AnalysisOptions.FAST : AnalysisOptions.DEFAULT;
            switch (settings.format()) {
                case XLSX -> WorkbookExporter.export(project, staging, new ExportOptions(settings.lang(),
                        settings.sheets(), null, null, ProjectFile.version(), analysis));
                case CSV -> CsvFolderExporter.export(project, staging, settings.lang(), analysis);
                case GRAPHML -> GraphExporter.graphMl(project, staging);
                case GEXF -> GraphExporter.gexf(project, staging);
                case PICTURE -> throw new IllegalArgumentException("the picture is written by the Network page");
            }
            steps.step("commit");
            synchronized (lock) {
                checkCancelled();
                if (settings.format().folder()) {
                    moveFolderContents(staging, target);
                } else {
                    FileReplace.move(staging, target);
                }
                committed = true;
            }
            return target;
        } finally {
            deleteRecursively(staging);
            Thread.interrupted(); // the thread may be pooled: leave no interrupt behind
            thread = null;
        }
    }

    boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    private void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** The CSV files go into the target folder (created if missing); other files there stay. */
    private static void moveFolderContents(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(from)) {
            s.forEach(files::add);
        }
        for (Path f : files) {
            FileReplace.move(f, to.resolve(f.getFileName().toString()));
        }
    }

    static void deleteRecursively(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // best effort: a staging file left behind carries a leading dot and a telling suffix
        }
    }
}
