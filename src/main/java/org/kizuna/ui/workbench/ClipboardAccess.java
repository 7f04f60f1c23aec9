// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.util.Optional;

/**
 * The clipboard as the view-model sees it: our own format beside plain text. The window uses the
 * system clipboard ({@link FxClipboard}); view-model tests keep the contents in memory.
 */
public interface ClipboardAccess {
    /** Puts actors in our format and, for other programs, as plain text. */
    void put(String kizunaData, String plainText);

    /** What the clipboard holds in our format, if anything. */
    Optional<String> kizunaData();

    /** A clipboard that lives in this object, for tests and for a window without a system clipboard. */
    static ClipboardAccess inMemory() {
        return new ClipboardAccess() {
            private String data;

            @Override
            public void put(String kizunaData, String plainText) {
                data = kizunaData;
            }

            @Override
            public Optional<String> kizunaData() {
                return Optional.ofNullable(data);
            }
        };
    }
}
