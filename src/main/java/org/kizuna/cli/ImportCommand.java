// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kizuna.exchange.csv.CsvFormatException;
import org.kizuna.exchange.csv.CsvNetworkImporter;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kizuna import FILE --ties ties.csv [--actors actors.csv]}: all or nothing, one undo step. */
@Command(name = "import", description = "Import actors and ties from CSV files (UTF-8, header row) into a project.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .kizuna project to import into.")
    Path file;

    @Option(names = "--ties", required = true, paramLabel = "CSV",
            description = "Ties: source,target[,kind,directed,weight,start,end].")
    Path ties;

    @Option(names = "--actors", paramLabel = "CSV",
            description = "Actors: name[,kind,sector,location,country,inside_region,field,memberships].")
    Path actors;

    @Override
    public Integer call() throws Exception {
        try (ProjectFile pf = ProjectFile.open(file)) {
            CsvNetworkImporter.ImportReport r;
            try {
                r = CsvNetworkImporter.importFiles(pf, ties, actors);
            } catch (CsvFormatException e) {
                throw new UserException(e.getMessage());
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UserException("no such file: " + e.getFile());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("imported " + r.actorsAdded() + " actors and " + r.tiesAdded() + " ties");
            if (!r.createdFromTies().isEmpty()) {
                out.println("created " + r.createdFromTies().size()
                        + " actors named only in the ties (kind other, inside the region): "
                        + String.join(", ", r.createdFromTies()));
            }
        }
        return 0;
    }
}
