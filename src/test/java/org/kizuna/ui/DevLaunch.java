// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/** What the dev launchers (a page alone in a window, for screenshots) share. */
public final class DevLaunch {
    private DevLaunch() {
    }

    /**
     * With {@code --exit-after SECONDS} among {@code args}, ends the program that long after now, so a
     * screenshot script knows when the window is gone. Call on the FX thread.
     */
    public static void exitAfterIfAsked(String[] args) {
        int i = List.of(args).indexOf("--exit-after");
        if (i < 0) {
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(Double.parseDouble(args[i + 1])));
        wait.setOnFinished(e -> {
            Platform.exit();
            System.exit(0);
        });
        wait.play();
    }
}
