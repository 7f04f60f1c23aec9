// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kizuna.model.Judgement;

/**
 * The text of a progress cell as the Kobe table prints it: each initiative written {@code ○} + text,
 * joined by one space, then, when judged, a space and the judgement in full-width brackets:
 * {@code ○理研 発生・再生科学設置 ○研究プロジェクト実施}, {@code ○分子イメージング拠点 （かなり進展）}.
 *
 * <p>Parsing takes a trailing bracketed judgement off first, then splits initiatives where a space is
 * followed by {@code ○}. Anything else stays inside an initiative: {@code ○井村氏、神戸市の主導 ・知クラ}
 * is one initiative, and a stray bracket such as {@code ○理研からの人材）} is kept as the source has it.
 * So {@code format(parse(text))} gives the text back.
 */
public final class ProgressText {
    private static final char BULLET = '○';
    private static final Pattern JUDGED = Pattern.compile("^(.*?)\\s*（(かなり進展|進展|まだ不十分)）$",
            Pattern.DOTALL);

    private ProgressText() {
    }

    /** A cell's content: initiatives in order and a judgement (or null). */
    public record Parsed(List<String> initiatives, Judgement judgement) {
        public Parsed {
            initiatives = List.copyOf(initiatives);
        }
    }

    public static String format(List<String> initiatives, Judgement judgement) {
        List<String> parts = new ArrayList<>();
        for (String i : initiatives) {
            parts.add(BULLET + i);
        }
        if (judgement != null) {
            parts.add("（" + judgement.labelJa() + "）");
        }
        return String.join(" ", parts);
    }

    /**
     * Parses a cell's text. Empty text is an empty cell. Throws when text is left that is neither an
     * initiative (starting with ○) nor a judgement.
     */
    public static Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        Judgement judgement = null;
        Matcher m = JUDGED.matcher(t);
        if (m.matches()) {
            judgement = Judgement.parse(m.group(2));
            t = m.group(1).strip();
        }
        List<String> initiatives = new ArrayList<>();
        if (!t.isEmpty()) {
            if (t.charAt(0) != BULLET) {
                throw new IllegalArgumentException("a progress cell lists initiatives each starting with ○: " + text);
            }
            for (String part : t.substring(1).split(" " + BULLET, -1)) {
                if (part.isBlank()) {
                    throw new IllegalArgumentException("an empty initiative in: " + text);
                }
                initiatives.add(part);
            }
        }
        return new Parsed(initiatives, judgement);
    }
}
