// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterType;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.Judgement;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Mark;
import org.kizuna.model.Novelty;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;

/** Every entity and field written through the commands comes back unchanged after reopening the file. */
class ProjectRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyEntitySurvivesCloseAndReopen() throws Exception {
        Path file = dir.resolve("rich.kizuna");
        RichProject r = RichProject.build(file);
        try (ProjectFile pf = ProjectFile.open(file)) {
            Project p = pf.snapshot();
            assertEquals(Schema.currentVersion(), pf.schemaVersion());
            assertFalse(pf.readOnly());

            assertEquals("農協", p.actorKinds().stream().filter(k -> k.code().equals("cooperative")).findFirst()
                    .orElseThrow().labelJa());
            assertTrue(p.tieKinds().stream().anyMatch(k -> k.code().equals("sales") && k.directedByDefault()));

            assertEquals(5, p.actors().size());
            Actor u = p.actor(r.university);
            assertEquals("帯広畜産大学", u.name());
            assertEquals("university", u.kind());
            assertEquals(Sector.ACADEMIA, u.sector());
            assertEquals("帯広市", u.location());
            assertTrue(u.insideRegion());
            assertFalse(u.abroad());
            assertEquals("畜産", u.field());
            assertEquals(List.of("十勝産業振興会", "食クラスター連携協議体"), u.memberships());
            assertEquals("国立大学法人", u.notes());
            assertEquals(10.5, u.x());
            assertEquals(-3.25, u.y());
            Actor bank = p.actor(r.bank);
            assertEquals("(資金提供による間接的支援)", bank.matrixNote());
            assertNull(bank.country(), "a blank country is stored as home country");
            Actor abroad = p.actor(r.abroad);
            assertTrue(abroad.abroad());
            assertFalse(abroad.insideRegion());

            Tie t1 = p.ties().stream().filter(t -> t.id() == r.tie1).findFirst().orElseThrow();
            assertEquals(r.university, t1.sourceId());
            assertEquals(r.centre, t1.targetId());
            assertEquals("joint_research", t1.kind());
            assertFalse(t1.directed());
            assertEquals(2.5, t1.strength());
            assertEquals(2005, t1.startYear());
            assertEquals(2012, t1.endYear());
            assertNull(t1.scopeOverride());
            assertEquals(Scope.IN_REGION, p.scopeOf(t1));
            assertEquals("共同研究 (乳製品)", t1.notes());
            Tie t2 = p.ties().stream().filter(t -> t.id() == r.tie2).findFirst().orElseThrow();
            assertTrue(t2.directed());
            assertNull(t2.endYear());
            assertEquals(Scope.DOMESTIC, p.scopeOf(t2), "an override wins over the derived scope");
            Tie t3 = p.ties().get(2);
            assertEquals(Scope.INTERNATIONAL, p.scopeOf(t3));

            assertEquals(1, p.groups().size());
            assertEquals("Vision, leadership", p.groups().get(0).nameEn());
            assertEquals(List.of("リーダーシップ", "ビジョン", "ネットワーク形成"),
                    p.elements().stream().map(e -> e.nameJa()).toList());
            assertEquals(2, p.elementsOf(r.groupVision).size());
            assertNull(p.elements().get(2).groupId());

            assertEquals(List.of(Mark.CORE, Mark.WEAK), p.cell(r.university, r.elemLeadership).marks());
            assertEquals("◎△", p.cell(r.university, r.elemLeadership).display());
            assertEquals("○ 域内", p.cell(r.university, r.elemNetwork).display());
            assertEquals("注記のみ", p.cell(r.centre, r.elemVision).display());
            assertEquals("備考あり", p.actor(r.centre).matrixNote());

            assertEquals(2, p.periods().size());
            assertTrue(p.periods().get(1).plan());
            assertEquals(2000, p.periods().get(0).endYear());
            assertEquals(List.of("医療産業都市構想策定", "理研 発生・再生科学設置"),
                    p.progressCell(r.groupVision, r.period2000).initiatives());
            assertEquals(Judgement.CONSIDERABLE, p.progressCell(r.groupVision, r.period2000).judgement());
            assertNull(p.progressCell(r.groupVision, r.periodPlan).judgement());

            assertEquals(2, p.findings().size());
            assertEquals("①", p.findings().get(0).label());
            assertEquals(Set.of(new CellRef(r.university, r.elemLeadership), new CellRef(r.university, r.elemNetwork)),
                    p.findings().get(0).cells());
            assertEquals(2, p.findings().get(1).number(), "number 0 takes the next free number");

            var prof = p.profile();
            assertEquals("十勝", prof.region());
            assertEquals(Novelty.EXISTING, prof.nationalNovelty());
            assertEquals(Boolean.FALSE, prof.potentialRealised());
            assertEquals(ClusterType.UNTAPPED_POTENTIAL, prof.clusterType());
            assertEquals(LifeCycleStage.FORMATION, prof.stage());
            assertEquals(GovernanceType.CORE_ORGANISATION, prof.governance());
            assertEquals("人材", prof.viewpoints().managementPeople());
            assertEquals("域内の評価", prof.assessment(FujitaAxis.IN_REGION));
            assertNull(prof.assessment(FujitaAxis.DOMESTIC));
        }
    }

    @Test
    void templatesGiveTheSeedFrameworks() throws Exception {
        try (ProjectFile pf = ProjectFile.create(dir.resolve("t.kizuna"), "t")) {
            pf.execute(Edits.addFramework(FrameworkTemplate.TOKACHI_13));
            Project p = pf.snapshot();
            assertEquals(13, p.elements().size());
            assertEquals(0, p.groups().size());
            assertEquals("リーダーシップ", p.elements().get(0).nameJa());
            assertEquals("人材育成メカニズム", p.elements().get(12).nameJa());
        }
        try (ProjectFile pf = ProjectFile.create(dir.resolve("k.kizuna"), "k")) {
            pf.execute(Edits.addFramework(FrameworkTemplate.KOBE_8));
            Project p = pf.snapshot();
            assertEquals(8, p.groups().size());
            assertEquals("マーケティング支援 新事業進出支援", p.groups().get(4).nameJa());
            p.groups().forEach(g -> assertFalse(p.elementsOf(g.id()).isEmpty(), g.nameJa()));
        }
    }

    @Test
    void invalidEditsAreRefusedAndLeaveTheFileAsItWas() throws Exception {
        Path file = dir.resolve("rich.kizuna");
        RichProject r = RichProject.build(file);
        try (ProjectFile pf = ProjectFile.open(file)) {
            Project before = pf.snapshot();
            StoreException dup = assertThrows(StoreException.class,
                    () -> pf.execute(Edits.addActor(Actor.of("帯広畜産大学", "company", true))));
            assertTrue(dup.getMessage().contains("exists already"), dup.getMessage());
            StoreException kind = assertThrows(StoreException.class,
                    () -> pf.execute(Edits.addActor(Actor.of("新しい会社", "spaceship", true))));
            assertTrue(kind.getMessage().contains("spaceship"), kind.getMessage());
            assertThrows(StoreException.class, () -> pf.execute(Edits.addTie(Tie.of(r.university, 999, "funding", true))));
            // A composite whose second part fails leaves nothing of its first part behind.
            assertThrows(StoreException.class, () -> pf.execute(Edits.composite(EditDescription.of("x"), List.of(
                    Edits.addActor(Actor.of("一時的な企業", "company", true)),
                    Edits.addActor(Actor.of("帯広信用金庫", "company", true))))));
            assertEquals(before, pf.snapshot());
            assertFalse(pf.history().canRedo());
        }
    }
}
