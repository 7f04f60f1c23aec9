// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

/** A mistake in what the user asked for: printed as one line, exit code 1. */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
