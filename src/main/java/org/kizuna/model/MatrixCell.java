// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.List;

/** What role an actor plays for an element: marks (possibly several, like ◎△) and an annotation. */
public record MatrixCell(long actorId, long elementId, List<Mark> marks, String annotation) {
    public MatrixCell {
        marks = marks == null ? List.of() : List.copyOf(marks);
        annotation = annotation == null || annotation.isBlank() ? null : annotation;
    }

    public boolean isEmpty() {
        return marks.isEmpty() && annotation == null;
    }

    /** The cell as the seed tables print it: marks, then a space and the annotation when there is one. */
    public String display() {
        String m = Mark.symbols(marks);
        if (annotation == null) {
            return m;
        }
        return m.isEmpty() ? annotation : m + " " + annotation;
    }

    /** Parses the seed's cell text ("◎ 畜産", "◎△", "○", ""). Leading mark symbols are marks. */
    public static MatrixCell parse(long actorId, long elementId, String text) {
        String t = text == null ? "" : text.strip();
        int i = 0;
        while (i < t.length() && Mark.ofSymbol(t.charAt(i)) != null) {
            i++;
        }
        List<Mark> marks = Mark.parseAll(t.substring(0, i));
        String rest = t.substring(i).strip();
        return new MatrixCell(actorId, elementId, marks, rest.isEmpty() ? null : rest);
    }
}
