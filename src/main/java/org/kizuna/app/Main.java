// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.kizuna.cli.KizunaCommand;
import org.kizuna.ui.WorkbenchApp;
import picocli.CommandLine;

/**
 * Entry point. With no arguments or a single project path it opens the workbench window, otherwise
 * it runs the CLI and exits with its code (see {@link LaunchMode}). The window's class is separate
 * (docs/adr/0003): JavaFX refuses to start from a main class that extends {@code Application} when
 * it is on the class path rather than the module path.
 */
public final class Main {
    /** Exit code when the window cannot be opened (no display, no usable toolkit). */
    static final int NO_WINDOW = 1;

    private Main() {
    }

    public static void main(String[] args) {
        if (LaunchMode.of(args, commandNames()) == LaunchMode.GUI) {
            System.exit(openWindow(args));
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(KizunaCommand.run(args, out, err));
    }

    static Set<String> commandNames() {
        return new CommandLine(new KizunaCommand()).getSubcommands().keySet();
    }

    private static int openWindow(String[] args) {
        Optional<String> problem = GuiEnvironment.problem(System.getenv(), System.getProperty("os.name"),
                System.getProperty("glass.platform"));
        if (problem.isPresent()) {
            System.err.println("kizuna: " + problem.get());
            return NO_WINDOW;
        }
        try {
            WorkbenchApp.launchWindow(args);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            // The toolkit failed to start (e.g. an unreachable X server or no GTK): one line, no trace.
            System.err.println("kizuna: cannot open the workbench window: " + rootMessage(e));
            return NO_WINDOW;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
