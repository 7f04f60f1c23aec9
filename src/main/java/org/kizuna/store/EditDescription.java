// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.util.List;

/**
 * What an edit did, as a message key and its arguments, so the UI can say "Undo: add tie A → B" in
 * the user's language (keys live in the i18n bundles as {@code edit.<key>}).
 */
public record EditDescription(String key, List<String> args) {
    public EditDescription {
        args = List.copyOf(args);
    }

    public static EditDescription of(String key, String... args) {
        return new EditDescription(key, List.of(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + " " + String.join(" → ", args);
    }
}
