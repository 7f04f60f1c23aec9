// SPDX-License-Identifier: Apache-2.0
package org.kizuna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuiEnvironmentTest {
    @Test
    void linuxWithoutDisplayCannotOpenAWindow() {
        Optional<String> problem = GuiEnvironment.problem(Map.of(), "Linux", null);
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("DISPLAY"), problem.get());
        assertTrue(GuiEnvironment.problem(Map.of("DISPLAY", " "), "Linux", null).isPresent());
    }

    @Test
    void aDisplayMonocleWindowsOrMacAreFine() {
        assertEquals(Optional.empty(), GuiEnvironment.problem(Map.of("DISPLAY", ":0"), "Linux", null));
        assertEquals(Optional.empty(), GuiEnvironment.problem(Map.of(), "Linux", "Monocle"));
        assertEquals(Optional.empty(), GuiEnvironment.problem(Map.of(), "Windows 11", null));
        assertEquals(Optional.empty(), GuiEnvironment.problem(Map.of(), "Mac OS X", null));
    }
}
