// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;

/** Something that opens a project (a chosen file, the untitled project, a bundled demo); run off the FX thread. */
@FunctionalInterface
public interface ProjectSource {
    ProjectFile open() throws ProjectFileException;
}
