// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportPlan;
import org.kizuna.exchange.Msg;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.TextEncoding;
import org.kizuna.exchange.csv.CsvFormatException;
import org.kizuna.exchange.csv.CsvNetworkImporter;
import org.kizuna.exchange.graph.GraphMlImporter;
import org.kizuna.exchange.xlsx.WorkbookImporter;
import org.kizuna.model.Project;
import org.kizuna.store.Command;

/**
 * Reads and checks an input against a project snapshot without writing anything: what the import
 * would add, every problem with its place, and the command that would add it. The check always
 * reads with bad rows skipped, so that every problem is listed and the good rows are ready; the
 * dialog then refuses to import while there are problems unless the person asks to skip them —
 * the same all-or-nothing rule as the CLI's {@code --skip-bad-rows}.
 */
final class ImportCheck {
    /** What to read. {@code encoding} null means detect (CSV only). */
    record Request(ImportViewModel.Source source, Path ties, Path actors, Path file, Charset encoding,
                   boolean addKinds) {
    }

    /**
     * The outcome: counts to add, problems (file, line, column, message), notes (both in English and
     * Japanese), the actors created from ties and the command (null when there is nothing to add).
     */
    record Result(int actors, int ties, int cells, List<Problem> problems, List<Msg> notes,
                  List<String> createdFromTies, Command command) {
        Result {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
            createdFromTies = List.copyOf(createdFromTies);
        }
    }

    private ImportCheck() {
    }

    static Result run(Project project, Request r) throws Exception {
        return switch (r.source()) {
            case CSV -> csv(project, r);
            case XLSX -> xlsx(project, r);
            case GRAPHML -> graphMl(project, r);
        };
    }

    private static Result csv(Project project, Request r) throws Exception {
        for (Path p : new Path[] {r.ties(), r.actors()}) {
            requireFile(p);
        }
        CsvNetworkImporter.Settings settings = new CsvNetworkImporter.Settings(r.encoding(), true, null, r.addKinds());
        try {
            CsvNetworkImporter.Checked c = CsvNetworkImporter.check(project, r.ties(), r.actors(), settings);
            return of(c.plan(), c.skipped(), c.notes(), r.ties() != null ? r.ties() : r.actors());
        } catch (CsvFormatException e) {
            // the header is unusable or the file cannot be decoded: nothing to import at all
            return new Result(0, 0, 0, e.located(), List.of(), List.of(), null);
        }
    }

    private static Result xlsx(Project project, Request r) {
        // WorkbookImporter and GraphMlImporter refuse a missing file themselves, in the same words
        WorkbookImporter imp = WorkbookImporter.read(project, r.file(), new ImportOptions(true, r.addKinds()));
        return of(imp.plan(), imp.problems(), imp.notes(), r.file());
    }

    private static Result graphMl(Project project, Request r) {
        List<Problem> problems = new ArrayList<>();
        List<Msg> notes = new ArrayList<>();
        ImportPlan plan = GraphMlImporter.read(project, r.file(), new ImportOptions(true, r.addKinds()), problems,
                notes);
        return of(plan, problems, notes, r.file());
    }

    private static Result of(ImportPlan plan, List<Problem> problems, List<Msg> notes, Path file) {
        // the importer sets every cell of the sheet's grid; the person wants to know the filled ones
        int filled = (int) plan.cells.stream().filter(c -> !c.marks().isEmpty()
                || (c.annotation() != null && !c.annotation().isBlank())).count();
        return new Result(plan.actors.size(), plan.ties.size(), filled, problems, notes,
                plan.createdFromTies, plan.isEmpty() ? null : plan.toCommand(file.getFileName().toString()));
    }

    private static void requireFile(Path p) {
        if (p != null && !Files.isRegularFile(p)) {
            throw new ExchangeException(new Msg(p + ": no such file", p + "：ファイルがありません"));
        }
    }

    /** "utf-8" / "shift_jis" as the CLI's {@code --encoding}; null or blank means detect. */
    static Charset encoding(String name) {
        return name == null || name.isBlank() ? null : TextEncoding.parse(name);
    }
}
