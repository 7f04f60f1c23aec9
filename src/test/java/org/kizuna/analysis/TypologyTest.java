// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Novelty;

class TypologyTest {
    private static Typology.TypologyResult classify(Novelty nat, Novelty reg, Boolean fusion, Boolean realised,
                                                    ClusterType chosen) {
        return Typology.classify(ClusterProfile.named("c").withTypology(nat, reg, fusion, realised, chosen));
    }

    @Test
    void theSeedsThreeRegionsGetTheirTypes() {
        // Tokachi: existing/existing, potential not realised; Kobe: new/new; Kitakyushu semiconductors:
        // existing nationally, new in the region.
        assertEquals(ClusterType.UNTAPPED_POTENTIAL,
                classify(Novelty.EXISTING, Novelty.EXISTING, false, false, null).suggested());
        assertEquals(ClusterType.FRONTIER, classify(Novelty.NEW, Novelty.NEW, null, null, null).suggested());
        assertEquals(ClusterType.TRANSPLANT, classify(Novelty.EXISTING, Novelty.NEW, null, null, null).suggested());
        assertEquals(ClusterType.RENEWAL, classify(Novelty.EXISTING, Novelty.EXISTING, false, true, null).suggested());
        assertEquals(ClusterType.FIELD_FUSION,
                classify(Novelty.EXISTING, Novelty.EXISTING, true, null, null).suggested());
    }

    @Test
    void unsettledAnswersListCandidates() {
        Typology.TypologyResult r = classify(Novelty.EXISTING, Novelty.EXISTING, null, null, null);
        assertNull(r.suggested());
        assertEquals(List.of(ClusterType.UNTAPPED_POTENTIAL, ClusterType.RENEWAL, ClusterType.FIELD_FUSION),
                r.candidates());
        assertEquals(5, classify(null, null, null, null, null).candidates().size());
        assertNotNull(r.noteEn());
    }

    @Test
    void theNonExistentCellIsFlaggedAndTheUsersChoiceWins() {
        Typology.TypologyResult r = classify(Novelty.NEW, Novelty.EXISTING, null, null, null);
        assertNull(r.suggested());
        assertEquals(List.of(ClusterType.FIELD_FUSION), r.candidates());
        assertTrue(r.noteJa().contains("存在しないセル"));
        Typology.TypologyResult chosen = classify(Novelty.NEW, Novelty.NEW, null, null, ClusterType.TRANSPLANT);
        assertEquals(ClusterType.FRONTIER, chosen.suggested());
        assertEquals(ClusterType.TRANSPLANT, chosen.effective());
        assertTrue(chosen.text().supportJa().contains("誘致"), chosen.text().supportJa());
    }
}
