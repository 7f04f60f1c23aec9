// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.Judgement;
import org.kizuna.model.Kind;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Novelty;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;

/** Builds a project that uses every entity and field, through the public edit commands. */
final class RichProject {
    long university;
    long centre;
    long bank;
    long abroad;
    long groupVision;
    long elemLeadership;
    long elemVision;
    long elemNetwork;
    long period2000;
    long periodPlan;
    long tie1;
    long tie2;
    long finding1;

    static RichProject build(Path file) throws Exception {
        RichProject r = new RichProject();
        try (ProjectFile pf = ProjectFile.create(file, "十勝クラスター")) {
            r.fill(pf);
        }
        return r;
    }

    void fill(ProjectFile pf) {
        pf.execute(Edits.addActorKind(new Kind("cooperative", "農協", "Agricultural cooperative", false, false)));
        pf.execute(Edits.addTieKind(new Kind("sales", "販売", "Sales", false, true)));
        university = id(pf, Edits.addActor(new Actor(0, "帯広畜産大学", "university", Sector.ACADEMIA, "帯広市", null, true,
                "畜産", List.of("十勝産業振興会", "食クラスター連携協議体"), "国立大学法人", null, 10.5, -3.25)));
        centre = id(pf, Edits.addActor(new Actor(0, "十勝圏地域食品加工技術センター", "research_institute", Sector.GOVERNMENT,
                "帯広市", null, true, "食品", List.of("十勝産業振興会"), null, null, null, null)));
        bank = id(pf, Edits.addActor(new Actor(0, "帯広信用金庫", "financial", Sector.FINANCE, "帯広市", "", true, null,
                List.of(), null, "(資金提供による間接的支援)", null, null)));
        abroad = id(pf, Edits.addActor(new Actor(0, "Wageningen University", "university", Sector.ACADEMIA, "Wageningen",
                "NL", false, "food science", List.of(), null, null, 400.0, 0.0)));
        id(pf, Edits.addActor(Actor.of("JA帯広", "cooperative", true)));
        tie1 = id(pf, Edits.addTie(new Tie(0, university, centre, "joint_research", false, 2.5, 2005, 2012, null,
                "共同研究 (乳製品)")));
        tie2 = id(pf, Edits.addTie(new Tie(0, bank, centre, "funding", true, 1.0, 2008, null, Scope.DOMESTIC, null)));
        id(pf, Edits.addTie(Tie.of(university, abroad, "sales", true)));
        groupVision = id(pf, Edits.addGroup(new ElementGroup(0, "ビジョン、リーダーシップ", "Vision, leadership", -1)));
        elemLeadership = id(pf, Edits.addElement(new Element(0, groupVision, "リーダーシップ", "Leadership", -1)));
        elemVision = id(pf, Edits.addElement(new Element(0, groupVision, "ビジョン", null, -1)));
        elemNetwork = id(pf, Edits.addElement(new Element(0, null, "ネットワーク形成", "Network formation", -1)));
        pf.execute(Edits.setCell(new MatrixCell(university, elemLeadership, List.of(Mark.CORE, Mark.WEAK), null)));
        pf.execute(Edits.setCell(new MatrixCell(university, elemNetwork, List.of(Mark.CONTRIBUTES), "域内")));
        pf.execute(Edits.setCell(new MatrixCell(centre, elemVision, List.of(), "注記のみ")));
        pf.execute(Edits.setRowNote(centre, "備考あり"));
        period2000 = id(pf, Edits.addPeriod(new Period(0, "2000年まで", -1, false, null, 2000)));
        periodPlan = id(pf, Edits.addPeriod(new Period(0, "未定、'10以降", -1, true, 2010, null)));
        pf.execute(Edits.setProgress(new ProgressCell(groupVision, period2000, List.of("医療産業都市構想策定",
                "理研 発生・再生科学設置"), Judgement.CONSIDERABLE)));
        pf.execute(Edits.setProgress(new ProgressCell(groupVision, periodPlan, List.of("人材の循環"), null)));
        finding1 = id(pf, Edits.addFinding(new Finding(0, 1, "農と食との間の壁", Set.of(
                new CellRef(university, elemLeadership), new CellRef(university, elemNetwork)))));
        id(pf, Edits.addFinding(new Finding(0, 0, "将来展望、危機意識の不足", Set.of())));
        pf.execute(Edits.updateProfile(new ClusterProfile("十勝クラスター", "十勝", "食品", "説明文",
                Novelty.EXISTING, Novelty.EXISTING, false, false, ClusterType.UNTAPPED_POTENTIAL,
                LifeCycleStage.FORMATION, GovernanceType.CORE_ORGANISATION,
                new ClusterProfile.ManagementViewpoints("ビジョン", "ミッション", "ポリシー", "目標", "人材"),
                Map.of(FujitaAxis.IN_REGION, "域内の評価", FujitaAxis.GOVERNANCE, "統括の評価"))));
    }

    static long id(ProjectFile pf, org.kizuna.store.Command c) {
        List<Long> ids = pf.execute(c).createdIds();
        return ids.isEmpty() ? -1 : ids.get(0);
    }
}
