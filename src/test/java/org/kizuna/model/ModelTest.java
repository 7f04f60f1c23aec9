// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void cellsParseAndPrintAsTheSeedWritesThem() {
        MatrixCell c = MatrixCell.parse(1, 2, "◎ 畜産");
        assertEquals(List.of(Mark.CORE), c.marks());
        assertEquals("畜産", c.annotation());
        assertEquals("◎ 畜産", c.display());
        assertEquals(List.of(Mark.CORE, Mark.WEAK), MatrixCell.parse(1, 2, "◎△").marks());
        assertEquals("◎△", MatrixCell.parse(1, 2, "◎△").display());
        assertTrue(MatrixCell.parse(1, 2, "").isEmpty());
        assertEquals("(注記)", MatrixCell.parse(1, 2, "(注記)").display());
        assertEquals(List.of(Mark.CONTRIBUTES), MatrixCell.parse(1, 2, "〇").marks(), "ideographic zero reads as ○");
        assertThrows(IllegalArgumentException.class, () -> Mark.parseAll("◎x"));
    }

    @Test
    void scopeFollowsTheEnds() {
        Actor in1 = Actor.of("a", "company", true);
        Actor in2 = Actor.of("b", "company", true);
        Actor out = Actor.of("c", "company", false);
        Actor abroad = Actor.of("d", "company", false).withLocation("Boston", "US");
        assertEquals(Scope.IN_REGION, Scope.derive(in1, in2));
        assertEquals(Scope.DOMESTIC, Scope.derive(in1, out));
        assertEquals(Scope.INTERNATIONAL, Scope.derive(in1, abroad));
        assertEquals(Scope.INTERNATIONAL, Scope.derive(out, abroad));
        assertEquals(Scope.IN_REGION, Scope.parse("域内"));
    }

    @Test
    void tiesKnowWhenTheyAreAlive() {
        Tie t = Tie.of(1, 2, "joint_research", false).withYears(2001, 2005);
        assertTrue(t.aliveBetween(2005, 2006));
        assertTrue(t.aliveBetween(null, 2001));
        assertFalse(t.aliveBetween(2006, null));
        assertFalse(t.aliveBetween(1990, 2000));
        assertTrue(Tie.of(1, 2, "x", false).aliveBetween(1900, 1901), "an undated tie is always alive");
        assertThrows(IllegalArgumentException.class, () -> Tie.of(1, 1, "x", false));
        assertThrows(IllegalArgumentException.class, () -> Tie.of(1, 2, "x", false).withStrength(0));
        assertThrows(IllegalArgumentException.class, () -> Tie.of(1, 2, "x", false).withYears(2005, 2001));
    }

    @Test
    void vocabulariesAcceptCodesAndLabelsInBothLanguages() {
        assertEquals("university", Vocabulary.find(Vocabulary.ACTOR_KINDS, "大学").code());
        assertEquals("financial", Vocabulary.find(Vocabulary.ACTOR_KINDS, "bank / fund").code());
        assertEquals("funding", Vocabulary.find(Vocabulary.TIE_KINDS, "funding").code());
        assertNull(Vocabulary.find(Vocabulary.TIE_KINDS, "teleportation"));
        assertEquals(Sector.FINANCE, Sector.parse("金"));
        assertEquals(Judgement.INSUFFICIENT, Judgement.parse("まだ不十分"));
        assertEquals("⑤", Finding.circled(5));
    }

    @Test
    void profileAssessmentsIgnoreBlanks() {
        ClusterProfile p = ClusterProfile.named("x").withAssessment(FujitaAxis.DOMESTIC, "国内")
                .withAssessment(FujitaAxis.GOVERNANCE, "  ");
        assertEquals("国内", p.assessment(FujitaAxis.DOMESTIC));
        assertNull(p.assessment(FujitaAxis.GOVERNANCE));
        assertNull(p.withAssessment(FujitaAxis.DOMESTIC, null).assessment(FujitaAxis.DOMESTIC));
    }
}
