// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.kizuna.cli.KizunaCommand;

/**
 * Entry point. With arguments that name a CLI command it runs headless; with no arguments or a
 * single .kizuna path it opens the workbench window (a separate class: JavaFX refuses to start
 * from a main class that extends Application on the class path).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(KizunaCommand.run(args, out, err));
    }
}
