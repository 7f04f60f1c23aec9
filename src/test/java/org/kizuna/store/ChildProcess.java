// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;

/**
 * A second JVM for tests that need another process: {@code hold FILE} opens the project and waits
 * for a line on stdin; {@code import FILE} opens it and runs a very large import, to be killed in
 * the middle.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (ProjectFile pf = ProjectFile.open(file)) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } else {
                List<Actor> actors = new ArrayList<>();
                List<Tie> ties = new ArrayList<>();
                for (int i = 0; i < 2_000_000; i++) {
                    actors.add(Actor.of("firm " + i, "company", i % 2 == 0));
                    if (i > 0) {
                        ties.add(Tie.of(-(i + 1), -i, "transaction", true));
                    }
                }
                System.out.println("importing");
                System.out.flush();
                pf.execute(new ImportNetworkCommand(EditDescription.of("import", "huge"), actors, ties));
                System.out.println("finished");
            }
        }
    }

    static Process start(String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                ChildProcess.class.getName(), mode, file.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    /** Runs the real CLI in a separate JVM and returns exit code and stderr. */
    static String[] cli(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.kizuna.app.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), err, out};
    }
}
