// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.LifeCycleStage;

/**
 * Suggests a life-cycle stage from the figures. The seeds describe a cluster in formation
 * (Hokuriku) as "rich in seeds but low in density, dispersed and weakly connected", so:
 * <ul>
 *   <li>formation when in-region density &lt; 0.10, or the largest component holds under half of the
 *       actors, or nobody has two partners who are also tied among themselves (max core &lt; 2);
 *   <li>maturity when in-region density ≥ 0.20, the largest component holds ≥ 90% of the actors, the
 *       main core is at least a 3-core, at least 20% of the ties reach outside the region and the
 *       governance axis is rated strong;
 *   <li>development otherwise.
 * </ul>
 * The user's choice in the profile wins; the suggestion and its reasons are still shown.
 */
public final class LifeCycleAdvisor {
    private LifeCycleAdvisor() {
    }

    public record Reason(String code, double value, String test, boolean met, String textJa, String textEn) {
    }

    public record LifeCycleSuggestion(LifeCycleStage suggested, LifeCycleStage chosen, LifeCycleStage effective,
                                      List<Reason> reasons) {
    }

    public static LifeCycleSuggestion suggest(NetworkAnalysis a, ClusterProfile profile,
                                              List<FujitaAssessor.AxisAssessment> axes) {
        int n = a.graph().size();
        double density = a.inRegion().density();
        double reach = n == 0 ? Double.NaN : (double) a.components().largest() / n;
        int maxCore = a.maxCore();
        double external = a.externalShare();
        Integer gov = axes.stream().filter(x -> x.axis() == FujitaAxis.GOVERNANCE).findFirst()
                .map(FujitaAssessor.AxisAssessment::rating).orElse(null);
        List<Reason> formation = new ArrayList<>();
        formation.add(reason("in_region_density", density, "< 0.10", lt(density, 0.10),
                "域内密度", "in-region density"));
        formation.add(reason("largest_component_share", reach, "< 0.50", lt(reach, 0.5),
                "最大連結成分の割合", "share of actors in the largest component"));
        formation.add(reason("max_core", maxCore, "< 2", maxCore < 2, "最大コア次数", "highest core number"));
        List<Reason> maturity = new ArrayList<>();
        maturity.add(reason("in_region_density", density, ">= 0.20", !lt(density, 0.20) && !Double.isNaN(density),
                "域内密度", "in-region density"));
        maturity.add(reason("largest_component_share", reach, ">= 0.90", !lt(reach, 0.9) && !Double.isNaN(reach),
                "最大連結成分の割合", "share of actors in the largest component"));
        maturity.add(reason("max_core", maxCore, ">= 3", maxCore >= 3, "最大コア次数", "highest core number"));
        maturity.add(reason("external_share", external, ">= 0.20", !lt(external, 0.2) && !Double.isNaN(external),
                "域外連携の割合", "share of ties leaving the region"));
        maturity.add(reason("governance_rating", gov == null ? Double.NaN : gov, "= 3", gov != null && gov == 3,
                "統括機能の評価", "governance rating"));
        LifeCycleStage suggested;
        List<Reason> reasons;
        if (formation.stream().anyMatch(Reason::met)) {
            suggested = LifeCycleStage.FORMATION;
            reasons = formation;
        } else if (maturity.stream().allMatch(Reason::met)) {
            suggested = LifeCycleStage.MATURITY;
            reasons = maturity;
        } else {
            suggested = LifeCycleStage.DEVELOPMENT;
            reasons = new ArrayList<>(formation);
            reasons.addAll(maturity);
        }
        LifeCycleStage chosen = profile.stage();
        return new LifeCycleSuggestion(suggested, chosen, chosen != null ? chosen : suggested, List.copyOf(reasons));
    }

    private static boolean lt(double x, double bound) {
        return !Double.isNaN(x) && x < bound;
    }

    /** Counts and ratings ("highest core number 2") print as integers, shares and densities to two places. */
    private static final Set<String> INTEGER_CODES = Set.of("max_core", "governance_rating");

    private static Reason reason(String code, double value, String test, boolean met, String ja, String en) {
        String v = Double.isNaN(value) ? "—"
                : INTEGER_CODES.contains(code) ? String.format(Locale.ROOT, "%d", Math.round(value))
                : String.format(Locale.ROOT, "%.2f", value);
        return new Reason(code, value, test, met,
                ja + " " + v + (met ? "（条件 " : "（条件外 ") + test + "）",
                en + " " + v + (met ? " (meets " : " (does not meet ") + test + ")");
    }
}
