// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kizuna.exchange.sample.SampleProjects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kizuna demo tokachi|kobe|hokuriku OUT}: creates a sample project built from the seed reports. */
@Command(name = "demo", description = "Create a sample project from the seed reports: tokachi, kobe or hokuriku.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SAMPLE", description = "tokachi, kobe or hokuriku.")
    String sample;

    @Parameters(index = "1", paramLabel = "OUT", description = "The .kizuna file to create (must not exist).")
    Path out;

    @Override
    public Integer call() throws Exception {
        String name;
        try {
            name = SampleProjects.require(sample);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UserException(out + " already exists; choose a new file name");
        }
        // Checked again, exclusively, when the finished file is put in place (another process may be quicker).
        SampleProjects.create(name, out);
        spec.commandLine().getOut().println("created " + out.toAbsolutePath() + " (sample " + name + ")");
        return 0;
    }
}
