// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

/**
 * How forgiving an import is.
 *
 * @param skipBadRows import the good rows and report the bad ones, instead of importing nothing
 * @param addKinds    create actor and tie kinds the project does not know, instead of refusing them
 */
public record ImportOptions(boolean skipBadRows, boolean addKinds) {
    public static final ImportOptions STRICT = new ImportOptions(false, false);
}
