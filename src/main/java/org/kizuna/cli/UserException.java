// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

/** A mistake in what the user asked for: printed as one line, exit code 1 (its details with --verbose). */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Lines that follow the message with --verbose (every bad row of an import, say). */
    private final transient java.util.List<String> details;

    public UserException(String message) {
        this(message, java.util.List.of());
    }

    public UserException(String message, java.util.List<String> details) {
        super(message);
        this.details = java.util.List.copyOf(details);
    }

    public java.util.List<String> details() {
        return details;
    }
}
