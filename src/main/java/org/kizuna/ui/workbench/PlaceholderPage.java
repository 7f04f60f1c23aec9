// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.WorkbenchPage;

/** The place of a view that comes with the next version (Matrix, Progress, Diagnosis, Profile). */
final class PlaceholderPage implements WorkbenchPage {
    private final VBox root;

    PlaceholderPage(NavigatorEntry entry, Messages messages) {
        Label icon = new Label();
        icon.setGraphic(Icons.navigator(entry, 48));
        Label title = new Label(messages.get(entry.messageKey()));
        title.getStyleClass().add("placeholder-title");
        Label text = new Label(messages.format("placeholder.text", messages.get(entry.messageKey())));
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(460);
        root = new VBox(12, icon, title, text);
        root.setAlignment(Pos.CENTER);
        root.setId("placeholder-" + entry.name().toLowerCase(java.util.Locale.ROOT));
        root.getStyleClass().add("placeholder-page");
    }

    @Override
    public Node root() {
        return root;
    }
}
