// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Every file Kizuna writes goes through here, so that no write can lose a user's work.
 *
 * <ol>
 *   <li><b>Check first.</b> {@link #checkFile} and {@link #checkFolder} refuse, before any work is
 *       done, a target whose folder is missing or not writable, a target that is a folder, the open
 *       project or one of its side files (compared by real identity: {@code ..}, symbolic and hard
 *       links), and any existing SQLite database (another project).</li>
 *   <li><b>Stage exclusively.</b> {@link Staging} creates a file with an unpredictable name in the
 *       target's folder with {@code O_CREAT|O_EXCL|O_NOFOLLOW}: it never opens an existing path and
 *       never follows a planted link.</li>
 *   <li><b>Only a complete file moves.</b> The staging file is flushed and fsynced, then moved over
 *       the target atomically (or linked into place when the target must be new), and the folder is
 *       fsynced. Any failure deletes the staging file and leaves the target as it was.</li>
 * </ol>
 *
 * Every failure is a {@link WriteFailure} naming the target and the cause (no space, permission,
 * missing folder), never the staging file.
 */
public final class SafeWrite {
    /** The first 16 bytes of every SQLite database. */
    static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String STAGING_SUFFIX = ".kizuna-staging";
    /** Bytes the staging streams may still write before a simulated full disk; negative: no limit. */
    private static final AtomicLong SIMULATED_SPACE = new AtomicLong(-1);

    private SafeWrite() {
    }

    /** Writes one output through a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The files an output must never replace: the open project(s) and their side files. Empty when
     * nothing is open (the CLI's {@code new}).
     */
    public record Guard(List<Path> projects) {
        public static final Guard NONE = new Guard(List.of());

        public Guard {
            projects = List.copyOf(projects);
        }

        public static Guard of(Path project) {
            return new Guard(List.of(project));
        }
    }

    // --- checks ---

    /** Refuses a file target that cannot or must not be written. Does not create anything. */
    public static void checkFile(Path target, Guard guard) throws WriteFailure {
        Path abs = target.toAbsolutePath();
        if (abs.getFileName() == null) {
            throw new WriteFailure(target, WriteFailure.Cause.IS_A_FOLDER);
        }
        Path parent = realFolder(target, abs.getParent());
        Path real = parent.resolve(abs.getFileName().toString());
        if (Files.isDirectory(real)) {
            throw new WriteFailure(target, WriteFailure.Cause.IS_A_FOLDER);
        }
        checkGuard(target, real, guard);
        if (Files.isRegularFile(real) && isSqlite(real)) {
            throw new WriteFailure(target, WriteFailure.Cause.IS_A_PROJECT);
        }
        if (!Files.isWritable(parent)) {
            throw new WriteFailure(target, notWritable(parent));
        }
    }

    /** Why a folder cannot be written: a read-only file system (a mount, a locked card) or permissions. */
    private static WriteFailure.Cause notWritable(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly() ? WriteFailure.Cause.READ_ONLY_FILE_SYSTEM
                    : WriteFailure.Cause.PERMISSION_DENIED;
        } catch (IOException e) {
            return WriteFailure.Cause.PERMISSION_DENIED;
        }
    }

    /**
     * Refuses a folder target (the CSV folder) that cannot be written. The folder itself may be new,
     * but its parent must exist, as a file target's folder must.
     */
    public static void checkFolder(Path target, Guard guard) throws WriteFailure {
        Path abs = target.toAbsolutePath();
        if (abs.getParent() != null && abs.getFileName() != null && Files.isDirectory(abs.getParent())) {
            checkGuard(target, realFolder(target, abs.getParent()).resolve(abs.getFileName().toString()), guard);
        }
        if (Files.isDirectory(abs)) {
            Path real = realFolder(target, abs);
            if (!Files.isWritable(real)) {
                throw new WriteFailure(target, notWritable(real));
            }
            return;
        }
        if (abs.getParent() == null) {
            throw new WriteFailure(target, WriteFailure.Cause.FOLDER_MISSING);
        }
        Path parent = realFolder(target, abs.getParent());
        // the project itself (or a link to it) named as the folder says so, rather than "not a folder"
        checkGuard(target, parent.resolve(abs.getFileName().toString()), guard);
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteFailure(target, WriteFailure.Cause.NOT_A_FOLDER);
        }
        if (!Files.isWritable(parent)) {
            throw new WriteFailure(target, notWritable(parent));
        }
    }

    private static Path realFolder(Path target, Path folder) throws WriteFailure {
        if (folder == null) {
            throw new WriteFailure(target, WriteFailure.Cause.FOLDER_MISSING);
        }
        try {
            Path real = folder.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new WriteFailure(target, WriteFailure.Cause.NOT_A_FOLDER, folder.toString(), null);
            }
            return real;
        } catch (NoSuchFileException e) {
            throw new WriteFailure(target, WriteFailure.Cause.FOLDER_MISSING);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Compares by name in the real folder and, where both exist, by file identity (hard links). */
    private static void checkGuard(Path target, Path real, Guard guard) throws WriteFailure {
        if (guard.projects().isEmpty()) {
            return;
        }
        for (Path named : withLinkTargets(real)) {
            for (Path project : guard.projects()) {
                for (Path p : protectedFiles(project)) {
                    if (p.equals(named) || sameExistingFile(named, p)) {
                        throw new WriteFailure(target, WriteFailure.Cause.IS_THE_PROJECT);
                    }
                }
            }
        }
    }

    /**
     * The path and, when it is a symbolic link (even one whose target does not exist yet, such as a
     * link to the project's journal), every path its chain of links names, in their real folders.
     */
    private static List<Path> withLinkTargets(Path path) {
        List<Path> chain = new ArrayList<>(List.of(path));
        Path p = path;
        for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
            try {
                Path next = p.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(p)).normalize();
                Path folder = next.getParent();
                if (folder != null && next.getFileName() != null) {
                    try {
                        next = folder.toRealPath().resolve(next.getFileName().toString());
                    } catch (IOException e) {
                        // a missing folder: compare the path as it is written
                    }
                }
                chain.add(next);
                p = next;
            } catch (IOException | UnsupportedOperationException e) {
                break;
            }
        }
        return chain;
    }

    /** The project file and its side files, in their real folder. */
    public static List<Path> protectedFiles(Path project) {
        Path abs = project.toAbsolutePath();
        Path real;
        try {
            real = abs.toRealPath();
        } catch (IOException e) {
            real = abs.normalize();
        }
        List<Path> files = new ArrayList<>();
        for (Path base : abs.normalize().equals(real) ? List.of(real) : List.of(real, abs.normalize())) {
            files.add(base);
            for (String side : List.of("-journal", "-wal", "-shm")) {
                files.add(base.resolveSibling(base.getFileName() + side));
            }
        }
        return files;
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    // --- writing ---

    /** Checks the target, writes it through an exclusive staging file and moves it into place. */
    public static void write(Path target, Guard guard, Body body) throws WriteFailure {
        checkFile(target, guard);
        try (Staging s = Staging.beside(target)) {
            try {
                body.writeTo(s.stream());
            } catch (IOException e) {
                throw failure(target, e);
            }
            s.commitReplacing(target);
        }
    }

    /**
     * A staging file beside its target, created exclusively with an unpredictable name. Write it
     * through {@link #stream()}, or by path (SQLite's {@code VACUUM INTO}, an image writer) after
     * {@link #path()}; then commit. Closing without a commit deletes it.
     */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path path;
        private FileChannel channel;
        private OutputStream stream;
        private boolean done;

        private Staging(Path target, Path path, FileChannel channel) {
            this.target = target;
            this.path = path;
            this.channel = channel;
        }

        /** Creates the staging file in the target's folder. */
        public static Staging beside(Path target) throws WriteFailure {
            Path abs = target.toAbsolutePath();
            return createExclusive(target, abs.getParent(), p -> new Staging(target, p, FileChannel.open(p,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)));
        }

        /** The staging file's path, for writers that take a path. */
        public Path path() {
            return path;
        }

        /** The stream into the staging file (buffer it yourself). */
        public OutputStream stream() {
            if (stream == null) {
                stream = new SpaceCheckedStream(Channels.newOutputStream(channel));
            }
            return stream;
        }

        /** Moves the complete file over the target (an existing target is replaced atomically). */
        public void commitReplacing(Path to) throws WriteFailure {
            finish();
            try {
                try {
                    Files.move(path, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw failure(to, e);
            }
            done = true;
            syncFolder(to);
        }

        /** Puts the complete file at the target, which must not exist: a second writer fails. */
        public void commitNew(Path to) throws WriteFailure {
            finish();
            try {
                boolean linked;
                try {
                    Files.createLink(to, path);
                    linked = true;
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    linked = false;
                }
                if (linked) {
                    Files.delete(path);
                } else {
                    // No hard links here (FAT, some network drives): a move that refuses an existing target.
                    Files.move(path, to);
                }
            } catch (FileAlreadyExistsException e) {
                throw new WriteFailure(to, WriteFailure.Cause.EXISTS);
            } catch (IOException e) {
                throw failure(to, e);
            }
            done = true;
            syncFolder(to);
        }

        /** Flushes, fsyncs and closes the staging file; every error is the write's failure. */
        private void finish() throws WriteFailure {
            try {
                if (stream != null) {
                    stream.flush();
                }
                if (channel == null || !channel.isOpen()) {
                    // written by path: open it again to force it to disk
                    channel = FileChannel.open(path, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                }
                long budget = SIMULATED_SPACE.get();
                if (budget >= 0 && stream == null && channel.size() > budget) {
                    throw new IOException("No space left on device");
                }
                channel.force(true);
                channel.close();
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /** Closes the channel so that another writer may write by path (the file stays). */
        public void release() throws WriteFailure {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // deleting it below is what matters
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a dot file with a random name: it hides nothing and is never opened again
            }
        }
    }

    /**
     * A staging folder for an output of several files (the CSV folder): its files are written and
     * fsynced one by one, and only when all are complete do they take their places.
     */
    public static final class StagingFolder implements AutoCloseable {
        private final Path target;
        private final Path path;
        private boolean done;

        private StagingFolder(Path target, Path path) {
            this.target = target;
            this.path = path;
        }

        /** Creates the staging folder beside the target folder (or inside it, when it exists). */
        public static StagingFolder beside(Path target) throws WriteFailure {
            Path abs = target.toAbsolutePath();
            return createExclusive(target, Files.isDirectory(abs) ? abs : abs.getParent(),
                    p -> new StagingFolder(target, Files.createDirectory(p)));
        }

        /** Writes one file of the set into the staging folder (flushed and fsynced). */
        public void write(String name, Body body) throws WriteFailure {
            Path file = path.resolve(name);
            try (Staging s = new Staging(target.resolve(name), file, FileChannel.open(file,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                body.writeTo(s.stream());
                s.finish();
                s.done = true;
            } catch (WriteFailure e) {
                throw e;
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /** Puts every file in place: the whole folder when the target is new, else file by file. */
        public List<Path> commit() throws WriteFailure {
            Path abs = target.toAbsolutePath();
            List<Path> written = new ArrayList<>();
            try (Stream<Path> files = Files.list(path)) {
                files.map(f -> abs.resolve(f.getFileName().toString())).sorted().forEach(written::add);
            } catch (IOException e) {
                throw failure(target, e);
            }
            try {
                if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                    syncFolder(path.resolve("x"));
                    Files.move(path, abs, StandardCopyOption.ATOMIC_MOVE);
                    done = true;
                    syncFolder(abs);
                    return written;
                }
                for (Path f : written) {
                    Path from = path.resolve(f.getFileName().toString());
                    try {
                        Files.move(from, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(from, f, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                syncFolder(written.isEmpty() ? abs.resolve("x") : written.get(0));
            } catch (IOException e) {
                throw failure(target, e);
            }
            close();
            return written;
        }

        @Override
        public void close() {
            if (done) {
                return;
            }
            done = true;
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a dot folder with a random name is all that could stay
            }
        }
    }

    /** Makes a staging file or folder from a path. */
    @FunctionalInterface
    private interface Maker<T> {
        T make(Path path) throws IOException;
    }

    /**
     * Creates something new with an unpredictable name in {@code home}: a name that happens to exist
     * is never opened, another is drawn instead.
     */
    private static <T> T createExclusive(Path target, Path home, Maker<T> maker) throws WriteFailure {
        String name = target.toAbsolutePath().getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            try {
                return maker.make(home.resolve(stagingName(name)));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw failure(target, e);
                }
            } catch (IOException e) {
                throw failure(target, e);
            }
        }
    }

    /** Deletes a folder and all it holds, as far as it can (temporary folders). */
    public static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a private temporary folder is all that can stay, and the system cleans those
        }
    }

    private static String stagingName(String targetName) {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        StringBuilder sb = new StringBuilder(".");
        sb.append(targetName.length() > 80 ? targetName.substring(0, 80) : targetName).append('.');
        for (byte x : b) {
            sb.append(String.format(Locale.ROOT, "%02x", x));
        }
        return sb.append(STAGING_SUFFIX).toString();
    }

    /** Makes a rename durable: fsyncs the folder that holds {@code file} where the system allows it. */
    private static void syncFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder as a channel; its renames are journalled by NTFS
        }
    }

    // --- causes ---

    /** The failure of a write to {@code target}, named by its cause rather than by a staging file. */
    public static WriteFailure failure(Path target, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WriteFailure w) {
                return w;
            }
        }
        WriteFailure.Cause cause = classify(e);
        String detail = cause == WriteFailure.Cause.IO ? reasonOf(e) : null;
        return new WriteFailure(target, cause, detail, e);
    }

    /** The cause of an I/O or SQLite error, read through its chain of causes. */
    public static WriteFailure.Cause classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return WriteFailure.Cause.FOLDER_MISSING;
            }
            if (t instanceof AccessDeniedException) {
                return WriteFailure.Cause.PERMISSION_DENIED;
            }
            if (t instanceof NotDirectoryException) {
                return WriteFailure.Cause.NOT_A_FOLDER;
            }
            if (t instanceof FileAlreadyExistsException) {
                return WriteFailure.Cause.EXISTS;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk quota") || m.contains("sqlite_full")
                    || m.contains("database or disk is full") || m.contains("not enough space")) {
                return WriteFailure.Cause.NO_SPACE;
            }
            if (m.contains("read-only file system")) {
                return WriteFailure.Cause.READ_ONLY_FILE_SYSTEM;
            }
            if (m.contains("permission denied") || m.contains("access is denied")) {
                return WriteFailure.Cause.PERMISSION_DENIED;
            }
        }
        return WriteFailure.Cause.IO;
    }

    private static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        if (root instanceof SQLException) {
            return root.getMessage();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m;
    }

    // --- a full disk, for tests ---

    /**
     * Simulates a disk with {@code bytes} free for every staging stream until the returned handle
     * is closed (tests of the "no space left" path where no small file system can be mounted).
     * Files written by path are held to the same limit when they are committed.
     */
    public static AutoCloseable simulateFullDisk(long bytes) {
        SIMULATED_SPACE.set(bytes);
        return () -> SIMULATED_SPACE.set(-1);
    }

    /** A stream that fails as a full disk does once the simulated space is used up. */
    private static final class SpaceCheckedStream extends FilterOutputStream {
        SpaceCheckedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            take(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            take(len);
            out.write(b, off, len);
        }

        private static void take(long n) throws IOException {
            while (true) {
                long left = SIMULATED_SPACE.get();
                if (left < 0) {
                    return;
                }
                if (left < n) {
                    SIMULATED_SPACE.set(0);
                    throw new IOException("No space left on device");
                }
                if (SIMULATED_SPACE.compareAndSet(left, left - n)) {
                    return;
                }
            }
        }
    }
}
