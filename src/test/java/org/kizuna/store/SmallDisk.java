// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs for tests of a really full disk. Mounting needs root on Linux (CI runs as root);
 * elsewhere {@link #mount} says no and the tests use {@link SafeWrite#simulateFullDisk} only.
 */
public final class SmallDisk {
    private SmallDisk() {
    }

    /** Mounts a tmpfs of {@code bytes} at {@code dir}; false where that is not possible. */
    public static boolean mount(Path dir, long bytes) {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        return run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString());
    }

    /** Makes a mounted tmpfs read-only. */
    public static boolean readOnly(Path dir) {
        return run("mount", "-o", "remount,ro", dir.toString());
    }

    public static void unmount(Path dir) {
        run("umount", "-l", dir.toString());
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
