// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless CLI's root. Subcommands are thin: parse, call services, print. User errors (a bad
 * file, a bad row) go to stderr as one clear line with a non-zero exit, never as a stack trace.
 */
@Command(name = "kizuna", mixinStandardHelpOptions = true, versionProvider = KizunaCommand.Version.class,
        description = "Kizuna: diagnose regional industrial clusters (headless commands).",
        subcommands = {
            NewCommand.class,
            InfoCommand.class,
            DemoCommand.class,
            ShowCommand.class,
            ImportCommand.class,
            AnalyzeCommand.class,
            BenchCommand.class,
        })
public final class KizunaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
    }

    /** Runs the CLI and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new KizunaCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ProjectFileException || ex instanceof StoreException
                    || ex instanceof UserException || ex instanceof java.io.IOException) {
                commandLine.getErr().println("kizuna: " + ex.getMessage());
                commandLine.getErr().flush();
                return ex instanceof ProjectFileException pfe ? exitCode(pfe) : 1;
            }
            throw ex;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Exit codes: 1 user error, 2 usage (picocli), 3 file refused, 4 file in use. */
    static int exitCode(ProjectFileException e) {
        return e.reason() == ProjectFileException.Reason.IN_USE ? 4 : 3;
    }

    /** Reports the version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Kizuna " + ProjectFile.version()};
        }
    }
}
