// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kizuna.model.Judgement;
import org.kizuna.model.ProgressCell;
import org.kizuna.ui.Messages;

/**
 * One cell of the progress table: the initiatives and judgement as the seed prints them, on a fill
 * that says the judgement (Okabe–Ito blue, pale blue, orange: told apart without red–green). The
 * cell takes the keyboard: Enter, F2 or a double-click opens the inline editor (one initiative per
 * line; Alt+↑/↓ moves a line; the judgement as toggles), Ctrl/Cmd+Enter commits, Esc cancels;
 * focus leaving the editor commits too, so nothing typed is lost. Outside the editor 1/2/3 set the
 * judgement, 0 clears it, Delete empties the cell, arrows move to the neighbouring cell.
 */
final class ProgressCellView extends StackPane {
    /** What the table does for a cell: move focus, write an edit. */
    interface Host {
        void navigate(ProgressCellView from, int dRow, int dColumn);

        void commit(ProgressCellView cell, List<String> initiatives, Judgement judgement);

        void clear(ProgressCellView cell);

        void judge(ProgressCellView cell, Judgement judgement);

        /** Another cell's editor is closed (committed) before this one opens. */
        void editing(ProgressCellView cell);
    }

    private static final String[] JUDGEMENT_CLASSES = {"judgement-considerable", "judgement-progress",
        "judgement-insufficient", "judgement-none"};

    private final ProgressViewModel vm;
    private final Messages messages;
    private final Host host;
    private final BooleanSupplier suspended;
    private final ProgressViewModel.Key key;
    private final Label text = new Label();
    private ProgressCell cell;
    private VBox editor;
    private TextArea area;
    private ToggleGroup judgements;
    private ChangeListener<Node> focusWatch;

    ProgressCellView(ProgressViewModel vm, Messages messages, Host host, BooleanSupplier suspended,
                     ProgressViewModel.Key key) {
        this.vm = vm;
        this.messages = messages;
        this.host = host;
        this.suspended = suspended;
        this.key = key;
        getStyleClass().add("progress-cell");
        setFocusTraversable(true);
        setAlignment(Pos.TOP_LEFT);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("progress-cell-text");
        getChildren().add(text);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !editing()) {
                startEdit();
            } else if (!editing()) {
                requestFocus();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    ProgressViewModel.Key key() {
        return key;
    }

    ProgressCell cell() {
        return cell;
    }

    boolean editing() {
        return editor != null;
    }

    TextArea editorText() {
        return area;
    }

    /** The text as shown ("○…\n○…\n（かなり進展）"). */
    String shownText() {
        return text.getText();
    }

    void setPlan(boolean plan) {
        getStyleClass().remove("plan");
        if (plan) {
            getStyleClass().add("plan");
        }
    }

    /** Shows the stored cell; an open editor is left as it is. */
    void update(ProgressCell c) {
        cell = c;
        text.setText(vm.cellText(c));
        getStyleClass().removeAll(JUDGEMENT_CLASSES);
        getStyleClass().add(judgementClass(c.judgement()));
        getStyleClass().remove("empty");
        if (c.isEmpty()) {
            getStyleClass().add("empty");
        }
        String tip = c.isEmpty() ? messages.get("progress.cell.emptyTip") : vm.judgementLabel(c.judgement());
        setAccessibleText(vm.cellText(c).replace('\n', ' ') + " " + tip);
    }

    static String judgementClass(Judgement j) {
        return j == null ? "judgement-none" : "judgement-" + j.code();
    }

    private void onKey(KeyEvent e) {
        if (editing() || e.isAltDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case ENTER, F2 -> startEdit();
            case UP -> host.navigate(this, -1, 0);
            case DOWN -> host.navigate(this, 1, 0);
            case LEFT -> host.navigate(this, 0, -1);
            case RIGHT -> host.navigate(this, 0, 1);
            case DELETE, BACK_SPACE -> host.clear(this);
            case DIGIT1, NUMPAD1 -> host.judge(this, Judgement.CONSIDERABLE);
            case DIGIT2, NUMPAD2 -> host.judge(this, Judgement.PROGRESS);
            case DIGIT3, NUMPAD3 -> host.judge(this, Judgement.INSUFFICIENT);
            case DIGIT0, NUMPAD0 -> host.judge(this, null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Opens the inline editor on the stored content. */
    void startEdit() {
        if (editing() || !vm.editable()) {
            return;
        }
        host.editing(this);
        area = new TextArea(ProgressViewModel.initiativesText(cell.initiatives()));
        area.setId("cellEditorText");
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(3, cell.initiatives().size() + 1));
        area.setPromptText(messages.get("progress.editor.prompt"));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);

        judgements = new ToggleGroup();
        HBox judgeRow = new HBox(4);
        judgeRow.getStyleClass().add("judgement-toggles");
        for (Judgement j : new Judgement[] {Judgement.CONSIDERABLE, Judgement.PROGRESS, Judgement.INSUFFICIENT,
            null}) {
            ToggleButton b = new ToggleButton(vm.judgementLabel(j));
            b.setId("judge-" + (j == null ? "none" : j.code()));
            b.setUserData(j);
            b.setToggleGroup(judgements);
            b.getStyleClass().addAll("small", "judgement-toggle", judgementClass(j));
            b.setSelected(cell.judgement() == j);
            judgeRow.getChildren().add(b);
        }
        // A judgement is always chosen ("none" included): clicking the chosen toggle keeps it.
        judgements.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });

        Button up = small("↑", "progress.editor.up", "cellLineUp");
        up.setOnAction(e -> moveLine(-1));
        Button down = small("↓", "progress.editor.down", "cellLineDown");
        down.setOnAction(e -> moveLine(1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(messages.get("progress.editor.cancel"));
        cancel.setId("cellCancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> cancelEdit());
        Button ok = new Button(messages.get("progress.editor.commit"));
        ok.setId("cellCommit");
        ok.getStyleClass().addAll("small", "accent");
        ok.setOnAction(e -> commitEdit());
        HBox buttons = new HBox(4, up, down, spacer, cancel, ok);
        buttons.setAlignment(Pos.CENTER_LEFT);

        editor = new VBox(4, area, judgeRow, buttons);
        editor.getStyleClass().add("progress-cell-editor");
        text.setVisible(false);
        getChildren().add(editor);
        getStyleClass().add("editing");
        area.requestFocus();
        area.end();
        watchFocus();
    }

    private Button small(String glyph, String tipKey, String id) {
        Button b = new Button(glyph);
        b.setId(id);
        b.getStyleClass().addAll("small", "flat");
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.setFocusTraversable(false);
        return b;
    }

    private void onEditorKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            commitEdit();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            moveLine(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.isAltDown() && judgementForKey(e.getCode()) != null) {
            Judgement j = judgementForKey(e.getCode()).orElse(null);
            for (Toggle t : judgements.getToggles()) {
                if (t.getUserData() == j) {
                    t.setSelected(true);
                }
            }
            e.consume();
        }
    }

    private static java.util.Optional<Judgement> judgementForKey(KeyCode code) {
        return switch (code) {
            case DIGIT1 -> java.util.Optional.of(Judgement.CONSIDERABLE);
            case DIGIT2 -> java.util.Optional.of(Judgement.PROGRESS);
            case DIGIT3 -> java.util.Optional.of(Judgement.INSUFFICIENT);
            case DIGIT0 -> java.util.Optional.empty();
            default -> null;
        };
    }

    private void moveLine(int delta) {
        ProgressViewModel.TextEdit t = ProgressViewModel.moveLine(area.getText(), area.getCaretPosition(), delta);
        area.setText(t.text());
        area.positionCaret(t.caret());
        area.requestFocus();
    }

    /** Writes what the editor holds (nothing when it is what is stored) and closes it. */
    void commitEdit() {
        if (!editing()) {
            return;
        }
        List<String> initiatives = ProgressViewModel.parseInitiatives(area.getText());
        Toggle t = judgements.getSelectedToggle();
        Judgement j = t == null ? null : (Judgement) t.getUserData();
        boolean hadFocus = isFocusWithin();
        closeEditor();
        ProgressCell pending = new ProgressCell(key.groupId(), key.periodId(), initiatives, j);
        update(pending); // shown at once; the new snapshot confirms it
        host.commit(this, initiatives, j);
        if (hadFocus) {
            requestFocus();
        }
    }

    void cancelEdit() {
        if (!editing()) {
            return;
        }
        closeEditor();
        requestFocus();
    }

    private void closeEditor() {
        unwatchFocus();
        getChildren().remove(editor);
        editor = null;
        area = null;
        judgements = null;
        text.setVisible(true);
        getStyleClass().remove("editing");
    }

    /** Commits when focus goes somewhere outside the editor (another cell, another control). */
    private void watchFocus() {
        Scene s = getScene();
        if (s == null) {
            return;
        }
        focusWatch = (o, was, now) -> {
            if (now != null && editor != null && !isInside(now, editor) && !suspended.getAsBoolean()) {
                javafx.application.Platform.runLater(() -> {
                    Scene sc = getScene();
                    if (editor != null && sc != null && sc.getFocusOwner() != null
                            && !isInside(sc.getFocusOwner(), editor)) {
                        commitEdit();
                    }
                });
            }
        };
        s.focusOwnerProperty().addListener(focusWatch);
    }

    private void unwatchFocus() {
        if (focusWatch != null && getScene() != null) {
            getScene().focusOwnerProperty().removeListener(focusWatch);
        }
        focusWatch = null;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
