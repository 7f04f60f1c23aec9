// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.Project;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * An open .kizuna project: one SQLite file that is the document (sqlite.org "appfileformat").
 *
 * <p>Opening checks the file before SQLite writes anything: the header's magic, size, application
 * id and schema version are read as plain bytes, and the database is then checked through
 * read-only connections ({@link ProjectCheck}: the schema its version should have, soundness,
 * references, and every value against the model's rules). A hot journal is first played back into
 * a copy ({@link JournalCheck}), and only a journal that is the file's own reaches the file. Only a
 * file that passes is opened for writing. The writing connection uses
 * {@code locking_mode=EXCLUSIVE}, so another process cannot read or interleave writes while this
 * one has it open: it is told the file is in use. The rollback journal is kept (no WAL): a killed
 * process leaves a hot journal that SQLite rolls back on the next open, and no side files linger
 * on network drives.
 */
public final class ProjectFile implements AutoCloseable {

    private final Path path;
    private final Connection connection;
    private final boolean readOnly;
    private final EditHistory history;

    private ProjectFile(Path path, Connection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
        this.history = new EditHistory(connection, readOnly, EditHistory.DEFAULT_LIMIT);
    }

    /** Builds a new project's content in its staging file, before the file takes its place. */
    @FunctionalInterface
    public interface Builder {
        void build(ProjectFile staged) throws ProjectFileException;
    }

    /** Creates a new, empty project (default vocabularies, no elements); refuses to overwrite a file. */
    public static ProjectFile create(Path path, String clusterName) throws ProjectFileException {
        return create(path, clusterName, null);
    }

    /** Why a cluster name cannot be a project's name (a control character), or null when it can. */
    public static String nameProblem(String clusterName) {
        int bad = org.kizuna.model.ControlCharacters.firstBad(clusterName,
                org.kizuna.model.ControlCharacters.Field.LINE);
        return bad < 0 ? null : "the name holds the control character "
                + org.kizuna.model.ControlCharacters.name(clusterName.charAt(bad)) + " (at character " + (bad + 1)
                + "): a name is one line, without tabs or line breaks";
    }

    /**
     * Creates a new project and opens it. The file is built complete in an exclusive staging file
     * beside the target (with {@code build}'s content, if any) and then put in place only if the
     * target still does not exist: of two creations of one path exactly one succeeds, and a failure
     * half way leaves no file at the target.
     */
    public static ProjectFile create(Path path, String clusterName, Builder build) throws ProjectFileException {
        String badName = nameProblem(clusterName);
        if (badName != null) {
            throw new ProjectFileException(ProjectFileException.Reason.BAD_VALUE, badName);
        }
        Path abs = path.toAbsolutePath();
        try {
            try {
                SafeWrite.checkFile(abs, SafeWrite.Guard.NONE);
            } catch (WriteFailure e) {
                // For a creation an existing project is simply a file that already exists.
                throw e.reason() == WriteFailure.Cause.IS_A_PROJECT ? new WriteFailure(path, WriteFailure.Cause.EXISTS) : e;
            }
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new WriteFailure(path, WriteFailure.Cause.EXISTS);
            }
            try (SafeWrite.Staging staging = SafeWrite.Staging.beside(abs)) {
                staging.release();
                try (Connection c = connect(staging.path(), false)) {
                    migrate(c, 0);
                    try (var ps = c.prepareStatement("INSERT INTO profile (id, name) VALUES (1, ?)")) {
                        ps.setString(1, clusterName == null || clusterName.isBlank() ? "(untitled)" : clusterName);
                        ps.executeUpdate();
                    }
                    try (var ps = c.prepareStatement("INSERT INTO project_meta (key, value) VALUES (?, ?)")) {
                        ps.setString(1, "created_at");
                        ps.setString(2, Instant.now().toString());
                        ps.executeUpdate();
                        ps.setString(1, "created_by");
                        ps.setString(2, "Kizuna " + version());
                        ps.executeUpdate();
                    }
                    Vocabularies.insertDefaults(c);
                } catch (SQLException e) {
                    throw SafeWrite.failure(path, e);
                }
                if (build != null) {
                    try (ProjectFile staged = open(staging.path())) {
                        build.build(staged);
                        staged.history().clear();
                    }
                }
                staging.commitNew(abs);
            }
        } catch (WriteFailure e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, e.getMessage(), e);
        }
        return open(abs);
    }

    /**
     * Opens an existing project, migrating an older schema forward. Refuses, without writing a byte,
     * a file that is missing, not SQLite, not ours, truncated or corrupt, modified outside Kizuna
     * (schema or values), from a newer schema, in use by another process, or left with a journal
     * that is not its own. A file that is not writable opens read-only.
     */
    public static ProjectFile open(Path path) throws ProjectFileException {
        Path abs = path.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_FOUND, abs
                    + " is a folder, not a project file");
        }
        if (!Files.isRegularFile(abs)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_FOUND, "no such project file: " + abs);
        }
        Path real;
        try {
            real = abs.toRealPath();
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_FOUND, "no such project file: " + abs, e);
        }
        // SQLite keeps the journal beside the real file, not beside a link to it.
        Path journal = real.resolveSibling(real.getFileName() + "-journal");
        boolean hotJournal = isHotJournal(journal);
        int userVersion = checkHeader(abs, hotJournal);
        boolean writable = isWritable(abs);
        if (hotJournal && !writable) {
            throw new ProjectFileException(ProjectFileException.Reason.READ_ONLY, abs
                    + " was left mid-edit and needs recovery, but it is read-only; make a writable copy");
        }
        if (hotJournal) {
            // Recover a copy first: only a journal that is the file's own may touch the file.
            userVersion = JournalCheck.check(abs, real, journal);
        } else {
            verifyReadOnly(abs, userVersion);
        }
        if (!writable) {
            if (userVersion < Schema.currentVersion()) {
                throw new ProjectFileException(ProjectFileException.Reason.READ_ONLY, abs
                        + " is from an older Kizuna and read-only, so it cannot be upgraded; make a writable copy");
            }
            try {
                return new ProjectFile(abs, connect(abs, true), true);
            } catch (SQLException e) {
                throw refusal(abs, e);
            }
        }
        if (!hotJournal && isHotJournal(journal)) {
            // A writer was killed while the file was being checked: check again, journal first.
            return open(path);
        }
        Connection c = null;
        try {
            c = connect(abs, false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA locking_mode = EXCLUSIVE");
                // Take the exclusive lock now and keep it (exclusive locking mode holds it after commit).
                // With a hot journal this is where SQLite rolls it back, as it did in the checked copy.
                st.execute("BEGIN EXCLUSIVE");
                st.execute("COMMIT");
            }
            int version = pragmaInt(c, "user_version");
            if (hotJournal) {
                try {
                    ProjectCheck.schema(c, version);
                } catch (ProjectCheck.Failure f) {
                    throw new ProjectFileException(ProjectFileException.Reason.CORRUPT, abs.getFileName()
                            + " was recovered from its journal, but then " + f.getMessage());
                }
            }
            try {
                migrate(c, version);
            } catch (SQLException e) {
                throw new ProjectFileException(ProjectFileException.Reason.IO, "cannot upgrade " + abs.getFileName()
                        + " to file format " + Schema.currentVersion() + " (" + ProjectCheck.oneLine(e.getMessage(), 200)
                        + "); the upgrade was rolled back", e);
            }
            return new ProjectFile(abs, c, false);
        } catch (SQLException e) {
            closeQuietly(c);
            throw refusal(abs, e, false);
        } catch (ProjectFileException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean readOnly() {
        return readOnly;
    }

    public int schemaVersion() {
        try {
            return pragmaInt(connection, "user_version");
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version", e);
        }
    }

    /** The whole project as an immutable snapshot. */
    public Project snapshot() {
        try {
            return ProjectReader.read(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the project: " + e.getMessage(), e);
        }
    }

    public ClusterProfile profile() {
        try {
            return ProjectReader.readProfile(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the profile: " + e.getMessage(), e);
        }
    }

    public EditHistory history() {
        return history;
    }

    /** Runs an edit (one transaction, committed at once, undoable). */
    public Change execute(Command command) {
        return history.execute(command);
    }

    /**
     * Writes a consistent copy of the project to {@code target}: the target is checked first (never
     * this project or its side files, never another project), {@code VACUUM INTO} fills an exclusive
     * staging file beside it, the copy gets a file id of its own (so the two files' journals are
     * never taken for each other's), and the complete, fsynced file moves into place atomically. A
     * full disk is a failure ("no space left on device"), never a half-written target. This project
     * stays open; open the copy to continue there.
     */
    public void saveCopy(Path target) throws ProjectFileException {
        try {
            SafeWrite.checkFile(target, SafeWrite.Guard.of(path));
            try (SafeWrite.Staging staging = SafeWrite.Staging.beside(target)) {
                staging.release();
                try {
                    try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
                        ps.setString(1, staging.path().toString());
                        ps.execute();
                    }
                    try (Connection copy = connect(staging.path(), false); Statement st = copy.createStatement()) {
                        st.executeUpdate("UPDATE project_meta SET value = lower(hex(randomblob(16))) WHERE key = 'file_id'");
                    }
                } catch (SQLException e) {
                    throw SafeWrite.failure(target, e);
                }
                staging.commitReplacing(target);
            }
        } catch (WriteFailure e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, e.getMessage(), e);
        }
    }

    /** Save As: copies the project to {@code target}, closes this one and returns the copy, open. */
    public ProjectFile saveAs(Path target) throws ProjectFileException {
        saveCopy(target);
        close();
        return open(target);
    }

    /** For read-only queries by other layers (exporters, the benchmark); never for writes. */
    public Connection connectionForReading() {
        return connection;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    public static String version() {
        String v = ProjectFile.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    // --- opening ---

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        props.setProperty("busy_timeout", "0");
        // Reads of large projects (100k actors, 500k ties) go through the OS page cache without
        // copying; writes still go through the rollback journal as usual.
        props.setProperty("mmap_size", String.valueOf(256L << 20));
        props.setProperty("cache_size", "-16000");
        if (readOnly) {
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, props);
    }

    /** Reads the 100-byte SQLite header: magic, page size and count, application id, user version. */
    static int checkHeader(Path file, boolean recovering) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(ProjectFileException.Reason.NOT_FOUND, "no such project file: " + file);
        }
        byte[] header = new byte[100];
        long length;
        try (InputStream in = Files.newInputStream(file)) {
            length = Files.size(file);
            int n = in.readNBytes(header, 0, 100);
            if (n < 100 || !java.util.Arrays.equals(header, 0, SafeWrite.SQLITE_MAGIC.length, SafeWrite.SQLITE_MAGIC, 0, SafeWrite.SQLITE_MAGIC.length)) {
                throw new ProjectFileException(ProjectFileException.Reason.NOT_SQLITE, file.getFileName()
                        + " is not a Kizuna project (it is not a SQLite database)");
            }
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, "cannot read " + file + ": "
                    + e.getMessage(), e);
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        long changeCounter = Integer.toUnsignedLong(b.getInt(24));
        long pageCount = Integer.toUnsignedLong(b.getInt(28));
        long versionValidFor = Integer.toUnsignedLong(b.getInt(92));
        int userVersion = b.getInt(60);
        int applicationId = b.getInt(68);
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw corrupt(file, "its header is damaged");
        }
        if (!recovering && (length % pageSize != 0) || !recovering && (versionValidFor == changeCounter && pageCount * pageSize > length)) {
            throw corrupt(file, "it is truncated (" + length + " bytes)");
        }
        if (applicationId != Schema.APPLICATION_ID) {
            throw new ProjectFileException(ProjectFileException.Reason.FOREIGN, file.getFileName()
                    + " is a SQLite database, but not a Kizuna project");
        }
        if (userVersion > Schema.currentVersion()) {
            throw new ProjectFileException(ProjectFileException.Reason.TOO_NEW, file.getFileName()
                    + " was written by a newer Kizuna (file format " + userVersion + "; this version reads up to "
                    + Schema.currentVersion() + "). Update Kizuna to open it.");
        }
        if (userVersion < 1) {
            throw corrupt(file, "it has no schema version");
        }
        return userVersion;
    }

    /** Every check, through a read-only connection: nothing can be written, no trigger can fire. */
    private static void verifyReadOnly(Path file, int version) throws ProjectFileException {
        try (Connection c = connect(file, true)) {
            ProjectCheck.all(file, c, version, false);
        } catch (SQLException e) {
            throw refusal(file, e);
        } catch (ProjectCheck.Failure f) {
            throw refused(file, f);
        }
    }

    /** A failed check before any write: the file was only read, so it is untouched. */
    static ProjectFileException refused(Path file, ProjectCheck.Failure f) {
        if (f.kind() == ProjectCheck.Kind.MODIFIED) {
            return new ProjectFileException(ProjectFileException.Reason.MODIFIED, file.getFileName()
                    + " cannot be opened: it was modified outside Kizuna (" + f.getMessage()
                    + "). The file was left untouched.");
        }
        if (f.kind() == ProjectCheck.Kind.VALUE) {
            // Not "modified outside Kizuna": an earlier Kizuna let some of these in (control characters from CSV).
            return new ProjectFileException(ProjectFileException.Reason.BAD_VALUE, file.getFileName()
                    + " cannot be opened: it holds a value Kizuna does not accept (" + f.getMessage()
                    + "). The file was left untouched.");
        }
        return corrupt(file, f.getMessage());
    }

    static ProjectFileException refusal(Path file, SQLException e) {
        return refusal(file, e, true);
    }

    /**
     * The refusal for a SQLite error. {@code untouched} says whether the file was only ever read
     * (a read-only connection, or none): only then may the message say the file was left untouched.
     */
    static ProjectFileException refusal(Path file, SQLException e, boolean untouched) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new ProjectFileException(ProjectFileException.Reason.IN_USE, file.getFileName()
                        + " is in use by another program (another Kizuna window?); close it there first", e);
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return untouched ? corrupt(file, "the database is damaged")
                        : new ProjectFileException(ProjectFileException.Reason.CORRUPT, file.getFileName()
                                + " cannot be opened: the database is damaged", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN")) {
                return new ProjectFileException(ProjectFileException.Reason.READ_ONLY, "cannot open "
                        + file.getFileName() + " for writing: " + ProjectCheck.oneLine(e.getMessage(), 200), e);
            }
        }
        return new ProjectFileException(ProjectFileException.Reason.IO, "cannot open " + file.getFileName() + ": "
                + ProjectCheck.oneLine(e.getMessage(), 200), e);
    }

    static ProjectFileException corrupt(Path file, String why) {
        return new ProjectFileException(ProjectFileException.Reason.CORRUPT, file.getFileName()
                + " cannot be opened: " + why + ". The file was left untouched.");
    }

    // --- schema ---

    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, Schema.MIGRATIONS);
    }

    /**
     * Runs every migration above {@code from}, each in its own transaction with its version bump.
     * Foreign keys are off while a step runs (table rebuilds need that; it can only be switched
     * outside a transaction) and {@code foreign_key_check} must find nothing before it commits.
     */
    static void migrate(Connection c, int from, java.util.List<Migration> migrations) throws SQLException {
        int version = from;
        for (Migration m : migrations) {
            if (m.version() <= from) {
                continue;
            }
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            c.setAutoCommit(false);
            try {
                if (version >= Schema.FILE_ID_VERSION) {
                    EditHistory.touch(c);
                }
                m.run(c);
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) {
                        throw new SQLException("a " + rs.getString(1) + " row points at a missing " + rs.getString(3));
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + m.version());
                }
                c.commit();
                version = m.version();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
        }
        if (version > from) {
            compact(c);
        }
    }

    /**
     * After migrations (a new file runs them all), the pages their table rebuilds freed are given
     * back: the file does not keep the old tables' size, and a later edit that fails part-way
     * (a full disk) finds no free page to reuse, whose old bytes a rollback need not restore, so
     * the project's bytes come back exactly. A failure here leaves the migrated file as it was.
     */
    private static void compact(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM");
        } catch (SQLException e) {
            // a larger file with free pages is still a sound project
        }
    }

    static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    // --- helpers ---

    /**
     * A file is read-only when the user cannot write it or its folder (the journal lives there), or
     * when its own read-only bit is set: root may write anything, but a file marked read-only should
     * still open read-only.
     */
    static boolean isWritable(Path file) {
        if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            return false;
        }
        try {
            var posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
            if (posix != null) {
                return posix.readAttributes().permissions()
                        .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            var dos = Files.getFileAttributeView(file, java.nio.file.attribute.DosFileAttributeView.class);
            return dos == null || !dos.readAttributes().isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }


    /**
     * SQLite's rule: a journal that exists and does not start with a zero byte is hot, and the next
     * writer plays it back into the file (in exclusive locking mode a committed journal is kept with a
     * zeroed header, which is not hot). One that cannot be read counts as hot, so it is checked.
     */
    static boolean isHotJournal(Path journal) {
        if (!Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(journal)) {
            int first = in.read();
            return first > 0;
        } catch (IOException e) {
            return true;
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing left to protect
            }
        }
    }
}
