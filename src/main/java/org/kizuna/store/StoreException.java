// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

/** An edit that could not be carried out; the project is left as it was before the edit. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
