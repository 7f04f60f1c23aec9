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
            ExportCommand.class,
            BenchCommand.class,
        })
public final class KizunaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
    }

    /** Exit code of a failure nobody foresaw (a bug, or the machine ran out of memory). */
    static final int INTERNAL = 5;

    /**
     * Runs the CLI and returns the exit code. Whatever goes wrong, the user sees one {@code kizuna:}
     * line naming the cause; {@code --verbose} (anywhere on the line) adds the details behind it
     * (the stack trace, the libraries' warnings).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        String[] rest = java.util.Arrays.stream(args).filter(a -> !"--verbose".equals(a)).toArray(String[]::new);
        Quiet.libraries(verbose);
        CommandLine cl = new CommandLine(new KizunaCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> fail(ex, commandLine.getErr(), verbose));
        int code;
        try {
            String tmp = Quiet.temporaryFolderProblem(rest);
            if (tmp != null) {
                err.println("kizuna: " + tmp);
                code = 1;
            } else {
                code = cl.execute(rest);
            }
        } catch (RuntimeException | Error e) {
            // picocli hands Errors (out of memory, a missing native library) straight through
            code = fail(e, err, verbose);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Prints one line for a failure and returns its exit code. */
    static int fail(Throwable ex, PrintWriter err, boolean verbose) {
        err.println("kizuna: " + Failures.oneLine(ex));
        if (verbose) {
            if (ex instanceof UserException u) {
                u.details().forEach(d -> err.println("  " + d));
            }
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode(ex);
    }

    /** Exit codes: 1 user error, 2 usage (picocli), 3 file refused, 4 file in use, 5 internal error. */
    static int exitCode(Throwable e) {
        if (e instanceof ProjectFileException pfe) {
            return pfe.reason() == ProjectFileException.Reason.IN_USE ? 4 : 3;
        }
        if (e instanceof UserException || e instanceof StoreException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException || e instanceof org.kizuna.exchange.ExchangeException
                || Failures.isResourceExhaustion(e)) {
            return 1;
        }
        return INTERNAL;
    }

    /** Reports the version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Kizuna " + ProjectFile.version()};
        }
    }
}
