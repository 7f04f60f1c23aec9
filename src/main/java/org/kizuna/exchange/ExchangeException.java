// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.List;

/**
 * An import or export that cannot proceed. When the input had bad rows, {@link #problems()} lists
 * every one of them; the message sums them up in one line for the CLI.
 */
public class ExchangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ExchangeException(String message) {
        this(message, List.of(), null);
    }

    public ExchangeException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public ExchangeException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** An exception for bad input rows: the message names the first few. */
    public static ExchangeException of(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " bad row, nothing imported: "
                : " problems, nothing imported: ");
        for (int i = 0; i < Math.min(3, problems.size()); i++) {
            sb.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > 3) {
            sb.append("; …");
        }
        return new ExchangeException(sb.toString(), problems, null);
    }

    public List<Problem> problems() {
        return problems;
    }
}
