// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kizuna.cli.KizunaCommand;

/**
 * Support for the hostile-input suite (docs/reliability.md): runs the CLI in-process with the
 * process's own stdout and stderr captured too (library noise goes there, not to picocli's
 * writers), and checks the promises every refusal keeps: its exit code, exactly one
 * {@code kizuna:} line, no stack trace, the project's bytes unchanged, nothing left behind.
 */
public final class Hostile {
    private Hostile() {
    }

    /** What one CLI run printed. {@code err} holds picocli's writer and System.err together. */
    public record Run(int code, String out, String err) {
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Runs {@code kizuna args…} in-process. Not thread-safe: swaps System.out and System.err. */
    public static synchronized Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            code = KizunaCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out + sysOut.toString(StandardCharsets.UTF_8),
                err + sysErr.toString(StandardCharsets.UTF_8));
    }

    /**
     * Asserts a refusal as the user sees it: the exit code, one line on stderr that starts with
     * {@code kizuna: } and contains {@code words} (case-insensitive), and no stack trace anywhere.
     */
    public static void assertRefused(Run r, int code, String words) {
        assertEquals(code, r.code(), () -> "exit code; stderr: " + r.err() + "\nstdout: " + r.out());
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), () -> "one line on stderr, got:\n" + r.err());
        assertTrue(lines.get(0).startsWith("kizuna: "), () -> "stderr line: " + lines.get(0));
        if (words != null) {
            assertTrue(lines.get(0).toLowerCase().contains(words.toLowerCase()),
                    () -> "stderr should say '" + words + "': " + lines.get(0));
        }
        assertNoTrace(r);
        assertFalse(r.out().contains("wrote "), () -> "a refusal must not say 'wrote': " + r.out());
    }

    /** No stack trace, exception class name or library chatter in either stream. */
    public static void assertNoTrace(Run r) {
        for (String s : List.of(r.out(), r.err())) {
            assertFalse(s.contains("\tat ") || s.contains("    at "), () -> "stack trace:\n" + s);
            assertFalse(s.matches("(?s).*\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*"),
                    () -> "exception class name:\n" + s);
            assertFalse(s.contains("[Fatal Error]") || s.contains("WARN ") || s.contains("FATAL "),
                    () -> "library noise:\n" + s);
        }
    }

    /** The SHA-256 of a file's bytes (of "missing" when there is none). */
    public static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return "missing";
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Every entry below a folder (names relative to it) with the SHA-256 of each file. */
    public static TreeMap<String, String> snapshot(Path folder) {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> !p.equals(folder)).forEach(p -> m.put(folder.relativize(p).toString(),
                    Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? sha256(p)
                            : Files.isSymbolicLink(p) ? "link" : "folder"));
        } catch (IOException e) {
            fail(e);
        }
        return m;
    }

    /** Asserts a folder holds exactly what it held before (nothing added, changed or left behind). */
    public static void assertUnchanged(TreeMap<String, String> before, Path folder) {
        assertEquals(before, snapshot(folder), "the folder must be as it was");
    }
}
