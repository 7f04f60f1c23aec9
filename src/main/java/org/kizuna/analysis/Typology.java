// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Novelty;

/**
 * The cluster type from the profile's typology answers, with the seed's explanation and support
 * style (regional-management-tokachi-kobe-diagnosis, section (5): the table of types and the policy
 * implications ①–⑤; quoted with the source's OCR slips corrected, e.g. ポтенシャル → ポテンシャル).
 *
 * <p>Rules: new nationally and regionally → frontier; existing nationally, new in the region →
 * transplant; existing/existing splits three ways: a fusion of existing fields → field fusion,
 * otherwise potential not yet realised → untapped potential, already realised → renewal. New
 * nationally but existing in the region is the cell the seed marks as non-existent (存在しないセル);
 * its dashed box places field fusion beside it, so field fusion is offered as the candidate with that
 * warning. Missing answers leave every type they do not exclude as a candidate. The user's chosen
 * type wins over the suggestion.
 */
public final class Typology {
    private Typology() {
    }

    /** The seed's words for a type: example, explanation and support style, in Japanese and English. */
    public record TypeText(String exampleJa, String explanationJa, String supportJa, String exampleEn,
                           String explanationEn, String supportEn) {
    }

    public record TypologyResult(ClusterType suggested, List<ClusterType> candidates, ClusterType chosen,
                                 ClusterType effective, String noteJa, String noteEn) {
        public TypeText text() {
            return effective == null ? null : TEXTS.get(effective);
        }
    }

    static final Map<ClusterType, TypeText> TEXTS = new EnumMap<>(ClusterType.class);

    static {
        TEXTS.put(ClusterType.UNTAPPED_POTENTIAL, new TypeText("十勝の食品",
                "地域ポテンシャルを発揮できていない地域においては、シナジー発揮を促す。必要に応じて外部リソースの持ち込み。",
                "不足する人材の域外からの獲得支援。",
                "Tokachi food",
                "Where the region does not yet realise its potential: encourage synergy, bringing in outside"
                        + " resources where needed.",
                "Help the region recruit the people it lacks from outside."));
        TEXTS.put(ClusterType.RENEWAL, new TypeText("長野にナノテク技術投入",
                "既にポテンシャルを発揮している地域においては、リニューアルのための支援。",
                "知的クラスター創成事業や都市エリア産学官連携促進事業などにより、地域にとって新規性のある技術を、"
                        + "地域産業のリニューアルと組み合わせて導入。",
                "nanotechnology brought into Nagano",
                "Where the region already realises its potential: support for renewal.",
                "Through programmes such as the Knowledge Cluster Initiative and the City Area programme, introduce"
                        + " technology new to the region together with the renewal of its industry."));
        TEXTS.put(ClusterType.FIELD_FUSION, new TypeText("北九州：センサの健康分野応用",
                "既存分野同士を融合させて、成長を図る。ナショナルに見て重要であり、地域で取り組むことの効果が期待できる。",
                "融合分野を成長させるため、地域における連携の効果に着目して、研究開発支援、事業化支援等の施策を投入する。",
                "Kitakyushu: sensors applied to health",
                "Grow by fusing existing fields; nationally important, and tackling it in the region promises an"
                        + " effect.",
                "To grow the fused field, deploy R&D and commercialisation support aimed at the effect of"
                        + " collaboration within the region."));
        TEXTS.put(ClusterType.TRANSPLANT, new TypeText("北九州における半導体設計",
                "地域間のリソース再配分による活性化。域外から産業を誘致・育成し、地域既存の産業との融合による成長を目指す。",
                "域外からの大学や企業の誘致を図るとともに、当該地域の既存産業と融合化を図り、成長を目指す。",
                "semiconductor design in Kitakyushu",
                "Revitalisation by redistributing resources between regions: attract and nurture industry from"
                        + " outside and grow by fusing it with the region's existing industry.",
                "Attract universities and firms from outside the region and fuse them with its existing industry"
                        + " to grow."));
        TEXTS.put(ClusterType.FRONTIER, new TypeText("神戸の先端医療の研究・実現",
                "ナショナルに見て新規性のある拠点。先端医療など制度面に関する議論が多い分野で、国がモデル地域に対して"
                        + "制度面・技術面で重点支援を行う。",
                "当該地域のみならず国としても新規性の高い分野であり、当該分野の成長を国としても重点的に支援する。",
                "advanced medicine in Kobe",
                "A hub new even nationally, in a field with many institutional questions such as advanced medicine:"
                        + " the state gives the model region priority institutional and technical support.",
                "The field is new to the nation, not only to the region: the state supports its growth as a"
                        + " priority."));
    }

    public static TypeText text(ClusterType type) {
        return TEXTS.get(type);
    }

    public static TypologyResult classify(ClusterProfile p) {
        Novelty nat = p.nationalNovelty();
        Novelty reg = p.regionalNovelty();
        List<ClusterType> cands = new ArrayList<>();
        String noteJa = null;
        String noteEn = null;
        if (nat == Novelty.NEW && reg == Novelty.EXISTING) {
            cands.add(ClusterType.FIELD_FUSION);
            noteJa = "マクロで新規・地域で既存のセルは原典で「存在しないセル」とされる。原典はこの位置に異分野融合型を点線で置いている。";
            noteEn = "The seed marks 'new nationally, existing in the region' as a cell that does not exist; its"
                    + " dashed box places growth by fusing fields there.";
        } else {
            if (nat != Novelty.NEW && reg != Novelty.NEW) {
                // existing/existing, or unanswered: the three-way split
                if (!Boolean.FALSE.equals(p.fieldFusion())) {
                    cands.add(ClusterType.FIELD_FUSION);
                }
                if (!Boolean.TRUE.equals(p.fieldFusion())) {
                    if (!Boolean.TRUE.equals(p.potentialRealised())) {
                        cands.add(ClusterType.UNTAPPED_POTENTIAL);
                    }
                    if (!Boolean.FALSE.equals(p.potentialRealised())) {
                        cands.add(ClusterType.RENEWAL);
                    }
                }
            }
            if (nat != Novelty.NEW && reg != Novelty.EXISTING) {
                cands.add(ClusterType.TRANSPLANT);
            }
            if (nat != Novelty.EXISTING && reg != Novelty.EXISTING) {
                cands.add(ClusterType.FRONTIER);
            }
            if (cands.size() > 1) {
                noteJa = "回答が不足しているため類型を一つに絞れない。候補を示す。";
                noteEn = "The answers do not settle the type; the candidates are listed.";
            }
        }
        cands.sort(null);
        ClusterType suggested = cands.size() == 1 && !(nat == Novelty.NEW && reg == Novelty.EXISTING)
                ? cands.get(0) : null;
        ClusterType chosen = p.clusterType();
        return new TypologyResult(suggested, List.copyOf(cands), chosen, chosen != null ? chosen : suggested,
                noteJa, noteEn);
    }
}
