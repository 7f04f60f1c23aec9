// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cluster's profile. Typology answers: {@code nationalNovelty} and {@code regionalNovelty} are the
 * two axes; where both are "existing" the seed splits three ways, so {@code fieldFusion} (is it a
 * fusion of existing fields?) and {@code potentialRealised} (does the region already use its
 * potential?) settle it. {@code clusterType}, {@code stage} hold the user's own choice and win over
 * any suggestion. {@code assessments} are the user's written Fujita-axis assessments.
 */
public record ClusterProfile(String name, String region, String field, String description,
                             Novelty nationalNovelty, Novelty regionalNovelty, Boolean fieldFusion,
                             Boolean potentialRealised, ClusterType clusterType, LifeCycleStage stage,
                             GovernanceType governance, ManagementViewpoints viewpoints,
                             Map<FujitaAxis, String> assessments) {
    public ClusterProfile {
        viewpoints = viewpoints == null ? ManagementViewpoints.EMPTY : viewpoints;
        EnumMap<FujitaAxis, String> copy = new EnumMap<>(FujitaAxis.class);
        if (assessments != null) {
            assessments.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(k, v);
                }
            });
        }
        assessments = Map.copyOf(copy);
    }

    public static ClusterProfile named(String name) {
        return new ClusterProfile(name, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public String assessment(FujitaAxis axis) {
        return assessments.get(axis);
    }

    /** The management viewpoints of the core organisation: vision, mission, policy, goals, people. */
    public record ManagementViewpoints(String vision, String mission, String policy, String goals,
                                       String managementPeople) {
        public static final ManagementViewpoints EMPTY = new ManagementViewpoints(null, null, null, null, null);
    }

    public ClusterProfile withName(String n) {
        return new ClusterProfile(n, region, field, description, nationalNovelty, regionalNovelty, fieldFusion,
                potentialRealised, clusterType, stage, governance, viewpoints, assessments);
    }

    public ClusterProfile withPlace(String r, String f, String d) {
        return new ClusterProfile(name, r, f, d, nationalNovelty, regionalNovelty, fieldFusion,
                potentialRealised, clusterType, stage, governance, viewpoints, assessments);
    }

    public ClusterProfile withTypology(Novelty national, Novelty regional, Boolean fusion, Boolean realised,
                                       ClusterType chosen) {
        return new ClusterProfile(name, region, field, description, national, regional, fusion, realised, chosen,
                stage, governance, viewpoints, assessments);
    }

    public ClusterProfile withStage(LifeCycleStage s, GovernanceType g) {
        return new ClusterProfile(name, region, field, description, nationalNovelty, regionalNovelty, fieldFusion,
                potentialRealised, clusterType, s, g, viewpoints, assessments);
    }

    public ClusterProfile withViewpoints(ManagementViewpoints v) {
        return new ClusterProfile(name, region, field, description, nationalNovelty, regionalNovelty, fieldFusion,
                potentialRealised, clusterType, stage, governance, v, assessments);
    }

    public ClusterProfile withAssessment(FujitaAxis axis, String text) {
        EnumMap<FujitaAxis, String> m = new EnumMap<>(FujitaAxis.class);
        m.putAll(assessments);
        if (text == null || text.isBlank()) {
            m.remove(axis);
        } else {
            m.put(axis, text);
        }
        return new ClusterProfile(name, region, field, description, nationalNovelty, regionalNovelty, fieldFusion,
                potentialRealised, clusterType, stage, governance, viewpoints, m);
    }
}
