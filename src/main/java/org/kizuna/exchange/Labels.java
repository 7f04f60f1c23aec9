// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.kizuna.model.ClusterType;

/**
 * The fixed texts of exported files in Japanese and English (sheet names, headings, legends). The UI
 * bundles belong to the GUI; exports keep their own small table so the CLI needs no UI resources.
 */
public final class Labels {
    private static final Map<String, String[]> TEXTS = new HashMap<>();
    private static final Map<ClusterType, String[]> SUPPORT = new EnumMap<>(ClusterType.class);

    static {
        // sheet names (Excel: at most 31 characters, none of []:*?/\)
        put("sheet.summary", "概要", "Summary");
        put("sheet.matrix", "マネジメント要素", "Management matrix");
        put("sheet.progress", "取組状況の診断", "Progress diagnosis");
        put("sheet.fujita", "藤田モデル評価", "Fujita evaluation");
        put("sheet.metrics", "ネットワーク指標", "Actor metrics");
        put("sheet.actors", "機関一覧", "Actors");
        put("sheet.ties", "連携一覧", "Ties");
        put("sheet.definitions", "定義", "Definitions");
        // summary
        put("summary.title", "クラスター診断 概要", "Cluster diagnosis: summary");
        put("summary.profile", "クラスターの概要", "Cluster profile");
        put("summary.name", "名称", "Name");
        put("summary.region", "地域", "Region");
        put("summary.field", "分野", "Field");
        put("summary.description", "説明", "Description");
        put("summary.nationalNovelty", "分野の新規性（全国）", "Field novelty (nationally)");
        put("summary.regionalNovelty", "分野の新規性（地域）", "Field novelty (in the region)");
        put("summary.type", "クラスターの類型", "Cluster type");
        put("summary.support", "支援のあり方", "Support style");
        put("summary.stage", "ライフサイクル段階", "Life-cycle stage");
        put("summary.governance", "ガバナンスの型", "Governance type");
        put("summary.viewpoints", "中核組織のマネジメントの視点", "Core organisation's management viewpoints");
        put("summary.vision", "ビジョン策定", "Vision");
        put("summary.mission", "ミッション定義", "Mission");
        put("summary.policy", "ポリシー策定", "Policy");
        put("summary.goals", "目標設定（PDCA）", "Goals (PDCA cycle)");
        put("summary.people", "マネジメント人材", "Management people");
        put("summary.counts", "件数", "Counts");
        put("summary.actors", "機関", "Actors");
        put("summary.ties", "連携", "Ties");
        put("summary.groups", "要素グループ", "Element groups");
        put("summary.elements", "マネジメント要素", "Management elements");
        put("summary.cells", "記入済みのセル", "Filled matrix cells");
        put("summary.periods", "期間", "Periods");
        put("summary.progress", "取組状況のセル", "Progress cells");
        put("summary.findings", "課題", "Findings");
        put("summary.export", "出力", "Export");
        put("summary.date", "出力日", "Export date");
        put("summary.version", "Kizuna バージョン", "Kizuna version");
        put("summary.sheets", "シート", "Sheets");
        put("summary.notSet", "（未設定）", "(not set)");
        put("summary.suggested", "（提案）", "(suggested)");
        put("summary.chosen", "（利用者の選択）", "(user's choice)");
        // matrix
        put("matrix.title", "各機関の活動とクラスターのマネジメント要素との対応",
                "Activities of each institution and the cluster's management elements");
        put("matrix.institution", "機関", "Institution");
        put("matrix.note", "備考", "Notes");
        put("matrix.total", "計", "Total");
        put("matrix.findings", "課題", "Findings");
        put("matrix.findingCells", "対応するセル", "Cells it points at");
        put("matrix.legend", "凡例", "Legend");
        put("matrix.legendFinding", "太枠・塗り：課題が指すセル", "Thick outline and fill: a cell a finding points at");
        put("matrix.emptyColumn", "担い手のいない要素（印なし）", "Elements nobody covers (no mark)");
        put("matrix.weakOnlyColumn", "△だけの要素", "Elements with only △");
        // progress
        put("progress.title", "クラスター発展の要素からみた取り組み状況の診断",
                "Progress diagnosis by the elements of cluster development");
        put("progress.element", "マネジメント要素", "Management element");
        put("progress.actual", "実績", "actual");
        put("progress.plan", "計画", "plan");
        put("progress.legend", "凡例（塗りは進展の判定）", "Legend (fill shows the progress judgement)");
        put("progress.planNote", "計画の列は二重線で区切り、斜体で示す", "The plan column is set apart by a double line and italics");
        put("summary.candidates", "類型の候補", "Candidate types");
        put("summary.stageReasons", "段階の提案の根拠", "Why this stage is suggested");
        put("summary.typologyNote", "類型についての注記", "Note on the type");
        // Fujita evaluation
        put("fujita.title", "藤田モデルによる評価", "Evaluation by the Fujita model");
        put("fujita.scale", "評価の尺度：3 強い／2 中程度／1 弱い／空欄 評価できない（ネットワークが小さすぎる）。"
                + "指標はすべての連携（絞り込みなし）から計算。各指標の定義と評価の基準は「定義」シートを参照。",
                "Rating scale: 3 strong / 2 moderate / 1 weak / empty: not assessable (network too small). Figures are"
                        + " computed from all ties (no filter); see the Definitions sheet for each figure and the"
                        + " rating rules.");
        put("fujita.axis", "評価軸", "Axis");
        put("fujita.figure", "指標", "Figure");
        put("fujita.value", "値", "Value");
        put("fujita.rating", "評価", "Rating");
        put("fujita.ratingWord", "評価（語）", "Rating (word)");
        put("fujita.assessment", "所見", "Assessment");
        put("fujita.source", "所見の出典", "Assessment by");
        put("fujita.byUser", "利用者の記述", "the user");
        put("fujita.generated", "自動生成（提案）", "generated (suggestion)");
        put("fujita.notAssessable", "評価できない", "not assessable");
        put("fujita.yes", "はい", "yes");
        put("fujita.no", "いいえ", "no");
        put("fujita.note", "自動生成の所見は指標から作った提案の文であり、利用者がプロジェクトの概要に所見を書くとそれが優先される。"
                + "閾値は数十〜数百主体のワークショップ規模のネットワーク向けの目安。",
                "A generated assessment is a suggested sentence built from the figures; an assessment the user writes"
                        + " in the project profile takes its place. The thresholds are rules of thumb for"
                        + " workshop-size networks.");
        // definitions
        put("definitions.title", "指標の定義", "Definitions of the figures");
        put("definitions.name", "指標", "Figure");
        put("definitions.code", "列名・JSON名", "Column / JSON name");
        put("definitions.formula", "定義（式）", "Definition (formula in words)");
        put("definitions.view", "ネットワークの見方", "Network view");
        put("definitions.reference", "文献", "Reference");
        put("definitions.references", "文献", "References");
        // print
        put("print.page", "ページ", "Page");
    }

    static {
        SUPPORT.put(ClusterType.UNTAPPED_POTENTIAL, new String[] {
            "域外から不足する人材を呼び込む", "Bring in the missing people from outside the region"});
        SUPPORT.put(ClusterType.RENEWAL, new String[] {
            "地域にとって新しい技術の導入と地場産業のリニューアルを併せて進める",
            "Introduce technology new to the region alongside renewal of local industry"});
        SUPPORT.put(ClusterType.FIELD_FUSION, new String[] {
            "地域連携の効果を狙った研究開発・事業化支援",
            "R&D and commercialisation support aimed at the effect of regional collaboration"});
        SUPPORT.put(ClusterType.TRANSPLANT, new String[] {
            "域外から大学・企業を誘致し、地場産業と融合させる",
            "Attract universities and firms from outside and fuse them with local industry"});
        SUPPORT.put(ClusterType.FRONTIER, new String[] {
            "国による重点支援（制度面・技術面）", "National priority support, institutional and technical"});
    }

    private Labels() {
    }

    private static void put(String key, String ja, String en) {
        TEXTS.put(key, new String[] {ja, en});
    }

    public static String text(Lang lang, String key) {
        String[] t = TEXTS.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return lang.japanese() ? t[0] : t[1];
    }

    /** The support style an outside supporter should use for a cluster type (DOMAIN.md, typology). */
    public static String supportStyle(Lang lang, ClusterType type) {
        String[] t = SUPPORT.get(type);
        return lang.japanese() ? t[0] : t[1];
    }
}
