// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import org.kizuna.ui.matrix.MatrixView;
import org.kizuna.ui.overview.OverviewPage;
import org.kizuna.ui.profile.ProfileView;
import org.kizuna.ui.progress.ProgressView;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WorkbenchPage;

/**
 * Which page fills the centre for each navigator entry: the one place to wire a new view in. The
 * Matrix, Progress, Diagnosis and Profile views come with the next issue and hold their place
 * with a note until then.
 */
@FunctionalInterface
public interface WorkbenchPages {
    WorkbenchPage create(NavigatorEntry entry, ProjectSession session);

    /** The pages of this version. */
    static WorkbenchPages standard() {
        return (entry, session) -> switch (entry) {
            case NETWORK -> new OverviewPage(session);
            case MATRIX -> new MatrixView(session);
            case PROGRESS -> new ProgressView(session);
            case PROFILE -> new ProfileView(session);
            default -> new PlaceholderPage(entry, session.messages());
        };
    }
}
