// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dialogs of a page under test: errors are recorded ("title: message"), choosers cancel. */
public final class RecordingDialogs implements DialogService {
    private final List<String> errors;

    private RecordingDialogs(List<String> errors) {
        this.errors = errors;
    }

    /** Dialogs that add every error shown to {@code errors}, for the test to assert it stayed empty. */
    public static DialogService errorsTo(List<String> errors) {
        return new RecordingDialogs(errors);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.empty();
    }
}
