// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.RecordingDialogs;
import org.kizuna.ui.session.ProjectSession;

/** The properties panel's state on a real file, without a toolkit (edits run on the test thread). */
class PropertiesViewModelTest {
    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private ProjectFile file;
    private ProjectSession session;
    private PropertiesViewModel vm;
    private long university;
    private long bank;
    private long tie;

    @BeforeEach
    void open() throws Exception {
        Path path = dir.resolve("p.kizuna");
        try (ProjectFile p = ProjectFile.create(path, "十勝")) {
            university = p.execute(Edits.addActor(Actor.of("帯広畜産大学", "university", true))).createdIds().get(0);
            bank = p.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true))).createdIds().get(0);
            tie = p.execute(Edits.addTie(Tie.of(bank, university, "funding", true))).createdIds().get(0);
        }
        file = ProjectFile.open(path);
        Messages messages = Messages.forLocale(Locale.JAPANESE);
        session = new ProjectSession(file, file.snapshot(), BackgroundTasks.sameThread(), messages,
                RecordingDialogs.errorsTo(errors));
        vm = new PropertiesViewModel(messages);
        vm.setSession(session);
    }

    @AfterEach
    void close() {
        file.close();
    }

    private Kind actorKind(String code) {
        return vm.actorKinds().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void showsNothingThenOneActorThenACount() {
        assertEquals(PropertiesViewModel.Mode.NONE, vm.modeProperty().get());
        session.selectedActors().add(university);
        assertEquals(PropertiesViewModel.Mode.ACTOR, vm.modeProperty().get());
        assertEquals("帯広畜産大学", vm.nameProperty().get());
        assertEquals("university", vm.actorKindProperty().get().code());
        assertTrue(vm.insideRegionProperty().get());
        session.selectedTies().add(tie);
        assertEquals(PropertiesViewModel.Mode.MANY, vm.modeProperty().get());
        assertEquals("関係主体 1 件、連携 1 件を選択中", vm.summaryProperty().get());
    }

    @Test
    void aChangedKindIsOneUndoableEditInTheFile() {
        session.selectedActors().add(university);
        vm.actorKindProperty().set(actorKind("research_institute"));
        vm.commit();
        assertEquals("research_institute", file.snapshot().actor(university).kind());
        assertEquals("元に戻す: 関係主体の変更 帯広畜産大学", session.undoTextProperty().get());
        session.undo();
        assertEquals("university", file.snapshot().actor(university).kind());
        assertEquals("university", vm.actorKindProperty().get().code(), "the panel follows the undo");
    }

    @Test
    void allActorFieldsAreWrittenAndACommitWithoutChangesWritesNothing() {
        session.selectedActors().add(university);
        vm.commit();
        assertTrue(!session.canUndoProperty().get(), "nothing changed, nothing written");
        vm.nameProperty().set(" 国立大学法人 帯広畜産大学 ");
        vm.sectorProperty().set(Sector.ACADEMIA);
        vm.locationProperty().set("北海道帯広市");
        vm.countryProperty().set("");
        vm.insideRegionProperty().set(false);
        vm.fieldProperty().set("畜産・食品");
        vm.membershipsProperty().set("十勝バイオ協議会、 食品産業協会 ,");
        vm.notesProperty().set("中核機関");
        vm.commit();
        Actor a = file.snapshot().actor(university);
        assertEquals(new Actor(university, "国立大学法人 帯広畜産大学", "university", Sector.ACADEMIA, "北海道帯広市", null,
                false, "畜産・食品", List.of("十勝バイオ協議会", "食品産業協会"), "中核機関", null, null, null), a);
        session.undo();
        assertEquals("帯広畜産大学", file.snapshot().actor(university).name(), "one step for the whole form");
    }

    @Test
    void aBlankNameIsRefusedWithAMessage() {
        session.selectedActors().add(university);
        vm.nameProperty().set("  ");
        vm.commit();
        assertEquals("関係主体には名称が必要です。", vm.errorProperty().get());
        assertEquals("帯広畜産大学", file.snapshot().actor(university).name());
        vm.revert();
        assertEquals("帯広畜産大学", vm.nameProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void tieFieldsAreEditedAndCheckedBeforeWriting() {
        session.selectedTies().add(tie);
        assertEquals(PropertiesViewModel.Mode.TIE, vm.modeProperty().get());
        assertEquals("帯広信用金庫", vm.tieSourceProperty().get());
        assertEquals("帯広畜産大学", vm.tieTargetProperty().get());
        assertEquals("funding", vm.tieKindProperty().get().code());
        assertEquals("1", vm.strengthProperty().get());
        assertEquals("両端から決まる範囲: 域内", vm.derivedScopeProperty().get());

        vm.strengthProperty().set("強い");
        vm.commit();
        assertEquals("強さは正の数で入力してください。", vm.errorProperty().get());
        vm.strengthProperty().set("3");
        vm.startYearProperty().set("2010");
        vm.endYearProperty().set("2008");
        vm.commit();
        assertEquals("連携の終了年が開始年より前になっています。", vm.errorProperty().get());
        vm.endYearProperty().set("2015");
        vm.scopeOverrideProperty().set(Scope.DOMESTIC);
        vm.directedProperty().set(false);
        vm.commit();
        assertEquals("", vm.errorProperty().get());
        Tie t = file.snapshot().ties().get(0);
        assertEquals(new Tie(tie, bank, university, "funding", false, 3.0, 2010, 2015, Scope.DOMESTIC, null), t);
        assertEquals("元に戻す: 連携の変更 帯広信用金庫 → 帯広畜産大学", session.undoTextProperty().get());
    }

    @Test
    void fieldsBeingTypedSurviveAnEditElsewhere() {
        session.selectedActors().add(university);
        vm.notesProperty().set("打ち合わせ中のメモ");
        // Another view renames the actor meanwhile (e.g. the network editor).
        session.execute(Edits.updateActor(file.snapshot().actor(university).withName("帯広畜産大学（本部）")));
        assertEquals("帯広畜産大学（本部）", vm.nameProperty().get(), "the changed field is reloaded");
        assertEquals("打ち合わせ中のメモ", vm.notesProperty().get(), "the field being typed is kept");
    }

    @Test
    void theKindListsAreOnlyReplacedWhenTheKindsChange() {
        // A replaced item list makes the kind ComboBox drop its value (PropertiesViewTest shows it in a scene).
        session.selectedActors().add(university);
        int[] changes = {0};
        vm.actorKinds().addListener((ListChangeListener<Kind>) c -> changes[0]++);
        vm.tieKinds().addListener((ListChangeListener<Kind>) c -> changes[0]++);
        session.execute(Edits.moveActors(Map.of(university, new double[] {10, 20})));
        assertEquals(0, changes[0], "an edit that leaves the kinds alone keeps the lists");
        vm.actorKindProperty().set(null); // what a ComboBox does to it when its items are replaced
        session.execute(Edits.addActorKind(new Kind("venture", "大学発ベンチャー", "University spin-off", false, false)));
        assertEquals(1, changes[0]);
        assertEquals("university", vm.actorKindProperty().get().code(), "the kind is loaded again with the new list");
    }

    @Test
    void switchingTheSelectionCommitsWhatWasTyped() {
        session.selectedActors().add(university);
        vm.locationProperty().set("帯広市");
        session.selectedActors().clear();
        assertEquals("帯広市", file.snapshot().actor(university).location());
        assertNull(file.snapshot().actor(bank).location(), "nothing leaked into another actor");
        assertEquals(List.of(), errors);
    }
}
