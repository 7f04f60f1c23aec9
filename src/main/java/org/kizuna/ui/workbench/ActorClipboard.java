// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Command;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;

/**
 * Cut, copy and paste of actors with the ties among them, without a toolkit. The clipboard carries
 * our own format ({@value #FORMAT}: a properties text holding every field, ties referring to the
 * copied actors by index) and, for other programs, the names as tab-separated text. A paste is one
 * {@link ImportNetworkCommand}, so one undoable step; clashing names get {@code 名前 (2)},
 * {@code 名前 (3)}, … and drawn positions move by {@link #PASTE_OFFSET} so the copy is seen beside
 * the original.
 */
public final class ActorClipboard {
    /** The clipboard data format's identifier (a MIME-like name, as JavaFX's {@code DataFormat} wants). */
    public static final String FORMAT = "application/x-kizuna-actors";
    public static final double PASTE_OFFSET = 40;

    private static final String VERSION = "kizuna-actors/1";
    private static final Pattern NUMBERED = Pattern.compile("^(.*) \\((\\d+)\\)$");

    private ActorClipboard() {
    }

    /**
     * Copied actors, with ids of 0, and the ties among them; a tie's ends are {@code -(index + 1)} in
     * {@code actors}, as {@link ImportNetworkCommand} takes them.
     */
    public record Payload(List<Actor> actors, List<Tie> ties) {
        public Payload {
            actors = List.copyOf(actors);
            ties = List.copyOf(ties);
        }
    }

    /** The actors with the given ids (in the project's order) and the ties whose both ends are among them. */
    public static Payload copy(Project project, Collection<Long> actorIds) {
        Set<Long> wanted = new HashSet<>(actorIds);
        Map<Long, Integer> index = new HashMap<>();
        List<Actor> actors = new ArrayList<>();
        for (Actor a : project.actors()) {
            if (wanted.contains(a.id())) {
                index.put(a.id(), actors.size());
                actors.add(a.withId(0));
            }
        }
        List<Tie> ties = new ArrayList<>();
        for (Tie t : project.ties()) {
            Integer s = index.get(t.sourceId());
            Integer d = index.get(t.targetId());
            if (s != null && d != null) {
                ties.add(new Tie(0, -(s + 1), -(d + 1), t.kind(), t.directed(), t.strength(), t.startYear(),
                        t.endYear(), t.scopeOverride(), t.notes()));
            }
        }
        return new Payload(actors, ties);
    }

    /** The command that adds a pasted copy to {@code target}; ids it creates are the new actors'. */
    public static Command pasteCommand(Project target, Payload payload) {
        Set<String> taken = target.actors().stream().map(a -> a.name().strip()).collect(Collectors.toSet());
        Set<String> actorKinds = target.actorKinds().stream().map(Kind::code).collect(Collectors.toSet());
        Set<String> tieKinds = target.tieKinds().stream().map(Kind::code).collect(Collectors.toSet());
        List<Actor> actors = new ArrayList<>();
        for (Actor a : payload.actors()) {
            String name = freeName(a.name().strip(), taken);
            taken.add(name);
            Actor renamed = new Actor(0, name, known(a.kind(), actorKinds, target.actorKinds()), a.sector(),
                    a.location(), a.country(), a.insideRegion(), a.field(), a.memberships(), a.notes(), a.matrixNote(),
                    a.x() == null ? null : a.x() + PASTE_OFFSET, a.y() == null ? null : a.y() + PASTE_OFFSET);
            actors.add(renamed);
        }
        List<Tie> ties = payload.ties().stream().map(t -> t.withKind(known(t.kind(), tieKinds, target.tieKinds()),
                t.directed())).toList();
        EditDescription what = actors.size() == 1 ? EditDescription.of("pasteActor", actors.get(0).name())
                : EditDescription.of("pasteActors", String.valueOf(actors.size()));
        return new ImportNetworkCommand(what, actors, ties);
    }

    /** {@code name} when free, else the first free of {@code base (2)}, {@code base (3)}, …. */
    static String freeName(String name, Set<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        String base = name;
        int n = 2;
        Matcher m = NUMBERED.matcher(name);
        if (m.matches() && m.group(2).length() < 9) {
            base = m.group(1);
            n = Integer.parseInt(m.group(2)) + 1;
        }
        while (taken.contains(base + " (" + n + ")")) {
            n++;
        }
        return base + " (" + n + ")";
    }

    /** A kind the target project knows: the same code, else "other", else its first kind. */
    private static String known(String code, Set<String> codes, List<Kind> kinds) {
        if (codes.contains(code)) {
            return code;
        }
        if (codes.contains("other") || kinds.isEmpty()) {
            return "other";
        }
        return kinds.get(0).code();
    }

    /** Names and kinds as tab-separated lines, for pasting into a spreadsheet or a text. */
    public static String plainText(Payload payload, Project project, boolean japanese) {
        Map<String, String> labels = project.actorKinds().stream().collect(Collectors.toMap(Kind::code,
                k -> k.label(japanese), (a, b) -> a));
        StringBuilder out = new StringBuilder();
        for (Actor a : payload.actors()) {
            out.append(clean(a.name())).append('\t').append(clean(labels.getOrDefault(a.kind(), a.kind())))
                    .append('\n');
        }
        return out.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    // ---------------------------------------------------------------- our clipboard format

    public static String encode(Payload payload) {
        Properties p = new Properties();
        p.setProperty("format", VERSION);
        p.setProperty("actors", Integer.toString(payload.actors().size()));
        for (int i = 0; i < payload.actors().size(); i++) {
            Actor a = payload.actors().get(i);
            String k = "actor." + i + ".";
            p.setProperty(k + "name", a.name());
            p.setProperty(k + "kind", a.kind());
            put(p, k + "sector", a.sector() == null ? null : a.sector().code());
            put(p, k + "location", a.location());
            put(p, k + "country", a.country());
            p.setProperty(k + "inside", Boolean.toString(a.insideRegion()));
            put(p, k + "field", a.field());
            p.setProperty(k + "memberships", Integer.toString(a.memberships().size()));
            for (int m = 0; m < a.memberships().size(); m++) {
                p.setProperty(k + "membership." + m, a.memberships().get(m));
            }
            put(p, k + "notes", a.notes());
            put(p, k + "matrixNote", a.matrixNote());
            put(p, k + "x", a.x() == null ? null : a.x().toString());
            put(p, k + "y", a.y() == null ? null : a.y().toString());
        }
        p.setProperty("ties", Integer.toString(payload.ties().size()));
        for (int i = 0; i < payload.ties().size(); i++) {
            Tie t = payload.ties().get(i);
            String k = "tie." + i + ".";
            p.setProperty(k + "source", Long.toString(t.sourceId()));
            p.setProperty(k + "target", Long.toString(t.targetId()));
            p.setProperty(k + "kind", t.kind());
            p.setProperty(k + "directed", Boolean.toString(t.directed()));
            p.setProperty(k + "strength", Double.toString(t.strength()));
            put(p, k + "start", t.startYear() == null ? null : t.startYear().toString());
            put(p, k + "end", t.endYear() == null ? null : t.endYear().toString());
            put(p, k + "scope", t.scopeOverride() == null ? null : t.scopeOverride().code());
            put(p, k + "notes", t.notes());
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The payload in {@code text}, or empty when it is not our format or is damaged. */
    public static Optional<Payload> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            if (!VERSION.equals(p.getProperty("format"))) {
                return Optional.empty();
            }
            int actorCount = Integer.parseInt(p.getProperty("actors"));
            List<Actor> actors = new ArrayList<>();
            for (int i = 0; i < actorCount; i++) {
                String k = "actor." + i + ".";
                List<String> memberships = new ArrayList<>();
                int mc = Integer.parseInt(p.getProperty(k + "memberships", "0"));
                for (int m = 0; m < mc; m++) {
                    memberships.add(p.getProperty(k + "membership." + m));
                }
                actors.add(new Actor(0, p.getProperty(k + "name"), p.getProperty(k + "kind"),
                        Sector.parse(p.getProperty(k + "sector")), p.getProperty(k + "location"),
                        p.getProperty(k + "country"), Boolean.parseBoolean(p.getProperty(k + "inside")),
                        p.getProperty(k + "field"), memberships, p.getProperty(k + "notes"),
                        p.getProperty(k + "matrixNote"), number(p.getProperty(k + "x")),
                        number(p.getProperty(k + "y"))));
            }
            int tieCount = Integer.parseInt(p.getProperty("ties"));
            List<Tie> ties = new ArrayList<>();
            for (int i = 0; i < tieCount; i++) {
                String k = "tie." + i + ".";
                long source = Long.parseLong(p.getProperty(k + "source"));
                long target = Long.parseLong(p.getProperty(k + "target"));
                if (source >= 0 || target >= 0 || -source > actorCount || -target > actorCount) {
                    return Optional.empty();
                }
                ties.add(new Tie(0, source, target, p.getProperty(k + "kind"),
                        Boolean.parseBoolean(p.getProperty(k + "directed")),
                        Double.parseDouble(p.getProperty(k + "strength")), year(p.getProperty(k + "start")),
                        year(p.getProperty(k + "end")), Scope.parse(p.getProperty(k + "scope")),
                        p.getProperty(k + "notes")));
            }
            return Optional.of(new Payload(actors, ties));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    private static Integer year(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
