// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.List;

/**
 * What an import did, the same for CSV, xlsx and GraphML: a summary of what it added, the actors and
 * ties it added, the actors it created only because a tie named them, the problems of the rows it
 * skipped (only with {@code --skip-bad-rows}; at most {@code skipped} are kept word for word of
 * {@code skippedRows}) and notes worth telling (unknown columns, kinds it created), in English as
 * the CLI prints them.
 */
public record ImportReport(String summary, int actorsAdded, int tiesAdded, List<String> createdFromTies,
                           List<Problem> skipped, int skippedRows, List<String> notes) {
    public ImportReport {
        createdFromTies = List.copyOf(createdFromTies);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** The report of a plan that was run. */
    public static ImportReport of(ImportPlan plan, List<Problem> skipped, List<Msg> notes) {
        return new ImportReport(plan.summary(), plan.actors.size(), plan.ties.size(), plan.createdFromTies, skipped,
                skipped.size(), notes.stream().map(Msg::en).toList());
    }
}
