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
import java.util.Set;
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

    private WorkbenchSettings settingsIn(Path folder) {
        return WorkbenchSettings.load(folder.resolve(WorkbenchSettings.FILE_NAME));
    }

    @Test
    void recentFilesAndTheLastFileSurviveARestart() throws Exception {
        Path a = project("a.kizuna", "A", "x", "company");
        Path b = project("b.kizuna", "B", "y", "company");
        Path folder = dir.resolve("user");
        WorkbenchViewModel first = new WorkbenchViewModel(Messages.forLocale(Locale.ENGLISH),
                BackgroundTasks.sameThread(), dialogs, settingsIn(folder), ClipboardAccess.inMemory());
        first.open(a);
        first.open(b);
        first.rememberWindow(new org.kizuna.ui.settings.WindowBounds(10, 20, 900, 600), false);
        first.setLanguagePreference("en");
        first.shutdown();

        viewModel = new WorkbenchViewModel(Messages.forLocale(Locale.ENGLISH), BackgroundTasks.sameThread(), dialogs,
                settingsIn(folder), ClipboardAccess.inMemory());
        assertEquals(List.of(b.toAbsolutePath(), a.toAbsolutePath()), viewModel.recentFiles());
        assertEquals(Optional.of(new org.kizuna.ui.settings.WindowBounds(10, 20, 900, 600)),
                viewModel.rememberedBounds());
        assertEquals("en", viewModel.languagePreference());
        viewModel.openAtStart(List.of(), () -> {
            throw new AssertionError("the last file is opened, not the demo");
        });
        assertEquals("b.kizuna — Kizuna", viewModel.titleProperty().get());
    }

    @Test
    void afterCloseTheNextStartOpensTheStartupProject() throws Exception {
        Path a = project("a.kizuna", "A", "x", "company");
        Path folder = dir.resolve("user");
        WorkbenchViewModel first = new WorkbenchViewModel(Messages.forLocale(Locale.ENGLISH),
                BackgroundTasks.sameThread(), dialogs, settingsIn(folder), ClipboardAccess.inMemory());
        first.open(a);
        first.closeProject();

        viewModel = new WorkbenchViewModel(Messages.forLocale(Locale.ENGLISH), BackgroundTasks.sameThread(), dialogs,
                settingsIn(folder), ClipboardAccess.inMemory());
        viewModel.openAtStart(List.of(), () -> StartupProjects.untitledIn(dir.resolve("data")));
        assertEquals("untitled.kizuna — Kizuna", viewModel.titleProperty().get());
        assertEquals(List.of(dir.resolve("data").resolve("untitled.kizuna").toAbsolutePath(), a.toAbsolutePath()),
                viewModel.recentFiles(), "the closed file stays in the recent list");
    }

    @Test
    void aRecentFileThatIsGoneIsDroppedFromTheList() throws Exception {
        Path a = project("a.kizuna", "A", "x", "company");
        Path b = project("b.kizuna", "B", "y", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(a);
        vm.open(b);
        vm.closeProject();
        Files.delete(a);
        vm.open(a);
        assertEquals(1, dialogs.errors.size());
        assertEquals(List.of(b.toAbsolutePath()), vm.recentFiles());
    }

    @Test
    void newProjectCreatesTheFileAndOpensIt() throws Exception {
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        dialogs.newProject = new DialogService.NewProject("北陸ライフサイエンス", dir.resolve("hokuriku"));
        vm.newProject();
        assertEquals("hokuriku.kizuna — Kizuna", vm.titleProperty().get());
        assertEquals("北陸ライフサイエンス", vm.projectNameProperty().get());
        assertTrue(Files.isRegularFile(dir.resolve("hokuriku.kizuna")));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void saveAsContinuesInTheCopyAndLeavesTheOriginal() throws Exception {
        Path original = project("o.kizuna", "O", "A", "company", "B", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(original);
        dialogs.saveAs = dir.resolve("copy");
        vm.saveAs();
        assertEquals("copy.kizuna — Kizuna", vm.titleProperty().get());
        vm.quickAddActor("C");
        assertEquals(3, vm.actorCountProperty().get());
        try (ProjectFile o = ProjectFile.open(original)) {
            assertEquals(2, o.snapshot().actors().size(), "the original is released and unchanged");
        }
        vm.shutdown();
        try (ProjectFile c = ProjectFile.open(dir.resolve("copy.kizuna"))) {
            assertEquals(List.of("A", "B", "C"), c.snapshot().actors().stream().map(Actor::name).toList());
        }
    }

    @Test
    void deleteTakesTheSelectedActorWithItsTiesAndUndoBringsThemBack() throws Exception {
        Path file = project("d.kizuna", "D", "帯広畜産大学", "university", "帯広信用金庫", "financial", "帯広市",
                "local_government");
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        vm.open(file);
        var session = vm.sessionProperty().get();
        long hub = session.project().actorNamed("帯広畜産大学").id();
        session.selectedActors().add(hub);
        assertTrue(vm.hasSelectionProperty().get());
        vm.deleteSelection();
        assertEquals(2, vm.actorCountProperty().get());
        assertEquals(0, vm.tieCountProperty().get());
        assertEquals("元に戻す: 関係主体の削除 帯広畜産大学", vm.undoTextProperty().get());
        assertFalse(vm.hasSelectionProperty().get(), "the deleted actor is no longer selected");
        vm.undo();
        assertEquals(3, vm.actorCountProperty().get());
        assertEquals(2, vm.tieCountProperty().get());
        assertEquals("やり直し: 関係主体の削除 帯広畜産大学", vm.redoTextProperty().get());
    }

    @Test
    void deleteOfActorsAndOtherTiesIsOneStep() throws Exception {
        Path file = project("d2.kizuna", "D", "A", "company", "B", "company", "C", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(file);
        var session = vm.sessionProperty().get();
        var p = session.project();
        long c = p.actorNamed("C").id();
        long tieAB = p.ties().stream().filter(t -> t.targetId() == p.actorNamed("B").id()).findFirst().get().id();
        session.selectedActors().add(c);
        session.selectedTies().add(tieAB);
        vm.deleteSelection();
        assertEquals(2, vm.actorCountProperty().get());
        assertEquals(0, vm.tieCountProperty().get());
        assertEquals("Undo: delete 1 actor(s) and 1 tie(s)", vm.undoTextProperty().get());
        vm.undo();
        assertEquals(3, vm.actorCountProperty().get());
        assertEquals(2, vm.tieCountProperty().get());
    }

    @Test
    void cutAndPasteMovesActorsWithTheirTiesAndCopyPasteRenames() throws Exception {
        Path file = project("cp.kizuna", "CP", "A", "company", "B", "company", "C", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(file);
        var session = vm.sessionProperty().get();
        long a = session.project().actorNamed("A").id();
        long b = session.project().actorNamed("B").id();
        session.selectedActors().addAll(List.of(a, b));
        vm.cutSelection();
        assertEquals(1, vm.actorCountProperty().get());
        assertEquals(0, vm.tieCountProperty().get());
        assertEquals("Undo: cut 2 actor(s)", vm.undoTextProperty().get());

        vm.paste();
        assertEquals(3, vm.actorCountProperty().get());
        assertEquals(1, vm.tieCountProperty().get(), "the tie between A and B came back; A–C was cut for good");
        assertEquals(Set.of("A", "B"), session.selectedActors().stream().map(id -> session.project().actor(id).name())
                .collect(java.util.stream.Collectors.toSet()), "the pasted actors are selected");

        vm.copySelection();
        vm.paste();
        assertEquals(List.of("C", "A", "B", "A (2)", "B (2)"),
                session.project().actors().stream().map(Actor::name).toList());
        assertEquals(2, vm.tieCountProperty().get());
        assertEquals("Undo: paste 2 actor(s)", vm.undoTextProperty().get());
        vm.undo();
        assertEquals(3, vm.actorCountProperty().get());
    }

    @Test
    void pasteWithNothingOfOursSaysSo() throws Exception {
        Path file = project("p.kizuna", "P", "A", "company");
        WorkbenchViewModel vm = viewModel(Locale.ENGLISH);
        vm.open(file);
        vm.paste();
        assertEquals(1, vm.actorCountProperty().get());
        assertEquals("The clipboard holds no Kizuna actors", vm.messageProperty().get());
    }

    @Test
    void findSelectsTheMatchingActors() throws Exception {
        Path file = project("f.kizuna", "F", "帯広畜産大学", "university", "帯広信用金庫", "financial", "十勝振興局",
                "local_government");
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        vm.open(file);
        var session = vm.sessionProperty().get();
        session.selectedTies().add(session.project().ties().get(0).id());
        assertEquals(2, vm.find("帯広"));
        assertEquals(Set.of("帯広畜産大学", "帯広信用金庫"), session.selectedActors().stream()
                .map(id -> session.project().actor(id).name()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(session.selectedTies().isEmpty());
        assertEquals("2 件見つかりました", vm.messageProperty().get());
        assertEquals(0, vm.find("札幌"));
        assertTrue(session.selectedActors().isEmpty());
    }

    @Test
    void quickKeysAddAnActorAndConnectTwo() throws Exception {
        Path file = project("q.kizuna", "Q", "帯広畜産大学", "university");
        WorkbenchViewModel vm = viewModel(Locale.JAPANESE);
        vm.open(file);
        var session = vm.sessionProperty().get();
        vm.quickAddActor("  よつ葉乳業 ");
        assertEquals(2, vm.actorCountProperty().get());
        long added = session.project().actorNamed("よつ葉乳業").id();
        assertEquals(Set.of(added), session.selectedActors());
        assertEquals("company", session.project().actor(added).kind());

        var transaction = session.project().tieKinds().stream().filter(k -> k.code().equals("transaction"))
                .findFirst().get();
        assertTrue(vm.quickConnect("よつ葉", "畜産大学", transaction));
        var tie = session.project().ties().get(0);
        assertEquals(added, tie.sourceId());
        assertTrue(tie.directed(), "a transaction is directed by default");
        assertEquals("元に戻す: 連携の追加 よつ葉乳業 → 帯広畜産大学", vm.undoTextProperty().get());
        assertFalse(vm.quickConnect("札幌", "畜産大学", transaction));
        assertEquals("「札幌」という関係主体はありません", vm.messageProperty().get());

        vm.quickAddActor("帯広畜産大学");
        assertEquals(2, vm.actorCountProperty().get(), "an existing name is selected, not added twice");
    }

        /** Records what the view-model asked of the person; no controls. */
    private static final class RecordingDialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        Path choice;
        Path saveAs;
        NewProject newProject;

        @Override
        public Optional<NewProject> askNewProject() {
            return Optional.ofNullable(newProject);
        }

        @Override
        public Optional<Path> chooseSaveAs(String suggestedFileName) {
            return Optional.ofNullable(saveAs);
        }

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
