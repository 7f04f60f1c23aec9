// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import java.util.List;

/**
 * A CSV input that cannot be imported: every problem found, each naming file, line and column.
 * Nothing has been imported when this is thrown.
 */
public class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public CsvFormatException(String problem) {
        this(List.of(problem));
    }

    public CsvFormatException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems, nothing imported:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
