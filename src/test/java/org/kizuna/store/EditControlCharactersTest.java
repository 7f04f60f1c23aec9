// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.Kind;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Tie;

/**
 * The GUI's edits (renames, adds, notes) refuse control characters with one clear line and change
 * nothing; notes keep tab and line breaks, names take neither.
 */
class EditControlCharactersTest {
    @TempDir
    Path dir;

    /** An edit built from a text, the text's field, and whether it is free text (notes). */
    static Stream<Arguments> edits() {
        List<Arguments> out = new ArrayList<>();
        add(out, "actor name", false, t -> Edits.addActor(Actor.of(t, "other", true)));
        add(out, "actor rename", false, t -> Edits.updateActor(Actor.of(t, "other", true).withId(1)));
        add(out, "actor location", false, t -> Edits.updateActor(new Actor(1, "A", "other", null, t, null, true, null,
                List.of(), null, null, null, null)));
        add(out, "actor membership", false, t -> Edits.updateActor(new Actor(1, "A", "other", null, null, null, true,
                null, List.of(t), null, null, null, null)));
        add(out, "actor notes", true, t -> Edits.updateActor(new Actor(1, "A", "other", null, null, null, true, null,
                List.of(), t, null, null, null)));
        add(out, "row note", true, t -> Edits.setRowNote(1, t));
        add(out, "tie notes", true, t -> Edits.addTie(new Tie(0, 1, 2, "other", false, 1, null, null, null, t)));
        add(out, "group name", false, t -> Edits.addGroup(new ElementGroup(0, t, null, -1)));
        add(out, "element name", false, t -> Edits.addElement(new Element(0, null, t, null, -1)));
        add(out, "period name", false, t -> Edits.addPeriod(new Period(0, t, -1, false, null, null)));
        add(out, "finding", true, t -> Edits.addFinding(new Finding(0, 0, t, Set.of())));
        add(out, "cell annotation", true, t -> Edits.setCell(new MatrixCell(1, 1, List.of(), t)));
        add(out, "initiative", true, t -> Edits.setProgress(new ProgressCell(1, 1, List.of(t), null)));
        add(out, "cluster name", false, t -> Edits.updateProfile(ClusterProfile.named(t)));
        add(out, "kind label", false, t -> Edits.addActorKind(new Kind("new_kind", t, "New", false, false)));
        return out.stream();
    }

    private static void add(List<Arguments> out, String what, boolean text, Function<String, Command> edit) {
        for (String bad : text ? List.of("a\u0007b", "a\u0000", "\u001bx", "a\u0085b")
                : List.of("a\tb", "a\nb", "a\rb", "a\u0007b", "a\u007fb", "a\u0085b")) {
            out.add(Arguments.of(what, bad, edit));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("edits")
    void refusedInOneLineAndNothingChanges(String what, String bad, Function<String, Command> edit) throws Exception {
        try (ProjectFile f = ProjectFile.create(dir.resolve("p.kizuna"), "p")) {
            f.execute(Edits.addActor(Actor.of("A", "other", true)));
            f.execute(Edits.addActor(Actor.of("B", "other", true)));
            long revision = f.history().revision();
            StoreException e = assertThrows(StoreException.class, () -> f.execute(edit.apply(bad)));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains("control character U+"), e.getMessage());
            assertEquals(revision, f.history().revision(), "nothing was applied");
            assertEquals(List.of("A", "B"), f.snapshot().actors().stream().map(Actor::name).toList());
        }
    }

    @Test
    void notesKeepTabsAndLineBreaks() throws Exception {
        try (ProjectFile f = ProjectFile.create(dir.resolve("p.kizuna"), "p")) {
            f.execute(Edits.addActor(new Actor(0, "A", "other", null, null, null, true, null, List.of(),
                    "line one\n\tline two\r\n", null, null, null)));
            f.execute(Edits.setRowNote(1, "a\tb\nc"));
            Actor a = f.snapshot().actors().get(0);
            assertEquals("line one\n\tline two\r\n", a.notes());
            assertEquals("a\tb\nc", a.matrixNote());
        }
    }
}
