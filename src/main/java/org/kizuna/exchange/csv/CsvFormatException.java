// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.csv;

import java.util.List;
import org.kizuna.exchange.Problem;

/**
 * A CSV input that cannot be imported: every problem found, each naming file, line and column.
 * Nothing has been imported when this is thrown. {@link #problems()} words them in English as the
 * CLI prints them ("ties.csv line 3, column weight: not a number: 'abc'"); {@link #located()} keeps
 * them as {@link Problem}s with the Japanese text too.
 */
public class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> located;
    private final List<String> problems;

    public CsvFormatException(Problem problem) {
        this(List.of(problem));
    }

    public CsvFormatException(List<Problem> problems) {
        this(problems, problems.stream().map(CsvFormatException::text).toList());
    }

    private CsvFormatException(List<Problem> located, List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems, nothing imported:\n  " + String.join("\n  ", problems));
        this.located = List.copyOf(located);
        this.problems = List.copyOf(problems);
    }

    /** The problems in English, each as one line naming file, line and column. */
    public List<String> problems() {
        return problems;
    }

    /** The problems with their file, line, column and both languages' messages. */
    public List<Problem> located() {
        return located;
    }

    /**
     * A problem as the CSV importer words it in English: "ties.csv line 3, column weight: message",
     * "ties.csv line 1: message", "ties.csv: message" or the message alone, as far as it is located.
     */
    public static String text(Problem p) {
        StringBuilder sb = new StringBuilder();
        if (p.file() != null) {
            sb.append(p.file());
            if (p.line() > 0) {
                sb.append(" line ").append(p.line());
                if (p.column() != null) {
                    sb.append(", column ").append(p.column());
                }
            }
            sb.append(": ");
        }
        return sb.append(p.message()).toString();
    }
}
