// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/** The system clipboard (FX thread only): our format plus the names as plain text. */
public final class FxClipboard implements ClipboardAccess {
    private static final DataFormat KIZUNA = dataFormat();

    // DataFormat identifiers are global to the JVM: a second instance with the same id is refused.
    private static DataFormat dataFormat() {
        DataFormat existing = DataFormat.lookupMimeType(ActorClipboard.FORMAT);
        return existing != null ? existing : new DataFormat(ActorClipboard.FORMAT);
    }

    @Override
    public void put(String kizunaData, String plainText) {
        Clipboard.getSystemClipboard().setContent(Map.of(KIZUNA, kizunaData, DataFormat.PLAIN_TEXT, plainText));
    }

    @Override
    public Optional<String> kizunaData() {
        Object data = Clipboard.getSystemClipboard().getContent(KIZUNA);
        return data instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
