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
    /** The Japanese message, or null where none is worded (exports, which the UI words itself). */
    private final String messageJa;

    public ExchangeException(String message) {
        this(message, List.of(), null);
    }

    public ExchangeException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public ExchangeException(String message, List<Problem> problems, Throwable cause) {
        this(message, null, problems, cause);
    }

    /** An exception worded in both languages (imports, whose message the import window shows). */
    public ExchangeException(Msg message) {
        this(message.en(), message.ja(), List.of(), null);
    }

    public ExchangeException(Msg message, Throwable cause) {
        this(message.en(), message.ja(), List.of(), cause);
    }

    private ExchangeException(String message, String messageJa, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.messageJa = messageJa;
        this.problems = List.copyOf(problems);
    }

    /** An input that cannot be read at all (bad bytes, broken XML): its one problem is the message. */
    public static ExchangeException unreadable(Problem problem, Throwable cause) {
        return new ExchangeException(problem.toString(), problem.toString(true), List.of(problem), cause);
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
        StringBuilder ja = new StringBuilder();
        ja.append(problems.size()).append(" 件の問題があり、何も取り込んでいません：");
        for (int i = 0; i < Math.min(3, problems.size()); i++) {
            ja.append(i == 0 ? "" : "；").append(problems.get(i).toString(true));
        }
        if (problems.size() > 3) {
            ja.append("；…");
        }
        return new ExchangeException(sb.toString(), ja.toString(), problems, null);
    }

    /** The Japanese message, or null when this exception has none. */
    public String messageJa() {
        return messageJa;
    }

    /** The message in the given language; English when no Japanese one is worded. */
    public String message(boolean japanese) {
        return japanese && messageJa != null ? messageJa : getMessage();
    }

    public List<Problem> problems() {
        return problems;
    }
}
