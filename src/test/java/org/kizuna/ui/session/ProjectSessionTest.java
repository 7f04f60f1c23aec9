// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.RecordingDialogs;

/** The session without a toolkit: edits reach the file, the snapshot and the Undo menu text follow. */
class ProjectSessionTest {
    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private final DialogService dialogs = RecordingDialogs.errorsTo(errors);

    @Test
    void editsUndoAndRedoAreNamedInTheUiLanguageAndReachTheFile() throws Exception {
        Path path = dir.resolve("s.kizuna");
        try (ProjectFile file = ProjectFile.create(path, "s")) {
            ProjectSession s = new ProjectSession(file, file.snapshot(), BackgroundTasks.sameThread(),
                    Messages.forLocale(Locale.JAPANESE), dialogs);
            assertFalse(s.canUndoProperty().get());
            assertEquals("元に戻す", s.undoTextProperty().get());
            List<Long> created = new ArrayList<>();
            s.execute(Edits.addActor(Actor.of("帯広畜産大学", "university", true)), created::addAll);
            s.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true)), created::addAll);
            assertEquals(2, s.project().actors().size());
            long rev = s.revisionProperty().get();
            s.execute(Edits.addTie(Tie.of(created.get(0), created.get(1), "funding", true)));
            assertEquals(rev + 1, s.revisionProperty().get());
            assertEquals("元に戻す: 連携の追加 帯広畜産大学 → 帯広信用金庫", s.undoTextProperty().get());
            s.selectedActors().add(created.get(1));
            s.undo();
            assertEquals(0, s.project().ties().size());
            assertEquals("やり直し: 連携の追加 帯広畜産大学 → 帯広信用金庫", s.redoTextProperty().get());
            s.execute(Edits.deleteActors(List.of(created.get(1))));
            assertTrue(s.selectedActors().isEmpty(), "a deleted actor is no longer selected");
            assertEquals("元に戻す: 関係主体の削除 帯広信用金庫", s.undoTextProperty().get());
            assertTrue(errors.isEmpty(), errors.toString());
        }
        try (ProjectFile file = ProjectFile.open(path)) {
            assertEquals(1, file.snapshot().actors().size(), "every edit was in the file already");
        }
    }

    @Test
    void aRefusedEditIsReportedAndChangesNothing() throws Exception {
        try (ProjectFile file = ProjectFile.create(dir.resolve("s.kizuna"), "s")) {
            ProjectSession s = new ProjectSession(file, file.snapshot(), BackgroundTasks.sameThread(),
                    Messages.forLocale(Locale.ENGLISH), dialogs);
            s.execute(Edits.addActor(Actor.of("A", "company", true)));
            s.execute(Edits.addActor(Actor.of("A", "company", true)));
            assertEquals(1, errors.size());
            assertTrue(errors.get(0).contains("exists already"), errors.get(0));
            assertEquals(1, s.project().actors().size());
            assertEquals("Undo: add actor A", s.undoTextProperty().get());
        }
    }
}
