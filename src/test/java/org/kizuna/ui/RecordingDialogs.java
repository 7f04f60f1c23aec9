// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The dialogs of a page under test or on a dev launcher: errors go to a sink ("title: message"), choosers cancel. */
public final class RecordingDialogs implements DialogService {
    private final Consumer<String> errors;

    private RecordingDialogs(Consumer<String> errors) {
        this.errors = errors;
    }

    /** Dialogs that add every error shown to {@code errors}, for the test to assert it stayed empty. */
    public static DialogService errorsTo(List<String> errors) {
        return new RecordingDialogs(errors::add);
    }

    /** Dialogs that print every error on stderr (the dev launchers). */
    public static DialogService errorsToStderr() {
        return new RecordingDialogs(System.err::println);
    }

    @Override
    public void showError(String title, String message) {
        errors.accept(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.empty();
    }
}
