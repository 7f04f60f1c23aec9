// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kizuna new OUT --name NAME [--framework tokachi13|kobe8]}. */
@Command(name = "new", description = "Create an empty project file.")
final class NewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "The .kizuna file to create (must not exist).")
    Path out;

    @Option(names = "--name", required = true, description = "The cluster's name.")
    String name;

    @Option(names = "--framework", description = "Start the element framework from a template: tokachi13 or kobe8.")
    String framework;

    @Override
    public Integer call() throws Exception {
        FrameworkTemplate template = null;
        if (framework != null) {
            try {
                template = FrameworkTemplate.byCode(framework);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
        }
        String badName = ProjectFile.nameProblem(name);
        if (badName != null) {
            throw new UserException(badName);
        }
        FrameworkTemplate chosen = template;
        // The framework goes into the staging file, so the new file appears complete or not at all.
        try (ProjectFile file = ProjectFile.create(out, name,
                chosen == null ? null : staged -> staged.execute(Edits.addFramework(chosen)))) {
            spec.commandLine().getOut().println("created " + file.path());
        }
        return 0;
    }
}
