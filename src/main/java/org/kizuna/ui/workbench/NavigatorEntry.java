// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

/** The project's views, in the navigator's order; each names its label's bundle key. */
public enum NavigatorEntry {
    NETWORK("nav.network"),
    MATRIX("nav.matrix"),
    PROGRESS("nav.progress"),
    DIAGNOSIS("nav.diagnosis"),
    PROFILE("nav.profile");

    private final String messageKey;

    NavigatorEntry(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
