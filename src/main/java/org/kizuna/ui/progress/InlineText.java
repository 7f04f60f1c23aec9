// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.progress;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

/**
 * A wrapped label that turns into a text field to be renamed: double-click, Enter or F2 starts,
 * Enter or focus leaving commits, Esc cancels. While editing, refreshes from the project do not
 * touch the text being typed. Used for the period and row headings of the progress table.
 */
final class InlineText extends StackPane {
    private final Label label = new Label();
    private final TextField field = new TextField();
    private final String prompt;
    private final BooleanSupplier suspended;
    private Predicate<String> onCommit = s -> true;
    private String value = "";
    private boolean editing;

    /**
     * {@code suspended} is true while the table moves its nodes around: focus lost then is not the
     * person leaving the field.
     */
    InlineText(String prompt, BooleanSupplier suspended) {
        this.prompt = prompt;
        this.suspended = suspended;
        getStyleClass().add("inline-text");
        setFocusTraversable(true);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("inline-label");
        field.setVisible(false);
        field.managedProperty().bind(field.visibleProperty());
        label.managedProperty().bind(label.visibleProperty());
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(label, field);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !editing) {
                startEdit();
            } else if (!editing) {
                requestFocus();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!editing && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)) {
                startEdit();
                e.consume();
            }
        });
        field.setOnAction(e -> {
            commit();
            requestFocus();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                requestFocus();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && editing && !suspended.getAsBoolean()) {
                commit();
            }
        });
        show();
    }

    /** What to do with the new text; false when it was refused (the old text is shown again). */
    void setOnCommit(Predicate<String> onCommit) {
        this.onCommit = onCommit;
    }

    void setValue(String v) {
        value = v == null ? "" : v;
        show();
    }

    String value() {
        return value;
    }

    boolean editing() {
        return editing;
    }

    TextField field() {
        return field;
    }

    Label label() {
        return label;
    }

    void startEdit() {
        editing = true;
        field.setText(value);
        label.setVisible(false);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        if (!editing) {
            return;
        }
        editing = false;
        String typed = field.getText() == null ? "" : field.getText().strip();
        if (!typed.equals(value) && onCommit.test(typed)) {
            value = typed; // shown at once; the snapshot that follows confirms it
        }
        show();
    }

    private void cancel() {
        editing = false;
        show();
    }

    private void show() {
        if (editing) {
            return;
        }
        field.setVisible(false);
        label.setVisible(true);
        label.setText(value.isEmpty() ? prompt : value);
        label.getStyleClass().remove("inline-prompt");
        if (value.isEmpty()) {
            label.getStyleClass().add("inline-prompt");
        }
    }
}
