// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kizuna.exchange.table.TableKind;
import org.kizuna.exchange.table.TsvTables;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kizuna show FILE matrix|progress|findings|actors|ties}: prints one table as TSV. */
@Command(name = "show", description = "Print a table of a project as tab-separated text: "
        + "matrix, progress, findings, actors or ties.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .kizuna project.")
    Path file;

    @Parameters(index = "1", paramLabel = "TABLE", description = "matrix, progress, findings, actors or ties.")
    String table;

    @Override
    public Integer call() throws Exception {
        TableKind kind;
        try {
            kind = TableKind.parse(table);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        String text;
        try (ProjectFile pf = ProjectFile.open(file)) {
            text = TsvTables.render(pf.snapshot(), kind);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
