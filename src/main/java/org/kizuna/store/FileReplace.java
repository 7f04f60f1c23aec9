// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The last step of every write through a temporary file: the finished file takes the target's place. */
public final class FileReplace {
    private FileReplace() {
    }

    /** Moves {@code from} over {@code to} atomically where the file system can, else replacing it. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
