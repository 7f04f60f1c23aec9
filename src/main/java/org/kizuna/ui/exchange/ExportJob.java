// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.graph.GraphExporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.SafeWrite;

/**
 * One export of a project snapshot, as the export dialog runs it on its own thread. The exporter
 * writes into an exclusive staging file (or folder) beside the target ({@link SafeWrite}: an
 * unpredictable name, never an existing path or a link); only when it has finished, been fsynced and
 * nobody cancelled is the staging moved onto the target. Cancel and the final move
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
    private final SafeWrite.Guard guard;
    private final Steps steps;
    private final Object lock = new Object();
    private boolean cancelled;
    private boolean committed;
    private volatile Thread thread;

    ExportJob(Project project, Settings settings, Path target, SafeWrite.Guard guard, Steps steps) {
        this.project = project;
        this.guard = guard;
        this.settings = settings;
        this.target = target.toAbsolutePath();
        this.steps = steps == null ? s -> {
        } : steps;
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

    /**
     * Runs the export on the calling thread; returns the target. The target is checked first (the
     * guard's project and side files, missing folder, permission…); the output is written into an
     * exclusive staging file or folder ({@link SafeWrite}) and moved into place only when complete.
     */
    Path run() throws Exception {
        thread = Thread.currentThread();
        boolean folder = settings.format().folder();
        try {
            if (folder) {
                SafeWrite.checkFolder(target, guard);
            } else {
                SafeWrite.checkFile(target, guard);
            }
            checkCancelled();
            steps.step("write");
            AnalysisOptions analysis = settings.fast() ? AnalysisOptions.FAST : AnalysisOptions.DEFAULT;
            if (folder) {
                try (SafeWrite.StagingFolder staging = SafeWrite.StagingFolder.beside(target)) {
                    CsvFolderExporter.writeInto(project, staging, settings.lang(), analysis);
                    steps.step("commit");
                    synchronized (lock) {
                        checkCancelled();
                        staging.commit();
                        committed = true;
                    }
                }
            } else {
                try (SafeWrite.Staging staging = SafeWrite.Staging.beside(target)) {
                    try {
                        switch (settings.format()) {
                            case XLSX -> WorkbookExporter.write(project, staging.stream(), new ExportOptions(
                                    settings.lang(), settings.sheets(), null, null, ProjectFile.version(), analysis));
                            case GRAPHML -> GraphExporter.graphMl(project, staging.stream());
                            case GEXF -> GraphExporter.gexf(project, staging.stream());
                            default -> throw new IllegalArgumentException(
                                    "the picture is written by the Network page");
                        }
                    } catch (IOException | UncheckedIOException e) {
                        if (isCancelled()) {
                            throw new CancellationException("export cancelled");
                        }
                        throw SafeWrite.failure(target, e);
                    }
                    steps.step("commit");
                    synchronized (lock) {
                        checkCancelled();
                        staging.commitReplacing(target);
                        committed = true;
                    }
                }
            }
            return target;
        } finally {
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
}
