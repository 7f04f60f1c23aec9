// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.ClusterType;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.store.Edits;
import org.kizuna.ui.SampleSession;
import org.kizuna.ui.session.ProjectSession;

/** The profile page's decisions without a toolkit, on the real demo files. */
class ProfileViewModelTest {
    @TempDir
    Path dir;

    private SampleSession sample;
    private ProjectSession session;
    private ProfileViewModel vm;

    private ProfileViewModel open(String sample, Locale locale) throws Exception {
        this.sample = SampleSession.open(dir, sample, locale);
        session = this.sample.session();
        vm = new ProfileViewModel(session);
        return vm;
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.dispose();
        }
        if (sample != null) {
            sample.closeAndCheck();
        }
    }

    @Test
    void tokachiIsUntappedPotentialWithTheSeedsSupportStyle() throws Exception {
        open("tokachi", Locale.JAPANESE);
        assertEquals("十勝地域の食品クラスター", vm.nameProperty().get());
        assertTrue(vm.followUpsAskedProperty().get());
        assertEquals(ClusterType.UNTAPPED_POTENTIAL, vm.typologyProperty().get().effective());
        assertEquals("不足する人材の域外からの獲得支援。", vm.typeText(ClusterType.UNTAPPED_POTENTIAL)[2]);
        assertNotNull(vm.lifeCycleProperty().get(), "the suggestion is computed");
        assertFalse(vm.lifeCycleProperty().get().reasons().isEmpty());
    }

    @Test
    void answersMoveTheTypeAtOnceAndCommitAsOneUndoableEdit() throws Exception {
        open("tokachi", Locale.JAPANESE);
        vm.chosenTypeProperty().set(null);
        vm.nationalNoveltyProperty().set(Novelty.NEW);
        vm.regionalNoveltyProperty().set(Novelty.NEW);
        assertFalse(vm.followUpsAskedProperty().get());
        assertEquals(ClusterType.FRONTIER, vm.typologyProperty().get().effective());
        vm.nationalNoveltyProperty().set(Novelty.EXISTING);
        assertEquals(ClusterType.TRANSPLANT, vm.typologyProperty().get().effective());
        assertEquals(Novelty.EXISTING, session.project().profile().regionalNovelty(), "nothing written yet");
        vm.commit();
        assertEquals(Novelty.NEW, session.project().profile().regionalNovelty());
        assertNull(session.project().profile().clusterType());
        long revision = session.revisionProperty().get();
        vm.commit();
        assertEquals(revision, session.revisionProperty().get(), "an unchanged form writes nothing");
        session.undo();
        assertEquals(Novelty.EXISTING, vm.regionalNoveltyProperty().get(), "undo reloads the answers");
        assertEquals(ClusterType.UNTAPPED_POTENTIAL, vm.typologyProperty().get().effective());
    }

    @Test
    void theUsersChoiceWinsAndTheNonExistentCellIsExplained() throws Exception {
        open("kobe", Locale.ENGLISH);
        assertEquals(ClusterType.FRONTIER, vm.typologyProperty().get().effective());
        vm.chosenTypeProperty().set(ClusterType.FIELD_FUSION);
        assertEquals(ClusterType.FIELD_FUSION, vm.typologyProperty().get().effective());
        assertEquals(ClusterType.FRONTIER, vm.typologyProperty().get().suggested());
        vm.chosenTypeProperty().set(null);
        vm.regionalNoveltyProperty().set(Novelty.EXISTING);
        assertTrue(vm.typologyNote().contains("does not exist"), vm.typologyNote());
    }

    @Test
    void aSnapshotReloadsOnlyTheFieldsThatChangedSoTypingElsewhereStays() throws Exception {
        open("kobe", Locale.JAPANESE);
        vm.visionProperty().set("患者が選ぶ医療"); // being typed, not committed
        session.execute(Edits.updateProfile(session.project().profile().withStage(LifeCycleStage.DEVELOPMENT, null)));
        assertEquals(LifeCycleStage.DEVELOPMENT, vm.stageProperty().get());
        assertEquals("患者が選ぶ医療", vm.visionProperty().get());
        assertEquals(LifeCycleStage.DEVELOPMENT, vm.lifeCycleProperty().get().chosen());
        vm.commit();
        assertEquals("患者が選ぶ医療", session.project().profile().viewpoints().vision());
        vm.visionProperty().set("別の案");
        vm.revert();
        assertEquals("患者が選ぶ医療", vm.visionProperty().get());
    }

    @Test
    void aHiddenPageComputesTheSuggestionOnceWhenShownAgain() throws Exception {
        open("kobe", Locale.JAPANESE);
        LifeCycleStage before = vm.lifeCycleProperty().get().chosen();
        assertNotEquals(LifeCycleStage.MATURITY, before);
        vm.setActive(false);
        session.execute(Edits.updateProfile(session.project().profile().withStage(LifeCycleStage.MATURITY, null)));
        assertEquals(LifeCycleStage.MATURITY, vm.stageProperty().get(), "the fields follow at once");
        assertEquals(before, vm.lifeCycleProperty().get().chosen(), "the diagnosis waits for the page");
        vm.setActive(true);
        assertEquals(LifeCycleStage.MATURITY, vm.lifeCycleProperty().get().chosen());
    }
}
