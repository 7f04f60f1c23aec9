// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window icon as WorkbenchApp sets it: every render is in the jar and on the real stage. */
@ExtendWith(ApplicationExtension.class)
class AppIconsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppIcons.applyTo(stage);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void theStageCarriesTheIconAtEverySize() {
        List<Image> icons = stage.getIcons();
        assertEquals(AppIcons.SIZES.size(), icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            int size = AppIcons.SIZES.get(i);
            assertEquals(size, icon.getWidth(), "width of icon " + i);
            assertEquals(size, icon.getHeight(), "height of icon " + i);
        }
    }

    @Test
    void theRendersShowTheMarkOnATransparentGround() {
        for (Image icon : stage.getIcons()) {
            int size = (int) icon.getWidth();
            // Rounded corners: the very corner is transparent, the middle of an edge is indigo.
            assertEquals(0.0, icon.getPixelReader().getColor(0, 0).getOpacity(), 0.01, size + " px corner");
            Color edge = icon.getPixelReader().getColor(size / 2, size * 3 / 64);
            assertTrue(edge.getBlue() > edge.getRed() && edge.getBrightness() < 0.5, size + " px ground " + edge);
            // The orange actor sits at (31, 46) on the 64-unit grid of icons/kizuna.svg.
            Color node = icon.getPixelReader().getColor(size * 31 / 64, size * 46 / 64);
            assertTrue(node.getRed() > 0.8 && node.getBlue() < 0.4, size + " px orange actor " + node);
        }
    }
}
