// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions of the figures Kizuna exports, in one place: the Definitions sheet prints them,
 * the Actor-metrics sheet and metrics.csv take their column names from them, and the Fujita sheet
 * names its figures with them. The text follows docs/metrics.md (the analysis engine's conventions);
 * when a definition changes there, it changes here.
 */
public final class MetricDefinitions {
    /** Where a figure belongs. */
    public enum Section {
        ACTOR("機関ごとの指標", "Per-actor figures"),
        NETWORK("ネットワーク全体の指標（藤田モデル評価で使用）", "Whole-network figures (used by the Fujita evaluation)"),
        FUJITA("藤田モデル評価の基準", "Fujita evaluation: rating rules");

        private final String ja;
        private final String en;

        Section(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }

        public String title(Lang lang) {
            return lang.pick(ja, en);
        }
    }

    /**
     * One figure: its stable code (the JSON name of {@code kizuna analyze --json}, and the English
     * column name), its names, its formula in words, the view of the network it is computed on, and
     * its reference.
     */
    public record Definition(String code, Section section, String nameJa, String nameEn, String formulaJa,
                             String formulaEn, String viewJa, String viewEn, String reference) {
        public String name(Lang lang) {
            return lang.pick(nameJa, nameEn);
        }

        public String formula(Lang lang) {
            return lang.pick(formulaJa, formulaEn);
        }

        public String view(Lang lang) {
            return lang.pick(viewJa, viewEn);
        }
    }

    private static final String UND_JA = "無向";
    private static final String UND_EN = "undirected";
    private static final String DIR_JA = "有向";
    private static final String DIR_EN = "directed";
    private static final String PRIMARY_JA = "有向の連携があれば有向、なければ無向";
    private static final String PRIMARY_EN = "directed if any tie is directed, else undirected";

    private static final List<Definition> ALL = new ArrayList<>();
    private static final Map<String, Definition> BY_CODE = new LinkedHashMap<>();

    static {
        // per actor, in the column order of the metrics sheet and metrics.csv
        actor("degree", "次数", "Degree",
                "隣接する相手の数（重複する連携は1つと数える）",
                "number of distinct neighbours (parallel ties count once)", UND_JA, UND_EN, "Freeman (1979)");
        actor("in_degree", "入次数", "In-degree",
                "自分に向かう異なる弧の数（無向の連携は両向きの2弧）",
                "distinct arcs in (an undirected tie is two opposite arcs)", DIR_JA, DIR_EN, "Freeman (1979)");
        actor("out_degree", "出次数", "Out-degree",
                "自分から出る異なる弧の数", "distinct arcs out", DIR_JA, DIR_EN, "Freeman (1979)");
        actor("betweenness", "媒介中心性", "Betweenness",
                "s≠v≠t の全ての組について σst(v)/σst を合計し 1/((n−1)(n−2)) で正規化（σst は s から t への最短経路の数、"
                        + "σst(v) はそのうち v を通るもの）。Brandes のアルゴリズムによる厳密値",
                "sum over pairs s≠v≠t of σst(v)/σst, normalised by 1/((n−1)(n−2)) (σst: shortest paths from s to t, "
                        + "σst(v): those through v); exact, Brandes' algorithm",
                PRIMARY_JA, PRIMARY_EN, "Freeman (1977); Brandes (2001)");
        actor("betweenness_undirected", "媒介中心性（無向）", "Betweenness (undirected)",
                "同じ値を無向のネットワークで計算（組は両向きに数える。スターの中心で最大値1）",
                "the same on the undirected view (pairs counted both ways; 1 for the centre of a star)",
                UND_JA, UND_EN, "Freeman (1977); Brandes (2001)");
        actor("closeness", "近接中心性", "Closeness",
                "(r/Σd)·(r/(n−1))。r は v に到達できる主体の数、Σd はそれらから v までの距離の合計"
                        + "（非連結のネットワーク向けの Wasserman–Faust の調整）。誰も到達しない主体は0",
                "(r/Σd)·(r/(n−1)), r = actors that reach v, Σd their distances to v (Wasserman–Faust scaling for"
                        + " disconnected networks); 0 for an actor nobody reaches",
                PRIMARY_JA + "（有向では入ってくる距離）", PRIMARY_EN + " (directed: incoming distances)",
                "Freeman (1979); Wasserman & Faust (1994)");
        actor("pagerank", "PageRank", "PageRank",
                "減衰率0.85、出次数0の主体の値は全員に均等に配分、L1変化 < n·1e-12 まで反復",
                "damping 0.85, dangling actors spread evenly, iterated until the L1 change < n·1e-12",
                DIR_JA + "（無向の連携は2弧）", DIR_EN + " (an undirected tie is 2 arcs)", "Page et al. (1999)");
        actor("clustering", "クラスター係数", "Clustering coefficient",
                "v を含む三角形の数 / (d(d−1)/2)。次数 d < 2 のとき0",
                "triangles through v / (d(d−1)/2); 0 when d < 2", UND_JA, UND_EN, "Watts & Strogatz (1998)");
        actor("core", "コア数", "Core number",
                "v が k-コアに含まれる最大の k", "largest k such that v is in the k-core", UND_JA, UND_EN,
                "Batagelj & Zaversnik (2003)");
        actor("external_share", "域外連携の割合", "External share",
                "v の連携（重複も数える）のうち範囲が国内または国際のものの割合。連携がなければ空欄",
                "share of v's ties (parallel ones included) whose scope is domestic or international; empty without"
                        + " ties", "連携", "ties", "—");
        actor("constraint", "制約度", "Constraint",
                "Σj (pvj + Σq≠v,j pvq·pqj)²、隣接する相手について pvj = 1/deg(v)。孤立した主体は空欄",
                "Σj (pvj + Σq≠v,j pvq·pqj)², pvj = 1/deg(v) for neighbours; empty for isolates", UND_JA, UND_EN,
                "Burt (1992)");
        actor("effective_size", "有効サイズ", "Effective size",
                "n − 2t/n（n = 次数、t = 相手同士の連携の数）。孤立した主体は空欄",
                "n − 2t/n, n = degree, t = ties among v's neighbours; empty for isolates", UND_JA, UND_EN,
                "Burt (1992); Borgatti (1997)");
        actor("efficiency", "効率性", "Efficiency",
                "有効サイズ / 次数。孤立した主体は空欄", "effective size / degree; empty for isolates", UND_JA, UND_EN,
                "Burt (1992)");
        actor("brokerage_coordinator", "仲介：調整者", "Brokerage: coordinator",
                "i → v → k（i ≠ k、i → k の弧なし）の経路のうち、i・v・k が同じグループのものの数。グループは既定で域内／域外",
                "two-paths i → v → k (i ≠ k, no arc i → k) with i, v and k in one group; groups are inside/outside"
                        + " the region by default", DIR_JA, DIR_EN, "Gould & Fernandez (1989)");
        actor("brokerage_itinerant", "仲介：巡回者", "Brokerage: itinerant",
                "同じ経路のうち、i と k が同じグループで v が別のグループのもの",
                "such two-paths with i and k in one group and v in another", DIR_JA, DIR_EN,
                "Gould & Fernandez (1989)");
        actor("brokerage_gatekeeper", "仲介：門番", "Brokerage: gatekeeper",
                "v が k と同じグループで i が別のグループのもの（外の知識を内に入れる）",
                "v with k, i elsewhere (v lets outside knowledge in)", DIR_JA, DIR_EN, "Gould & Fernandez (1989)");
        actor("brokerage_representative", "仲介：代表者", "Brokerage: representative",
                "v が i と同じグループで k が別のグループのもの（内の知識を外に運ぶ）",
                "v with i, k elsewhere (v carries its group's knowledge out)", DIR_JA, DIR_EN,
                "Gould & Fernandez (1989)");
        actor("brokerage_liaison", "仲介：連絡者", "Brokerage: liaison",
                "i・v・k がすべて異なるグループのもの", "i, v and k all in different groups", DIR_JA, DIR_EN,
                "Gould & Fernandez (1989)");
        actor("connector_hub", "コネクターハブ", "Connector hub",
                "域内と域外（国内・国際）の両方に連携を持つ域内の主体で、無向の媒介中心性が0より大きく全体の平均以上のもの"
                        + "（経路の指標を省略したときは次数で判定）",
                "an in-region actor with at least one in-region and one outside tie whose undirected betweenness is"
                        + " above zero and at least the mean (degree when path figures are off)", "—", "—",
                "RESAS (connector hub); docs/metrics.md");

        // whole network: the figures of the Fujita axes, by their engine names
        network("in_region_actors", "域内の主体数", "In-region actors",
                "域内にある主体の数", "number of actors inside the region", "—", "—", "—");
        network("in_region_ties", "域内の連携数", "In-region ties",
                "域内の主体同士の連携（組）の数", "distinct pairs of in-region actors that are tied", UND_JA, UND_EN, "—");
        network("in_region_density", "域内密度", "In-region density",
                "域内の主体とその間の連携からなる部分ネットワークの密度 2E/(n(n−1))（命題1）",
                "density 2E/(n(n−1)) of the subnetwork of in-region actors and the ties among them (proposition 1)",
                UND_JA, UND_EN, "Wasserman & Faust (1994); Fujita model, proposition 1");
        network("largest_in_region_component_share", "域内最大連結成分の割合", "Largest in-region component share",
                "域内の部分ネットワークで最大の連結成分に含まれる域内主体の割合",
                "share of the in-region actors in the largest connected component of the in-region subnetwork",
                UND_JA, UND_EN, "—");
        network("assortativity_location", "所在地の同類性", "Location assortativity",
                "連携の両端の所在地についての Newman の属性同類性 r = (Σeii − Σai²)/(1 − Σai²)。所在地のない主体は除く（命題5）",
                "Newman's attribute assortativity r = (Σeii − Σai²)/(1 − Σai²) of the ends' locations, actors"
                        + " without a location left out (proposition 5)", UND_JA, UND_EN, "Newman (2003)");
        network("shared_membership_ratio", "共通所属の比", "Shared-membership ratio",
                "共通の所属団体を持つ組の割合を、連携のある組と全ての組（所属のある主体どうし）で比べた比。1より大きければ共通所属が連携と結びつく（命題5）",
                "share of ties joining two actors who share a membership / share of all pairs of members who do;"
                        + " above 1: shared membership goes with ties (proposition 5)", UND_JA, UND_EN,
                "Fujita model, proposition 5");
        network("ei_index_region", "E–I指数（域内／域外）", "E–I index (region)",
                "(E − I)/(E + I)、E は域内と域外をまたぐ連携、I は同じ側どうしの連携。−1 はすべて同じ側、+1 はすべてまたぐ",
                "(E − I)/(E + I), E = edges across the region's border, I = edges on one side; −1 all within,"
                        + " +1 all across", UND_JA, UND_EN, "Krackhardt & Stern (1988)");
        network("ties", "該当する連携の数", "Ties in this scope",
                "範囲が国内（または国際）の連携の数（重複も数える）",
                "ties whose scope is domestic (or international), parallel ones included", "連携", "ties", "—");
        network("share", "該当する連携の割合", "Share of all ties",
                "範囲が国内（または国際）の連携が全ての連携に占める割合（命題4）",
                "share of all ties whose scope is domestic (or international) (proposition 4)", "連携", "ties",
                "Fujita model, proposition 4");
        network("in_region_actors_with_such_ties", "それを担う域内の主体数", "In-region actors carrying them",
                "そのような連携を1つ以上持つ域内の主体の数", "in-region actors with at least one such tie", "連携", "ties",
                "—");
        network("gatekeeper_total", "門番の合計", "Gatekeeper total",
                "全主体の「仲介：門番」の合計（グループ＝域内／域外）", "sum of the actors' gatekeeper counts (groups:"
                        + " inside/outside the region)", DIR_JA, DIR_EN, "Gould & Fernandez (1989)");
        network("representative_total", "代表者の合計", "Representative total",
                "全主体の「仲介：代表者」の合計（グループ＝域内／域外）", "sum of the actors' representative counts (groups:"
                        + " inside/outside the region)", DIR_JA, DIR_EN, "Gould & Fernandez (1989)");
        network("connector_hubs", "コネクターハブの数", "Connector hubs",
                "コネクターハブ（上記）に当たる主体の数", "number of connector hubs (above)", "—", "—", "—");
        network("degree_centralisation", "次数中心化", "Degree centralisation",
                "Σ(max d − di)/((n−1)(n−2))。スターで1", "Σ(max d − di)/((n−1)(n−2)); 1 for a star", UND_JA, UND_EN,
                "Freeman (1979)");
        network("betweenness_centralisation", "媒介中心化", "Betweenness centralisation",
                "Σ(max b − bi)/(n−1)、b は正規化した無向の媒介中心性。スターで1",
                "Σ(max b − bi)/(n−1), b the normalised undirected betweenness; 1 for a star", UND_JA, UND_EN,
                "Freeman (1979)");
        network("max_core", "最大コア数", "Highest core number",
                "全主体のコア数の最大値（主コアの k）", "the largest core number (k of the main core)", UND_JA, UND_EN,
                "Batagelj & Zaversnik (2003)");
        network("core_organisation_candidate", "中核組織の候補", "Core-organisation candidate",
                "主コア（コア数が最大の主体）のうち無向の媒介中心性が最も高い主体（経路の指標を省略したときは次数）（命題2・3）",
                "the member of the main core with the highest undirected betweenness (degree when path figures are"
                        + " off) (propositions 2 and 3)", UND_JA, UND_EN, "Fujita model, propositions 2 and 3");
        network("candidate_inside_region", "候補は域内か", "Candidate inside the region",
                "中核組織の候補が域内の主体かどうか", "whether the core-organisation candidate is inside the region", "—", "—",
                "—");

        // the rating rules of the four axes (FujitaAssessor)
        fujita("rating", "評価", "Rating",
                "3 強い、2 中程度、1 弱い。ネットワークが小さすぎて判断できないときは空欄（評価できない）。"
                        + "閾値は数十〜数百主体のワークショップ規模のネットワーク向けの目安",
                "3 strong, 2 moderate, 1 weak; empty when the network is too small to say (not assessable)."
                        + " The thresholds are rules of thumb for workshop-size networks (tens to a few hundred actors)");
        fujita("in_region", "域内連携", "In-region collaboration",
                "強い：域内密度 ≥ 0.25 かつ 域内最大連結成分の割合 ≥ 0.8。弱い：域内密度 < 0.10 または 割合 < 0.5。"
                        + "その他は中程度。域内の主体が3未満なら評価しない（命題1・5）",
                "strong: in-region density ≥ 0.25 and largest in-region component share ≥ 0.8; weak: density < 0.10"
                        + " or share < 0.5; else moderate; not assessed with fewer than 3 in-region actors"
                        + " (propositions 1, 5)");
        fujita("domestic", "国内連携", "Domestic collaboration",
                "強い：国内の連携の割合 ≥ 0.25 かつ 担い手 ≥ 3。弱い：割合 < 0.10 または 担い手 < 2。その他は中程度。連携がなければ評価しない（命題4）",
                "strong: share of domestic ties ≥ 0.25 and ≥ 3 carriers; weak: share < 0.10 or < 2 carriers; else"
                        + " moderate; not assessed without ties (proposition 4)");
        fujita("international", "国際連携", "International collaboration",
                "強い：国際の連携の割合 ≥ 0.15 かつ 担い手 ≥ 2。弱い：割合 < 0.05 または 担い手なし。その他は中程度（命題4）",
                "strong: share of international ties ≥ 0.15 and ≥ 2 carriers; weak: share < 0.05 or no carrier;"
                        + " else moderate (proposition 4)");
        fujita("governance", "統括機能", "Governance function",
                "C = 媒介中心化（経路の指標を省略したときは次数中心化）。強い：中核組織の候補が域内 かつ C ≥ 0.25。"
                        + "弱い：C < 0.10 または 域内の候補なし。その他は中程度。主体3未満または連携なしなら評価しない（命題2・3）",
                "C = betweenness centralisation (degree centralisation when path figures are off); strong: candidate"
                        + " inside the region and C ≥ 0.25; weak: C < 0.10 or no in-region candidate; else moderate;"
                        + " not assessed with fewer than 3 actors or no ties (propositions 2, 3)");
    }

    /** The works the definitions cite, as docs/metrics.md lists them. */
    public static final List<String> REFERENCES = List.of(
            "Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks."
                    + " arXiv cs/0310049.",
            "Borgatti, S. (1997). Structural holes: unpacking Burt's redundancy measures. Connections 20(1).",
            "Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol. 25(2).",
            "Burt, R. S. (1992). Structural Holes. Harvard University Press.",
            "Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry 40;"
                    + " (1978/79) Centrality in social networks: conceptual clarification. Social Networks 1.",
            "Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in"
                    + " transaction networks. Sociological Methodology 19.",
            "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises. Social Psychology"
                    + " Quarterly 51(2).",
            "Newman, M. E. J. (2003). Mixing patterns in networks. Phys. Rev. E 67, 026126.",
            "Page, L., Brin, S., Motwani, R. & Winograd, T. (1999). The PageRank citation ranking. Stanford InfoLab.",
            "Wasserman, S. & Faust, K. (1994). Social Network Analysis. Cambridge University Press.",
            "Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks. Nature 393.",
            "Fujita model: the five propositions and four evaluation axes of the Waseda cluster study"
                    + " (docs: DOMAIN.md); RESAS: the connector-hub notion of the Regional Economy Society"
                    + " Analyzing System.");

    private MetricDefinitions() {
    }

    private static void add(Definition d) {
        if (BY_CODE.put(d.section() + ":" + d.code(), d) != null) {
            throw new IllegalStateException("defined twice: " + d.code());
        }
        ALL.add(d);
    }

    private static void actor(String code, String ja, String en, String fja, String fen, String vja, String ven,
                              String ref) {
        add(new Definition(code, Section.ACTOR, ja, en, fja, fen, vja, ven, ref));
    }

    private static void network(String code, String ja, String en, String fja, String fen, String vja, String ven,
                                String ref) {
        add(new Definition(code, Section.NETWORK, ja, en, fja, fen, vja, ven, ref));
    }

    private static void fujita(String code, String ja, String en, String fja, String fen) {
        add(new Definition(code, Section.FUJITA, ja, en, fja, fen, "—", "—", "Fujita model; docs/metrics.md"));
    }

    /** Every definition, per-actor figures first, in the order the sheets print them. */
    public static List<Definition> all() {
        return List.copyOf(ALL);
    }

    public static List<Definition> of(Section section) {
        return ALL.stream().filter(d -> d.section() == section).toList();
    }

    /** The definition of a figure of a section by its code, or null. */
    public static Definition get(Section section, String code) {
        return BY_CODE.get(section + ":" + code);
    }
}
