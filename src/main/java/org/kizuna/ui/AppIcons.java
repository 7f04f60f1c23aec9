// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application icon for window title bars and task bars. The PNGs are rendered from
 * {@code icons/kizuna.svg} by {@code icons/render.sh} and copied into the jar by Maven's
 * resources step, so {@code icons/png} stays their only copy in the repository. All sizes are
 * handed to the stage; the window system picks the one that fits.
 */
public final class AppIcons {
    /** The sizes in the jar, in pixels (the 512 px render is for installers only). */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final String FOLDER = "/org/kizuna/ui/icons/";

    private AppIcons() {
    }

    /** Loads every size; a missing or unreadable render is a broken build, so it throws. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            String name = FOLDER + "kizuna-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("application icon missing from the jar: " + name);
                }
                Image image = new Image(in);
                if (image.isError()) {
                    throw new IllegalStateException("application icon unreadable: " + name, image.getException());
                }
                images.add(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }

    /** Sets the application icon on a window. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
