// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.settings.WorkbenchSettings;

/** The window's state without a toolkit: background work runs on the test thread. */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkbenchViewModel viewModel;

    private WorkbenchViewModel viewModel(Locale locale) {
        viewModel = new WorkbenchViewModel(Messages.forLocale(locale), BackgroundTasks.sameThread(), dialogs,
                WorkbenchSettings.load(dir.resolve("settings").resolve(WorkbenchSettings.FILE_NAME)),
                ClipboardAccess.inMemory());
        return viewModel;
    }

    @AfterEach
    void shutdown() {
        if (viewModel != null) {
            viewModel.shutdown();
        }
    }

    private Path project(String fileName, String clusterName, String... actorsAndKinds) throws Exception {
        Path file = dir.resolve(fileName);
        try (ProjectFile p = ProjectFile.create(file, clusterName)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < actorsAndKinds.length; i += 2) {
                ids.add(p.execute(Edits.addActor(Actor.of(actorsAndKinds[i], actorsAndKinds[i + 1], true)))
                        .createdIds().get(0));
            }
            for (int i = 1; i < ids.size(); i++) {
                p.execute(Edits.addTie(Tie.of(ids.get(0), ids.get(i), "joint_research", false)));
            }
        }
        return file;
    }

    private static Path notAProject(Path file) throws Exception {
        Files.writeString(file, "just text\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String refusalOf(Path file) {
        return assertThrows(ProjectFileException.class, () -> ProjectFile.open(file)).getMessage();
    }

    @Test
    void startsWithNoProject() {
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        assertEquals("Kizuna", vm.titleProperty().get());
        assertFalse(vm.projectOpenProperty().get());
        assertEquals("プロジェクトが開かれていません", vm.statusTextProperty().get());
        assertEquals(List.of(NavigatorEntry.NETWORK, NavigatorEntry.MATRIX, NavigatorEntry.PROGRESS,
                NavigatorEntry.DIAGNOSIS, NavigatorEntry.PROFILE), vm.navigatorEntries());
    }

    @Test
    void opensAProjectAndShowsItsNameCountsActorsAndPath() throws Exception {
        Path file = project("tokachi.kizuna", "十勝", "帯広畜産大学", "university", "帯広信用金庫", "financial",
                "十勝産業振興センター", "support_body");
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        vm.open(file);

        assertEquals("tokachi.kizuna — Kizuna", vm.titleProperty().get());
        assertEquals("十勝", vm.projectNameProperty().get());
        assertEquals(3, vm.actorCountProperty().get());
        assertEquals(2, vm.tieCountProperty().get());
        assertEquals("関係主体: 3   連携: 2", vm.countsTextProperty().get());
        assertEquals(file.toAbsolutePath().toString(), vm.statusTextProperty().get());
        assertTrue(vm.projectOpenProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(Optional.of(file.toAbsolutePath()), vm.currentPath());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        Path file = project("e.kizuna", "Tokachi", "Obihiro University", "university");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(file);
        assertEquals("Actors: 1   Ties: 0", vm.countsTextProperty().get());
        assertEquals("Undo", vm.undoTextProperty().get());
    }

    @Test
    void aRefusedFileIsReportedAndTheOpenProjectStays() throws Exception {
        Path good = project("good.kizuna", "Good", "A", "company");
        Path bad = notAProject(dir.resolve("bad.kizuna"));
        String refusal = refusalOf(bad);
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        vm.open(good);
        vm.open(bad);

        assertEquals(List.of("プロジェクトを開けません: " + refusal), dialogs.errors);
        assertEquals("good.kizuna — Kizuna", vm.titleProperty().get());
        assertEquals(good.toAbsolutePath().toString(), vm.statusTextProperty().get());
        assertEquals(Optional.of(good.toAbsolutePath()), vm.currentPath());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aMissingFileIsReportedWithNoProjectOpen() {
        Path missing = dir.resolve("missing.kizuna");
        String refusal = refusalOf(missing);
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(missing);
        assertEquals(List.of("The project cannot be opened: " + refusal), dialogs.errors);
        assertEquals("Kizuna", vm.titleProperty().get());
        assertEquals("No project open", vm.statusTextProperty().get());
        assertFalse(Files.exists(missing), "nothing was created");
    }

    @Test
    void aNameThatIsNoPathIsReported() {
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open("bad\0name.kizuna");
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("The project cannot be opened: "), dialogs.errors.get(0));
        assertFalse(vm.projectOpenProperty().get());
    }

    @Test
    void openingTheOpenFileAgainRereadsIt() throws Exception {
        Path file = project("same.kizuna", "Same", "A", "company", "B", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(file);
        vm.open(dir.resolve(".").resolve("same.kizuna"));
        assertEquals(List.of(), dialogs.errors, "not refused as in use by ourselves");
        assertEquals(2, vm.actorCountProperty().get());
    }

    @Test
    void openingAnotherFileReleasesThePreviousOne() throws Exception {
        Path first = project("first.kizuna", "First", "A", "company");
        Path second = project("second.kizuna", "Second", "B", "company", "C", "university");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(first);
        assertThrows(ProjectFileException.class, () -> ProjectFile.open(first), "held while open");
        vm.open(second);
        assertEquals("second.kizuna — Kizuna", vm.titleProperty().get());
        assertEquals(List.of("B", "C"), vm.sessionProperty().get().project().actors().stream().map(Actor::name)
                .toList());
        try (ProjectFile again = ProjectFile.open(first)) {
            assertEquals("First", again.profile().name());
        }
    }

    @Test
    void closeEmptiesTheWindowAndReleasesTheFile() throws Exception {
        Path file = project("c.kizuna", "C", "A", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(file);
        vm.closeProject();
        assertEquals("Kizuna", vm.titleProperty().get());
        assertFalse(vm.projectOpenProperty().get());
        assertEquals(null, vm.sessionProperty().get());
        assertEquals(0, vm.actorCountProperty().get());
        assertEquals(Optional.empty(), vm.currentPath());
        try (ProjectFile again = ProjectFile.open(file)) {
            assertEquals(1, again.snapshot().actors().size());
        }
    }

    @Test
    void openAsksForAFileAndDoesNothingWhenCancelled() throws Exception {
        Path file = project("chosen.kizuna", "Chosen");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.chooseAndOpen();
        assertFalse(vm.projectOpenProperty().get());
        dialogs.choice = file;
        vm.chooseAndOpen();
        assertEquals("chosen.kizuna — Kizuna", vm.titleProperty().get());
        assertEquals("Actors: 0   Ties: 0", vm.countsTextProperty().get());
    }

    @Test
    void theStartupSourceOpensLikeAnyFile() throws Exception {
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.openStartup(() -> StartupProjects.untitledIn(dir.resolve("data")));
        assertEquals("untitled.kizuna — Kizuna", vm.titleProperty().get());
        assertEquals(dir.resolve("data").resolve("untitled.kizuna").toAbsolutePath().toString(),
                vm.statusTextProperty().get());
    }

    /** Records what the view-model asked of the person; no controls. */
    private static final class RecordingDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        Path choice;

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public Optional<Path> chooseProjectToOpen() {
            return Optional.ofNullable(choice);
        }
    }
}
