// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.SampleSession;
import org.kizuna.ui.matrix.MatrixViewModel;
import org.kizuna.ui.session.ProjectSession;

/** The diagnosis page's decisions without a toolkit, on the real demo files. */
class DiagnosisViewModelTest {
    @TempDir
    Path dir;

    private SampleSession sample;
    private ProjectSession session;
    private DiagnosisViewModel vm;

    /** Background runs held back until the test lets them finish, in any order. */
    private static final class HeldRunner implements DiagnosisViewModel.Runner {
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            });
        }

        void finish(int index) {
            queued.remove(index).run();
        }
    }

    private ProjectSession session(String name) throws Exception {
        sample = SampleSession.open(dir, name, Locale.JAPANESE);
        session = sample.session();
        return session;
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

    private Tie newTie() {
        var actors = session.project().actors();
        Actor a = actors.get(0);
        Actor b = actors.get(actors.size() - 1);
        return Tie.of(a.id(), b.id(), "coordination", false);
    }

    @Test
    void theFourAxesAreRatedWithTheirFiguresOnTheHokurikuDemo() throws Exception {
        vm = new DiagnosisViewModel(session("hokuriku"));
        DiagnosisContent c = vm.content();
        assertNotNull(c);
        assertFalse(vm.computingProperty().get());
        assertEquals(List.of(FujitaAxis.IN_REGION, FujitaAxis.DOMESTIC, FujitaAxis.INTERNATIONAL,
                FujitaAxis.GOVERNANCE), c.cards().stream().map(DiagnosisContent.AxisCard::axis).toList());
        DiagnosisContent.AxisCard inRegion = c.cards().get(0);
        assertEquals("域内連携", inRegion.title());
        assertNotNull(inRegion.rating(), "28 actors are enough to rate");
        assertTrue(inRegion.ratingText().matches("(弱い|中程度|強い)（[123]/3）"), inRegion.ratingText());
        DiagnosisContent.Figure density = inRegion.figures().stream()
                .filter(f -> f.code().equals("in_region_density")).findFirst().orElseThrow();
        assertEquals("域内密度", density.name(), "named as the workbook names it");
        assertTrue(density.value().matches("0\\.\\d\\d"), density.value());
        assertTrue(inRegion.generated().startsWith("域内ネットワークの密度は"), inRegion.generated());
        assertEquals(28, c.actors());
        assertEquals(session.project().ties().size(), c.ties());
        // Hokuriku's report has the user's own texts: shown and not flagged as using the generated one.
        assertFalse(vm.userAssessmentProperty(FujitaAxis.IN_REGION).get().isBlank());
        assertFalse(vm.usesGeneratedProperty(FujitaAxis.IN_REGION).get());
    }

    @Test
    void chartsAndTablesCountWhatTheProjectHolds() throws Exception {
        vm = new DiagnosisViewModel(session("tokachi"));
        DiagnosisContent c = vm.content();
        int ties = session.project().ties().size();
        double inChart = 0;
        for (int i = 0; i < c.tiesByScope().categories().size(); i++) {
            inChart += c.tiesByScope().total(i);
        }
        assertEquals(ties, inChart, 1e-9, "every tie is in one scope bar");
        assertEquals(List.of("域内", "国内", "国際"), c.tiesByScope().categories());
        double actors = 0;
        for (int i = 0; i < c.degreeDistribution().categories().size(); i++) {
            actors += c.degreeDistribution().total(i);
        }
        assertEquals(session.project().actors().size(), actors, 1e-9);
        assertEquals(13, c.coverage().categories().size(), "Tokachi's thirteen elements");
        assertEquals(List.of("◎ 中核", "○ 貢献", "△ 弱い"), List.copyOf(c.coverage().series().keySet()));
        // The gaps by the one rule (Coverage), the same the matrix page paints on the same project.
        assertEquals(List.of("地元資源との結びつけ", "ネットワーク形成", "資金の循環"), c.gaps());
        assertEquals(List.of("リーダーシップ"), c.weakOnly());
        var matrix = new MatrixViewModel(session.project(), true);
        assertEquals(matrix.uncoveredElements().stream().map(e -> e.nameJa()).toList(), c.gaps());
        assertEquals(matrix.weakOnlyElements().stream().map(e -> e.nameJa()).toList(), c.weakOnly());
        assertFalse(c.brokers().rows().isEmpty());
        assertEquals("関係主体", c.brokers().headers().get(0));
        assertTrue(c.brokers().headers().contains("門番"));
        for (DiagnosisContent.Row r : c.brokers().rows()) {
            assertEquals(1, r.actorIds().size());
            assertEquals(session.project().actor(r.actorIds().get(0)).name(), r.cell(0));
        }
    }

    @Test
    void aNewTieRecomputesTheFigures() throws Exception {
        vm = new DiagnosisViewModel(session("tokachi"));
        int before = vm.content().ties();
        long revision = vm.content().revision();
        session.execute(Edits.addTie(newTie()));
        assertEquals(before + 1, vm.content().ties());
        assertTrue(vm.content().revision() > revision);
        session.undo();
        assertEquals(before, vm.content().ties());
    }

    @Test
    void aHiddenPageRecomputesOnceWhenShownAgain() throws Exception {
        int[] runs = {0};
        DiagnosisViewModel.Runner counting = new DiagnosisViewModel.Runner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> ok, Consumer<Throwable> failed) {
                runs[0]++;
                BackgroundTasks.sameThread().run(work, ok, failed);
            }
        };
        vm = new DiagnosisViewModel(session("tokachi"), counting);
        int ties = vm.content().ties();
        vm.setActive(false);
        session.execute(Edits.addTie(newTie()));
        session.execute(Edits.addTie(newTie()));
        assertEquals(1, runs[0], "nothing computed while hidden");
        assertEquals(ties, vm.content().ties());
        vm.setActive(true);
        assertEquals(2, runs[0]);
        assertEquals(ties + 2, vm.content().ties());
        vm.setActive(false);
        vm.setActive(true);
        assertEquals(2, runs[0], "nothing changed meanwhile: no run");
    }

    @Test
    void aStaleResultNeverReplacesANewerOneAndABurstComputesOnce() throws Exception {
        HeldRunner runner = new HeldRunner();
        vm = new DiagnosisViewModel(session("tokachi"), runner);
        assertTrue(vm.computingProperty().get(), "the first run is queued");
        assertNull(vm.content());
        int ties = session.project().ties().size();
        session.execute(Edits.addTie(newTie()));
        session.execute(Edits.addTie(newTie()));
        assertEquals(3, runner.queued.size());

        runner.finish(2); // the newest finishes first
        assertEquals(ties + 2, vm.content().ties());
        assertFalse(vm.computingProperty().get());
        runner.finish(0); // then the old ones: dropped
        runner.finish(0);
        assertEquals(ties + 2, vm.content().ties(), "the stale results were dropped");
    }

    @Test
    void anOvertakenRunDoesNotComputeAtAll() throws Exception {
        HeldRunner runner = new HeldRunner();
        int[] analysed = {0};
        DiagnosisViewModel.Runner counting = new DiagnosisViewModel.Runner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> ok, Consumer<Throwable> failed) {
                runner.run(() -> {
                    T v = work.call();
                    if (v != null) {
                        analysed[0]++;
                    }
                    return v;
                }, ok, failed);
            }
        };
        vm = new DiagnosisViewModel(session("tokachi"), counting);
        for (int i = 0; i < 5; i++) {
            session.execute(Edits.addTie(newTie()));
        }
        while (!runner.queued.isEmpty()) {
            runner.finish(0);
        }
        assertEquals(1, analysed[0], "a burst of six requests is analysed once");
        assertEquals(session.project().ties().size(), vm.content().ties());
    }

    @Test
    void anErrorIsShownAndTheNextRunClearsIt() throws Exception {
        boolean[] fail = {true};
        DiagnosisViewModel.Runner failing = new DiagnosisViewModel.Runner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> ok, Consumer<Throwable> failed) {
                if (fail[0]) {
                    failed.accept(new IllegalStateException("disk on fire"));
                } else {
                    BackgroundTasks.sameThread().run(work, ok, failed);
                }
            }
        };
        vm = new DiagnosisViewModel(session("tokachi"), failing);
        assertEquals("診断を計算できませんでした: disk on fire", vm.errorProperty().get());
        assertFalse(vm.computingProperty().get());
        fail[0] = false;
        session.execute(Edits.addTie(newTie()));
        assertEquals("", vm.errorProperty().get());
        assertNotNull(vm.content());
    }

    @Test
    void theUsersAssessmentIsStoredUndoableAndReadBackFromTheFile() throws Exception {
        vm = new DiagnosisViewModel(session("tokachi"));
        assertEquals("", vm.userAssessmentProperty(FujitaAxis.GOVERNANCE).get());
        assertTrue(vm.usesGeneratedProperty(FujitaAxis.GOVERNANCE).get());

        vm.userAssessmentProperty(FujitaAxis.GOVERNANCE).set("とかち財団が統括している。");
        vm.commitAssessment(FujitaAxis.GOVERNANCE);
        assertEquals("とかち財団が統括している。", session.project().profile().assessment(FujitaAxis.GOVERNANCE));
        assertFalse(vm.usesGeneratedProperty(FujitaAxis.GOVERNANCE).get());
        assertTrue(session.canUndoProperty().get());

        // Committing the same text again writes nothing.
        long revision = session.revisionProperty().get();
        vm.commitAssessment(FujitaAxis.GOVERNANCE);
        assertEquals(revision, session.revisionProperty().get());

        session.undo();
        assertNull(session.project().profile().assessment(FujitaAxis.GOVERNANCE));
        assertEquals("", vm.userAssessmentProperty(FujitaAxis.GOVERNANCE).get(), "the undo shows in the area");
        assertTrue(vm.usesGeneratedProperty(FujitaAxis.GOVERNANCE).get());
        session.redo();
        assertEquals("とかち財団が統括している。", vm.userAssessmentProperty(FujitaAxis.GOVERNANCE).get());

        vm.dispose();
        vm = null;
        sample.closeAndCheck();
        sample = null;
        try (ProjectFile reopened = ProjectFile.open(session.file().path())) {
            assertEquals("とかち財団が統括している。", reopened.snapshot().profile().assessment(FujitaAxis.GOVERNANCE));
            assertNull(reopened.snapshot().profile().assessment(FujitaAxis.IN_REGION), "other axes untouched");
        }
    }

    @Test
    void escBringsBackTheStoredTextAndBlankRemovesTheUsersAssessment() throws Exception {
        vm = new DiagnosisViewModel(session("hokuriku"));
        String stored = session.project().profile().assessment(FujitaAxis.DOMESTIC);
        assertNotNull(stored);
        vm.userAssessmentProperty(FujitaAxis.DOMESTIC).set("half typed");
        vm.revertAssessment(FujitaAxis.DOMESTIC);
        assertEquals(stored, vm.userAssessmentProperty(FujitaAxis.DOMESTIC).get());
        assertEquals(stored, session.project().profile().assessment(FujitaAxis.DOMESTIC));

        vm.userAssessmentProperty(FujitaAxis.DOMESTIC).set("   ");
        vm.commitAssessment(FujitaAxis.DOMESTIC);
        assertNull(session.project().profile().assessment(FujitaAxis.DOMESTIC));
        assertTrue(vm.usesGeneratedProperty(FujitaAxis.DOMESTIC).get());
    }

    @Test
    void aRowSelectsItsActorsAndShowInNetworkAsksTheWindow() throws Exception {
        vm = new DiagnosisViewModel(session("hokuriku"));
        DiagnosisContent.Row broker = vm.content().brokers().rows().get(0);
        session.selectedTies().add(session.project().ties().get(0).id());
        vm.select(broker.actorIds());
        assertEquals(java.util.Set.copyOf(broker.actorIds()), session.selectedActors());
        assertTrue(session.selectedTies().isEmpty());

        long requests = session.networkRevealRequestsProperty().get();
        DiagnosisContent.Row group = vm.content().coreGroups().rows().get(0);
        vm.showInNetwork(group.actorIds());
        assertEquals(java.util.Set.copyOf(group.actorIds()), session.selectedActors());
        assertEquals(requests + 1, session.networkRevealRequestsProperty().get());
    }
    @Test
    void countsPrintAsIntegersAndTheStageReasonsOneALine() throws Exception {
        vm = new DiagnosisViewModel(session("hokuriku"));
        DiagnosisContent c = vm.content();
        // The core number is a count: "1", not "1.00"; density and share keep their two places.
        assertEquals("""
                · 域内密度 0.12（条件外 < 0.10）
                · 最大連結成分の割合 0.64（条件外 < 0.50）
                ✓ 最大コア次数 1（条件 < 2）""", c.stageReasonsText());
        assertEquals(List.of("· 域内密度 0.12（条件外 < 0.10）", "· 最大連結成分の割合 0.64（条件外 < 0.50）",
                "✓ 最大コア次数 1（条件 < 2）"), c.stageReasons());
        DiagnosisContent.AxisCard governance = c.cards().get(3);
        assertEquals("1", figure(governance, "max_core"));
        assertEquals("0.35", figure(governance, "betweenness_centralisation"));
        assertEquals("15", figure(c.cards().get(0), "in_region_actors"));
        assertEquals("13", figure(c.cards().get(0), "in_region_ties"));
        assertEquals("32", figure(c.cards().get(1), "gatekeeper_total"));
    }

    @Test
    void theCoreNumberAndTheGovernanceRatingPrintAsIntegersInEnglishToo() throws Exception {
        sample = SampleSession.open(dir, "tokachi", Locale.ENGLISH);
        session = sample.session();
        vm = new DiagnosisViewModel(session);
        assertEquals("""
                · in-region density 0.60 (does not meet < 0.10)
                · share of actors in the largest component 1.00 (does not meet < 0.50)
                · highest core number 2 (does not meet < 2)
                ✓ in-region density 0.60 (meets >= 0.20)
                ✓ share of actors in the largest component 1.00 (meets >= 0.90)
                · highest core number 2 (does not meet >= 3)
                · share of ties leaving the region 0.00 (does not meet >= 0.20)
                ✓ governance rating 3 (meets = 3)""", vm.content().stageReasonsText());
    }

    private static String figure(DiagnosisContent.AxisCard card, String code) {
        return card.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().value();
    }
}
