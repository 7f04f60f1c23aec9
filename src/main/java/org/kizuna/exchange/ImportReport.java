// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.List;

/**
 * What an import did: a summary of what it added, the rows it skipped (only with
 * {@code --skip-bad-rows}) and notes worth telling (unknown columns, actors or kinds it created), in
 * English as the CLI prints them.
 */
public record ImportReport(String summary, List<Problem> skipped, List<String> notes) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
