// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Keeps the CLI's stderr to its own one-line messages unless {@code --verbose} asks for more. */
final class Quiet {
    private static final Set<String> NO_FILES = Set.of("-h", "--help", "-V", "--version", "help");

    private Quiet() {
    }

    /**
     * POI logs through the Log4j API's simple provider (log4j2.simplelog.properties): off by
     * default, warnings with {@code --verbose}. Takes effect when the provider starts, which in a
     * CLI run is after this.
     */
    static void libraries(boolean verbose) {
        System.setProperty("org.apache.logging.log4j.simplelog.level", verbose ? "WARN" : "OFF");
    }

    /**
     * The temporary folder that SQLite's driver, POI and the exporters need, checked once up front
     * so that a missing one is one line rather than three stack traces from three libraries.
     */
    static String temporaryFolderProblem(String[] args) {
        if (args.length == 0 || NO_FILES.contains(args[0])) {
            return null;
        }
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp == null || tmp.isBlank()) {
            return "no temporary folder is set (java -Djava.io.tmpdir=FOLDER)";
        }
        Path dir = Path.of(tmp);
        if (!Files.isDirectory(dir)) {
            return "the temporary folder " + tmp + " does not exist (choose another: java -Djava.io.tmpdir=FOLDER)";
        }
        if (!Files.isWritable(dir)) {
            return "the temporary folder " + tmp + " is not writable: permission denied "
                    + "(choose another: java -Djava.io.tmpdir=FOLDER)";
        }
        return null;
    }
}
