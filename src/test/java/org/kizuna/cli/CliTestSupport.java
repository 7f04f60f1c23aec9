// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
public record CliTestSupport(int code, String out, String err) {
    public static CliTestSupport run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KizunaCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliTestSupport(code, out.toString(), err.toString());
    }
}
