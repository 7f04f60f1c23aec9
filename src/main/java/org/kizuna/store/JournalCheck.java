// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

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
            boolean idReadable = true;
            try (Connection c = ProjectFile.connect(copy, true)) {
                idBefore = ProjectCheck.fileId(c);
            } catch (SQLException e) {
                idBefore = null;
                idReadable = false;
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
                ProjectCheck.all(c, version, true);
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
                throw new ProjectFileException(ProjectFileException.Reason.FOREIGN_JOURNAL, shownAs.getFileName()
                        + " cannot be opened: the journal beside it (" + shownAs.getFileName()
                        + "-journal) belongs to another project, so it was not rolled back. The file and its journal"
                        + " were left untouched; move the journal away to open the file as it is.");
            }
            return version;
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.Reason.IO, shownAs.getFileName()
                    + " was left mid-edit, but its journal cannot be checked (" + SafeWrite.classify(e).en()
                    + "). The file and its journal were left untouched.", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static ProjectFileException notRecovered(Path file, String why) {
        return new ProjectFileException(ProjectFileException.Reason.CORRUPT, file.getFileName()
                + " cannot be opened: it was left mid-edit, and rolling back the journal beside it would not give a"
                + " sound project (" + why + "). The file and its journal were left untouched.");
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a private temporary folder: the system cleans it eventually
        }
    }
}
