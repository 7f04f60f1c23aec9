// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.model.Actor;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Kind;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Tie;
import org.kizuna.store.Command;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.Messages;
import org.kizuna.ui.RecordingDialogs;
import org.kizuna.ui.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The properties panel in a real scene (headless): what its kind boxes show while the project changes. */
@ExtendWith(ApplicationExtension.class)
class PropertiesViewTest {
    @TempDir
    Path dir;

    private final StackPane host = new StackPane();
    private final List<String> errors = new ArrayList<>();
    private ProjectFile file;
    private ProjectSession session;
    private long university;
    private long bank;
    private long tie;
    private long element;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(host, 420, 700));
        stage.show();
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Path path = dir.resolve("p.kizuna");
        try (ProjectFile p = ProjectFile.create(path, "十勝")) {
            university = p.execute(Edits.addActor(Actor.of("帯広畜産大学", "university", true))).createdIds().get(0);
            bank = p.execute(Edits.addActor(Actor.of("帯広信用金庫", "financial", true))).createdIds().get(0);
            tie = p.execute(Edits.addTie(Tie.of(bank, university, "funding", true))).createdIds().get(0);
            long group = p.execute(Edits.addGroup(new ElementGroup(0, "研究開発", null, -1))).createdIds().get(0);
            element = p.execute(Edits.addElement(new Element(0, group, "基礎研究", null, -1))).createdIds().get(0);
        }
        file = ProjectFile.open(path);
        Messages messages = Messages.forLocale(Locale.JAPANESE);
        robot.interact(() -> {
            session = new ProjectSession(file, file.snapshot(), BackgroundTasks.sameThread(), messages,
                    RecordingDialogs.errorsTo(errors));
            PropertiesViewModel vm = new PropertiesViewModel(messages);
            vm.setSession(session);
            host.getChildren().setAll(new PropertiesView(vm, messages).root());
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> session.close(() -> { }));
        assertEquals(List.of(), errors);
    }

    /** What the closed box shows: the text of its button cell. */
    private static String shown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            // The closed box shows its button cell, a child of the box itself (not a cell of its popup list).
            ListCell<?> cell = robot.from(box).lookup(".list-cell").match((ListCell<?> c) -> c.getParent() == box)
                    .queryAs(ListCell.class);
            text.set(cell.getText());
        });
        return text.get();
    }

    private void edit(FxRobot robot, Supplier<Command> edit) {
        robot.interact(() -> session.execute(edit.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theActorKindStaysShownAfterEditsElsewhere(FxRobot robot) {
        robot.interact(() -> session.selectedActors().add(university));
        assertEquals("大学", shown(robot, "#propKind"));

        edit(robot, () -> Edits.moveActors(Map.of(university, new double[] {120, 80})));
        assertEquals("大学", shown(robot, "#propKind"), "after a drag");
        edit(robot, () -> Edits.setCell(new MatrixCell(university, element, List.of(Mark.CORE), null)));
        assertEquals("大学", shown(robot, "#propKind"), "after a mark in the matrix");
        edit(robot, () -> Edits.updateActor(session.project().actor(bank).withName("帯広信金")));
        assertEquals("大学", shown(robot, "#propKind"), "after another actor's edit");
        edit(robot, () -> Edits.addActorKind(new Kind("venture", "大学発ベンチャー", "University spin-off", false, false)));
        assertEquals("大学", shown(robot, "#propKind"), "after a new kind (as an import may add)");
        robot.interact(session::undo);
        assertEquals("大学", shown(robot, "#propKind"), "after an undo");
        assertEquals("university", file.snapshot().actor(university).kind());
    }

    @Test
    void theTieKindStaysShownAfterEditsElsewhere(FxRobot robot) {
        robot.interact(() -> session.selectedTies().add(tie));
        assertEquals("資金提供・投資", shown(robot, "#propTieKind"));

        edit(robot, () -> Edits.moveActors(Map.of(bank, new double[] {300, 200})));
        assertEquals("資金提供・投資", shown(robot, "#propTieKind"), "after a drag");
        edit(robot, () -> Edits.setCell(new MatrixCell(bank, element, List.of(Mark.CORE), null)));
        assertEquals("資金提供・投資", shown(robot, "#propTieKind"), "after a mark in the matrix");
        edit(robot, () -> Edits.addTieKind(new Kind("mentoring", "指導・助言", "Mentoring", false, false)));
        assertEquals("資金提供・投資", shown(robot, "#propTieKind"), "after a new kind (as an import may add)");
        robot.interact(session::undo);
        assertEquals("資金提供・投資", shown(robot, "#propTieKind"), "after an undo");
        assertEquals("funding", file.snapshot().ties().get(0).kind());
    }
}
