// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.Lang;
import org.kizuna.exchange.csvout.CsvFolderExporter;
import org.kizuna.exchange.graph.GraphExporter;
import org.kizuna.exchange.xlsx.ExportOptions;
import org.kizuna.exchange.xlsx.WorkbookExporter;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kizuna export FILE [--xlsx OUT.xlsx] [--graphml OUT] [--gexf OUT] [--csv DIR] [--sheets …]
 * [--lang ja|en]}: the diagnostic workbook and the exchange formats, any number in one run.
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
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile pf = ProjectFile.open(file)) {
            Project project = pf.snapshot();
            if (xlsx != null) {
                ExportOptions options = new ExportOptions(language, sheets, font, null, ProjectFile.version(), analysis);
                WorkbookExporter.export(project, xlsx, options);
                out.println("wrote " + xlsx);
            }
            if (graphml != null) {
                GraphExporter.graphMl(project, graphml);
                out.println("wrote " + graphml);
            }
            if (gexf != null) {
                GraphExporter.gexf(project, gexf);
                out.println("wrote " + gexf);
            }
            if (csv != null) {
                for (Path p : CsvFolderExporter.export(project, csv, language, analysis)) {
                    out.println("wrote " + p);
                }
            }
        } catch (ExchangeException e) {
            throw new UserException(e.getMessage());
        }
        return 0;
    }
}
