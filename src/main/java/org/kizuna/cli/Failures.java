// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.sql.SQLException;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.store.ProjectFileException;
import org.kizuna.store.SafeWrite;
import org.kizuna.store.WriteFailure;

/**
 * Words any failure as the one line the CLI prints: the cause a user can act on ("no space left on
 * device", "permission denied"), never a stack trace or a library's multi-line report.
 */
final class Failures {
    private static final int MAX = 400;

    private Failures() {
    }

    static String oneLine(Throwable e) {
        return clip(describe(e));
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof WriteFailure || t instanceof ProjectFileException || t instanceof UserException
                    || t instanceof ExchangeException) {
                return t.getMessage();
            }
        }
        if (isResourceExhaustion(e)) {
            return e instanceof StackOverflowError
                    ? "the input nests too deeply to be read"
                    : "out of memory: the input is too large for the memory Kizuna was given (java -Xmx…)";
        }
        WriteFailure.Cause cause = SafeWrite.classify(e);
        if (cause != WriteFailure.Cause.IO) {
            return cause.en();
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
                || e instanceof org.kizuna.store.StoreException) {
            return e.getMessage() == null ? rootMessage(e) : e.getMessage();
        }
        return "internal error: " + rootMessage(e) + " (run again with --verbose for the details)";
    }

    static boolean isResourceExhaustion(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        String m = root.getMessage();
        if (root instanceof SQLException && m != null && m.startsWith("[SQLITE_")) {
            return m;
        }
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    /** One line: line breaks become spaces, and a very long message is cut. */
    private static String clip(String s) {
        String one = String.valueOf(s).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return one.length() > MAX ? one.substring(0, MAX) + " …" : one;
    }
}
