// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

/** A project file that cannot be opened or written, with a reason a person can act on. */
public class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Reason {
        NOT_FOUND, NOT_SQLITE, FOREIGN, CORRUPT, MODIFIED, BAD_VALUE, FOREIGN_JOURNAL, TOO_NEW, IN_USE, READ_ONLY, IO
    }

    private final transient Reason reason;

    public ProjectFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ProjectFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
