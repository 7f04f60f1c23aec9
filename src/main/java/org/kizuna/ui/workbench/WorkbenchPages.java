// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import org.kizuna.ui.diagnosis.DiagnosisView;
import org.kizuna.ui.matrix.MatrixView;
import org.kizuna.ui.network.NetworkView;
import org.kizuna.ui.profile.ProfileView;
import org.kizuna.ui.progress.ProgressView;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WorkbenchPage;

/**
 * Which page fills the centre for each navigator entry: the one place to wire a new view in (one
 * line per page). Views not built yet hold their place with a note.
 */
@FunctionalInterface
public interface WorkbenchPages {
    WorkbenchPage create(NavigatorEntry entry, ProjectSession session);

    /** The pages of this version. */
    static WorkbenchPages standard() {
        return (entry, session) -> switch (entry) {
            case NETWORK -> new NetworkView(session);
            case MATRIX -> new MatrixView(session);
            case PROGRESS -> new ProgressView(session);
            case DIAGNOSIS -> new DiagnosisView(session);
            case PROFILE -> new ProfileView(session);
            default -> new PlaceholderPage(entry, session.messages());
        };
    }
}
