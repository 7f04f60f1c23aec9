// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A hot journal is rolled into a project only after a copy shows what that would do. SQLite plays
 * back any journal found beside a file, including one that belongs to another project; so the file
 * and its journal are copied into a private temporary folder, SQLite recovers the copy, and the
 * copy must pass every check of an ordinary open, plus one more: its file id must be the one the
 * file had before recovery. Every Kizuna transaction writes the page that holds the id (the edit
 * serial), so a journal from another project brings that project's id with it.
 */
final class JournalCheck {
    private JournalCheck() {
    }

    /** Checks that recovering {@code real} from {@code journal} gives a sound project of its own; returns its version. */
    static int check(Path shownAs, Path real, Path journal) throws ProjectFileException {
        Path dir;
        try {
            dir = Files.createTempDirectory("kizuna-recovery");
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, shownAs.getFileName()
                    + " was left mid-edit, but its journal cannot be checked: no temporary folder ("
                    + WriteFailure.Cause.IO.en() + ": " + ProjectCheck.oneLine(e.getMessage(), 120) + ")", e);
        }
        try {
            // The copy has the file's own name so that messages about it name the file the user knows.
            Path copy = dir.resolve(shownAs.getFileName().toString());
            Files.copy(real, copy);
            String idBefore;
            int metaPage = 0;
            boolean idReadable = true;
            try (Connection c = ProjectFile.connect(copy, true)) {
                idBefore = ProjectCheck.fileId(c);
                try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'project_meta'")) {
                    metaPage = rs.next() ? rs.getInt(1) : 0;
                }
            } catch (SQLException e) {
                idBefore = null;
                idReadable = false;
            }
            // The journal holds the original of every page its transaction changed; a Kizuna journal
            // always holds the project_meta page, with its file's id. Looked at before anything is
            // played back, so a journal of another project is named as such.
            if (idBefore != null && metaPage > 0) {
                byte[] original = originalPage(journal, metaPage);
                if (original != null && indexOf(original, idBefore.getBytes(StandardCharsets.US_ASCII)) < 0) {
                    throw foreign(shownAs);
                }
            }
            Files.copy(journal, copy.resolveSibling(copy.getFileName() + "-journal"));
            try (Connection c = ProjectFile.connect(copy, false); Statement st = c.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                st.execute("COMMIT");
            } catch (SQLException e) {
                throw notRecovered(shownAs, "SQLite could not play it back: " + ProjectCheck.oneLine(e.getMessage(), 120));
            }
            int version;
            try {
                version = ProjectFile.checkHeader(copy, false);
            } catch (ProjectFileException e) {
                throw notRecovered(shownAs, ProjectCheck.oneLine(e.getMessage(), 160));
            }
            String idAfter;
            try (Connection c = ProjectFile.connect(copy, true)) {
                ProjectCheck.all(copy, c, version, true);
                idAfter = version >= Schema.FILE_ID_VERSION ? ProjectCheck.fileId(c) : null;
            } catch (SQLException e) {
                throw notRecovered(shownAs, "the recovered database is damaged: "
                        + ProjectCheck.oneLine(e.getMessage(), 120));
            } catch (ProjectCheck.Failure f) {
                throw notRecovered(shownAs, f.getMessage());
            }
            if (idAfter != null && !idReadable) {
                throw new ProjectFileException(ProjectFileException.Reason.FOREIGN_JOURNAL, shownAs.getFileName()
                        + " cannot be opened: it was left mid-edit and it cannot be told whether the journal beside it"
                        + " is its own, so it was not rolled back. The file and its journal were left untouched.");
            }
            if (!Objects.equals(idBefore, idAfter)) {
                throw foreign(shownAs);
            }
            return version;
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, shownAs.getFileName()
                    + " was left mid-edit, but its journal cannot be checked (" + SafeWrite.classify(e).en()
                    + "). The file and its journal were left untouched.", e);
        } finally {
            SafeWrite.deleteTree(dir);
        }
    }

    private static ProjectFileException foreign(Path file) {
        return new ProjectFileException(ProjectFileException.Reason.FOREIGN_JOURNAL, file.getFileName()
                + " cannot be opened: the journal beside it (" + file.getFileName()
                + "-journal) belongs to another project or database, so it was not rolled back. The file and its"
                + " journal were left untouched; move the journal away to open the file as it is.");
    }

    /**
     * The first copy of page {@code page} in a rollback journal (sqlite.org/fileformat.html, "the
     * rollback journal"), or null when it holds none or cannot be read. Segments: a header of one
     * sector (magic, record count, nonce, initial size, sector size, page size), then records of
     * page number, page and checksum; a record count of 0 means "up to the end of the file".
     */
    static byte[] originalPage(Path journal, int page) {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = ch.size();
            long offset = 0;
            while (offset + 28 <= size) {
                ByteBuffer h = ByteBuffer.allocate(28);
                ch.read(h, offset);
                h.flip();
                byte[] magic = new byte[8];
                h.get(magic);
                if (!java.util.Arrays.equals(magic, JOURNAL_MAGIC)) {
                    return null;
                }
                long records = Integer.toUnsignedLong(h.getInt(8));
                long sector = Integer.toUnsignedLong(h.getInt(20));
                long pageSize = Integer.toUnsignedLong(h.getInt(24));
                if (sector < 32 || sector > 65536 || pageSize < 512 || pageSize > 65536) {
                    return null;
                }
                long start = offset + sector;
                long recordSize = pageSize + 8;
                if (records == 0 || records == 0xFFFFFFFFL) {
                    records = (size - start) / recordSize;
                }
                for (long i = 0; i < records; i++) {
                    long at = start + i * recordSize;
                    if (at + recordSize > size) {
                        return null;
                    }
                    ByteBuffer no = ByteBuffer.allocate(4);
                    ch.read(no, at);
                    if (no.flip().getInt() == page) {
                        ByteBuffer data = ByteBuffer.allocate((int) pageSize);
                        ch.read(data, at + 4);
                        return data.array();
                    }
                }
                long end = start + records * recordSize;
                offset = (end + sector - 1) / sector * sector;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final byte[] JOURNAL_MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1,
        0x63, (byte) 0xd7};

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static ProjectFileException notRecovered(Path file, String why) {
        return new ProjectFileException(ProjectFileException.Reason.CORRUPT, file.getFileName()
                + " cannot be opened: it was left mid-edit, and rolling back the journal beside it would not give a"
                + " sound project (" + why + "). The file and its journal were left untouched.");
    }

}
