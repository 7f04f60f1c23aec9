// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import javafx.stage.Window;
import org.kizuna.ui.Messages;
import org.kizuna.ui.session.ProjectSession;

/**
 * Opens the export and import windows for the window's current project: the one object the
 * workbench shell holds for File → Export… and File → Import…. The seams tests replace live here:
 * the {@link Opener} (so no program is launched) and the export's steps (to hold a job mid-way).
 */
public final class ExchangeDialogs {
    private final Messages messages;
    private Opener opener;
    private ExportJob.Steps exportSteps;

    public ExchangeDialogs(Messages messages, Opener opener) {
        this.messages = messages;
        this.opener = opener;
    }

    /** File → Export…; {@code picture} is File → Export Network Picture…, for the picture formats. */
    public void showExport(Window owner, ProjectSession session, Runnable picture) {
        if (session == null) {
            return;
        }
        ExportViewModel vm = new ExportViewModel(session::project, session.file().path(), messages,
                ExchangeRunner.fx());
        vm.setSteps(exportSteps);
        ExportDialog.show(owner, vm, messages, opener, picture);
    }

    /** File → Import…: the checked plan is run through {@code session.execute}, one undoable edit. */
    public void showImport(Window owner, ProjectSession session) {
        if (session == null) {
            return;
        }
        ImportViewModel vm = new ImportViewModel(session::project, messages, ExchangeRunner.fx(), session::execute);
        ImportDialog.show(owner, vm, messages);
    }

    void setOpener(Opener opener) {
        this.opener = opener;
    }

    void setExportSteps(ExportJob.Steps steps) {
        this.exportSteps = steps;
    }
}
