// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.Messages;

class ActorClipboardTest {
    @TempDir
    Path dir;

    @Test
    void copiesTheActorsWithTheTiesAmongThemAndPastesThemAsOneStep() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("c.kizuna"), "十勝")) {
            Actor full = new Actor(0, "帯広畜産大学", "university", Sector.ACADEMIA, "帯広市", null, true, "畜産",
                    List.of("十勝バイオ協議会", "食品産業協会"), "メモ\n二行目", null, 100.0, 50.0);
            long u = p.execute(Edits.addActor(full)).createdIds().get(0);
            long b = p.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true))).createdIds().get(0);
            long c = p.execute(Edits.addActor(Actor.of("JETRO", "government", false))).createdIds().get(0);
            p.execute(Edits.addTie(new Tie(0, b, u, "funding", true, 2.5, 2008, 2012, Scope.DOMESTIC, "融資")));
            p.execute(Edits.addTie(Tie.of(u, c, "joint_research", false)));

            Project before = p.snapshot();
            ActorClipboard.Payload copied = ActorClipboard.copy(before, Set.of(u, b));
            assertEquals(List.of("帯広畜産大学", "帯広信用金庫"), copied.actors().stream().map(Actor::name).toList());
            assertEquals(1, copied.ties().size(), "only the tie between the two copied actors");

            Optional<ActorClipboard.Payload> decoded = ActorClipboard.decode(ActorClipboard.encode(copied));
            assertEquals(Optional.of(copied), decoded, "our clipboard format keeps every field");
            assertEquals("帯広畜産大学\t大学\n帯広信用金庫\t金融機関\n",
                    ActorClipboard.plainText(copied, before, Messages.forLocale(java.util.Locale.JAPANESE).japanese()));

            List<Long> created = p.execute(ActorClipboard.pasteCommand(before, decoded.get())).createdIds();
            Project after = p.snapshot();
            assertEquals(2, created.size());
            Actor pasted = after.actor(created.get(0));
            assertEquals("帯広畜産大学 (2)", pasted.name());
            assertEquals(140.0, pasted.x());
            assertEquals(90.0, pasted.y());
            assertEquals(List.of("十勝バイオ協議会", "食品産業協会"), pasted.memberships());
            assertEquals("メモ\n二行目", pasted.notes());
            assertEquals("帯広信用金庫 (2)", after.actor(created.get(1)).name());
            Tie tie = after.ties().get(after.ties().size() - 1);
            assertEquals(created.get(1), tie.sourceId());
            assertEquals(created.get(0), tie.targetId());
            assertEquals(2.5, tie.strength());
            assertEquals(Scope.DOMESTIC, tie.scopeOverride());
            assertEquals(5, after.actors().size());
            assertEquals(3, after.ties().size());

            p.history().undo();
            assertEquals(before, p.snapshot(), "one undo takes the whole paste back");
        }
    }

    @Test
    void clashingNamesAreNumbered() {
        assertEquals("A", ActorClipboard.freeName("A", Set.of("B")));
        assertEquals("A (2)", ActorClipboard.freeName("A", Set.of("A")));
        assertEquals("A (3)", ActorClipboard.freeName("A", Set.of("A", "A (2)")));
        assertEquals("A (3)", ActorClipboard.freeName("A (2)", Set.of("A", "A (2)")));
    }

    @Test
    void textThatIsNotOursIsNoPayload() {
        assertTrue(ActorClipboard.decode("帯広畜産大学\t大学\n").isEmpty());
        assertTrue(ActorClipboard.decode("format=kizuna-actors/1\nactors=x\n").isEmpty());
        assertTrue(ActorClipboard.decode(null).isEmpty());
    }
}
