// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Scope;

/**
 * Rates the four Fujita axes from the network figures on a three-step scale — 1 weak 弱い,
 * 2 moderate 中程度, 3 strong 強い — or leaves the rating empty when the network is too small to
 * say anything (fewer than three in-region actors, or no ties). The thresholds are rules of thumb
 * for workshop-size networks (tens to a few hundred actors) and are written in docs/metrics.md;
 * the generated sentence is a suggestion the consultant edits, the user's own assessment stays
 * beside it untouched.
 */
public final class FujitaAssessor {
    private FujitaAssessor() {
    }

    /** One axis: the figures behind it, the rating (null = not assessable) and the sentences. */
    public record AxisAssessment(FujitaAxis axis, Map<String, Object> figures, Integer rating, String generatedJa,
                                 String generatedEn, String userAssessment) {
        public String ratingLabelJa() {
            return rating == null ? null : List.of("弱い", "中程度", "強い").get(rating - 1);
        }

        public String ratingLabelEn() {
            return rating == null ? null : List.of("weak", "moderate", "strong").get(rating - 1);
        }
    }

    public static List<AxisAssessment> assess(NetworkAnalysis a, ClusterProfile profile) {
        List<AxisAssessment> out = new ArrayList<>();
        out.add(inRegion(a, profile));
        out.add(outward(a, profile, FujitaAxis.DOMESTIC, Scope.DOMESTIC, 0.25, 0.10, 3, 2));
        out.add(outward(a, profile, FujitaAxis.INTERNATIONAL, Scope.INTERNATIONAL, 0.15, 0.05, 2, 1));
        out.add(governance(a, profile));
        return out;
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, "%.2f", x);
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    private static AxisAssessment inRegion(NetworkAnalysis a, ClusterProfile profile) {
        NetworkAnalysis.InRegion r = a.inRegion();
        double reach = r.actors() == 0 ? Double.NaN : (double) r.largestComponent() / r.actors();
        MixingCalculator.SharedMembership sm = a.sharedMembership();
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("in_region_actors", r.actors());
        fig.put("in_region_ties", r.edges());
        fig.put("in_region_density", r.density());
        fig.put("largest_in_region_component_share", reach);
        fig.put("assortativity_location", a.assortativityLocation());
        fig.put("shared_membership_ratio", sm.ratio());
        fig.put("ei_index_region", a.eiIndexRegion());
        Integer rating = null;
        String ja;
        String en;
        if (r.actors() < 3) {
            ja = "域内の関係主体が3未満のため、域内連携は評価できない。";
            en = "Fewer than three in-region actors: in-region collaboration cannot be assessed.";
        } else {
            double d = r.density();
            rating = d >= 0.25 && reach >= 0.8 ? 3 : d < 0.10 || reach < 0.5 ? 1 : 2;
            ja = String.format(Locale.ROOT, "域内ネットワークの密度は%sで、域内の関係主体の%sが一つの連結成分に含まれる。",
                    f(d), pct(reach));
            en = String.format(Locale.ROOT,
                    "The in-region network has density %s and %s of the in-region actors are in one connected"
                            + " component.", f(d), pct(reach));
            if (!Double.isNaN(sm.ratio())) {
                ja += String.format(Locale.ROOT, "共通の所属団体を持つ組の連携は無作為な組の%s倍である。", f(sm.ratio()));
                en += String.format(Locale.ROOT, " Pairs sharing a membership are tied %s times as often as"
                        + " pairs at random.", f(sm.ratio()));
            }
            ja += switch (rating) {
                case 3 -> "域内連携は強い（命題1：知識共有が進みやすい）。";
                case 2 -> "域内連携は中程度である。";
                default -> "域内連携は弱く、主体が分散している。";
            };
            en += switch (rating) {
                case 3 -> " In-region collaboration is strong (proposition 1: knowledge is shared readily).";
                case 2 -> " In-region collaboration is moderate.";
                default -> " In-region collaboration is weak; the actors are dispersed.";
            };
        }
        return new AxisAssessment(FujitaAxis.IN_REGION, fig, rating, ja, en, profile.assessment(FujitaAxis.IN_REGION));
    }

    private static AxisAssessment outward(NetworkAnalysis a, ClusterProfile profile, FujitaAxis axis, Scope scope,
                                          double strongShare, double weakShare, int strongCarriers, int weakCarriers) {
        NetworkGraph g = a.graph();
        int ties = g.ties().size();
        int count = a.tiesInScope(scope);
        double share = ties == 0 ? Double.NaN : (double) count / ties;
        boolean[] carrier = new boolean[g.size()];
        for (int i = 0; i < ties; i++) {
            if (g.tieScope(i) == scope) {
                int s = g.tieSource(i);
                int t = g.tieTarget(i);
                if (g.actor(s).insideRegion()) {
                    carrier[s] = true;
                }
                if (g.actor(t).insideRegion()) {
                    carrier[t] = true;
                }
            }
        }
        int carriers = 0;
        for (boolean c : carrier) {
            carriers += c ? 1 : 0;
        }
        long[] totals = a.options().brokerageGroups() == AnalysisOptions.Grouping.REGION ? a.brokerageTotals() : null;
        List<Integer> hubs = a.connectorHubs();
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("ties", count);
        fig.put("share", share);
        fig.put("in_region_actors_with_such_ties", carriers);
        fig.put("gatekeeper_total", totals == null ? null : totals[BrokerageCalculator.GATEKEEPER]);
        fig.put("representative_total", totals == null ? null : totals[BrokerageCalculator.REPRESENTATIVE]);
        fig.put("connector_hubs", hubs.size());
        String ja;
        String en;
        Integer rating = null;
        String nameJa = axis == FujitaAxis.DOMESTIC ? "国内（域外）" : "海外";
        String nameEn = axis == FujitaAxis.DOMESTIC ? "elsewhere in the country" : "abroad";
        if (ties == 0) {
            ja = "連携が登録されていないため評価できない。";
            en = "No ties: cannot be assessed.";
        } else {
            rating = share >= strongShare && carriers >= strongCarriers ? 3
                    : share < weakShare || carriers < weakCarriers ? 1 : 2;
            ja = String.format(Locale.ROOT, "連携の%s（%d件）が%sとの連携で、域内の%d主体がそれを担う。コネクターハブは%d主体。",
                    pct(share), count, nameJa, carriers, hubs.size());
            en = String.format(Locale.ROOT, "%s of the ties (%d) reach %s, carried by %d in-region actors; %d"
                    + " connector hubs.", pct(share), count, nameEn, carriers, hubs.size());
            String level = axis == FujitaAxis.DOMESTIC ? "国内連携" : "国際連携";
            ja += switch (rating) {
                case 3 -> level + "は強く、域外の知識が複数の窓口から入る（命題4）。";
                case 2 -> level + "は中程度である。";
                default -> level + "は弱く、域外知識の取り込み口が限られる。";
            };
            en += switch (rating) {
                case 3 -> " Strong: outside knowledge comes in through several gatekeepers (proposition 4).";
                case 2 -> " Moderate.";
                default -> " Weak: few channels bring outside knowledge in.";
            };
        }
        return new AxisAssessment(axis, fig, rating, ja, en, profile.assessment(axis));
    }

    private static AxisAssessment governance(NetworkAnalysis a, ClusterProfile profile) {
        NetworkGraph g = a.graph();
        double cb = a.betweennessCentralisation();
        double cd = a.degreeCentralisation();
        List<Integer> cand = a.coreOrganisationCandidates(3);
        Integer top = cand.isEmpty() ? null : cand.get(0);
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("degree_centralisation", cd);
        fig.put("betweenness_centralisation", cb);
        fig.put("max_core", a.maxCore());
        fig.put("core_organisation_candidate", top == null ? null : g.actor(top).name());
        fig.put("candidate_inside_region", top == null ? null : g.actor(top).insideRegion());
        Integer rating = null;
        String ja;
        String en;
        double c = Double.isNaN(cb) ? cd : cb;
        if (g.size() < 3 || g.ties().isEmpty()) {
            ja = "関係主体または連携が少なすぎるため統括機能は評価できない。";
            en = "Too few actors or ties: the governance function cannot be assessed.";
        } else {
            boolean inside = top != null && g.actor(top).insideRegion();
            rating = inside && c >= 0.25 ? 3 : c < 0.10 || !inside ? 1 : 2;
            String name = top == null ? "—" : g.actor(top).name();
            ja = String.format(Locale.ROOT, "中心化の度合いは%s（%s）。中核組織の候補は%sである。", f(c),
                    Double.isNaN(cb) ? "次数" : "媒介", name);
            en = String.format(Locale.ROOT, "Centralisation is %s (%s); the core-organisation candidate is %s.", f(c),
                    Double.isNaN(cb) ? "degree" : "betweenness", name);
            ja += switch (rating) {
                case 3 -> "域内の中核組織が中心的な位置を占め、統括機能が働きうる（命題2・3）。";
                case 2 -> "中核組織はあるが、中心性は中程度である。";
                default -> "ネットワークを束ねる域内の中核組織が見当たらない。";
            };
            en += switch (rating) {
                case 3 -> " An in-region core organisation holds the central position (propositions 2 and 3).";
                case 2 -> " There is a core organisation, but the network is only moderately centralised.";
                default -> " No in-region core organisation holds the network together.";
            };
        }
        return new AxisAssessment(FujitaAxis.GOVERNANCE, fig, rating, ja, en, profile.assessment(FujitaAxis.GOVERNANCE));
    }
}
