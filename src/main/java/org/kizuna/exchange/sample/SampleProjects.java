// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kizuna.exchange.table.ProgressText;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.Kind;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Novelty;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;

/**
 * The sample projects built from the seed reports: {@code tokachi} (the management-element matrix
 * and its findings), {@code kobe} (the progress diagnosis over four periods) and {@code hokuriku}
 * (the actors of the Hokuriku life-science report and its Fujita-model assessments).
 *
 * <p>The data ships as tab-separated resources under {@code /org/kizuna/samples/<name>/}: the seed
 * tables as transcribed (the fixtures) plus small files for actors, ties and the profile. A sample
 * is built through the same {@link Edits} commands a user's edits go through, so it is a project
 * like any other; the undo history is cleared at the end, because "undo" of the sample itself
 * means nothing to a user.
 */
public final class SampleProjects {
    /** The samples, in the order the CLI lists them. */
    public static final List<String> NAMES = List.of("tokachi", "kobe", "hokuriku");

    /** The seed's words for "linked to the cells marked ○" in the findings table. */
    static final String CIRCLED_CELLS = "○を付けた部分";

    private SampleProjects() {
    }

    /** The sample's canonical name; throws, listing the samples, when there is none by that name. */
    public static String require(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(n)) {
            throw new IllegalArgumentException("unknown sample '" + name + "': choose one of "
                    + String.join(", ", NAMES));
        }
        return n;
    }

    /**
     * Creates the sample project {@code name} as a new file {@code out} (which must not exist). The
     * sample is built complete beside {@code out} and only then put in place, so a failure half way
     * leaves no file, and of two creations of one path exactly one succeeds.
     */
    public static void create(String name, Path out) throws ProjectFileException {
        Sample sample = Sample.load(require(name));
        ProjectFile.create(out, sample.profile.name(), sample::build).close();
    }

    /** A sample's data, read and checked before any file is created. */
    private static final class Sample {
        private final String name;
        private final ClusterProfile profile;
        private final List<Kind> actorKinds;
        private final List<Actor> actors;
        private final SampleTable ties;
        private final SampleTable matrix;
        private final SampleTable issues;
        private final SampleTable periods;
        private final SampleTable progress;

        private Sample(String name) {
            this.name = name;
            this.profile = profile(SampleTable.read(name, "profile.tsv"));
            this.actorKinds = SampleTable.exists(name, "actor-kinds.tsv")
                    ? kinds(SampleTable.read(name, "actor-kinds.tsv")) : List.of();
            this.actors = actors(SampleTable.read(name, "actors.tsv"));
            this.ties = SampleTable.read(name, "ties.tsv");
            this.matrix = SampleTable.exists(name, "matrix.tsv") ? SampleTable.read(name, "matrix.tsv") : null;
            this.issues = SampleTable.exists(name, "issues.tsv") ? SampleTable.read(name, "issues.tsv") : null;
            this.periods = SampleTable.exists(name, "periods.tsv") ? SampleTable.read(name, "periods.tsv") : null;
            this.progress = SampleTable.exists(name, "progress.tsv") ? SampleTable.read(name, "progress.tsv") : null;
        }

        static Sample load(String name) {
            return new Sample(name);
        }

        private FrameworkTemplate framework() {
            return switch (name) {
                case "tokachi" -> FrameworkTemplate.TOKACHI_13;
                case "kobe" -> FrameworkTemplate.KOBE_8;
                default -> null;
            };
        }

        void build(ProjectFile file) {
            for (Kind k : actorKinds) {
                file.execute(Edits.addActorKind(k));
            }
            if (framework() != null) {
                file.execute(Edits.addFramework(framework()));
            }
            Map<String, Long> actorIds = new HashMap<>();
            for (Actor a : actorsInOrder()) {
                actorIds.put(a.name(), file.execute(Edits.addActor(a)).createdIds().get(0));
            }
            addTies(file, actorIds);
            if (matrix != null) {
                List<MatrixCell> cells = addMatrix(file, actorIds);
                if (issues != null) {
                    addFindings(file, cells);
                }
            }
            if (progress != null) {
                addProgress(file);
            }
            file.execute(Edits.updateProfile(profile));
        }

        /** The actors; where there is a matrix they must be exactly its rows, in its order. */
        private List<Actor> actorsInOrder() {
            if (matrix == null) {
                return actors;
            }
            List<String> rows = matrix.rows().stream().map(r -> r.get(0)).toList();
            List<String> names = actors.stream().map(Actor::name).toList();
            if (!rows.equals(names)) {
                throw new IllegalStateException(name + ": the actors " + names + " are not the matrix rows " + rows);
            }
            return actors;
        }

        private void addTies(ProjectFile file, Map<String, Long> actorIds) {
            for (Map<String, String> r : ties.records()) {
                String from = r.get("source");
                String to = r.get("target");
                Tie t = new Tie(0, id(actorIds, from), id(actorIds, to), r.get("kind"), bool(r.get("directed")),
                        Double.parseDouble(r.get("strength")), year(r.get("start")), year(r.get("end")), null,
                        blankToNull(r.get("notes")));
                file.execute(Edits.addTie(t));
            }
        }

        private long id(Map<String, Long> actorIds, String actor) {
            Long id = actorIds.get(actor);
            if (id == null) {
                throw new IllegalStateException(name + ": a tie names an unknown actor: " + actor);
            }
            return id;
        }

        /** Sets the cells and row notes exactly as the transcribed matrix has them; returns the cells set. */
        private List<MatrixCell> addMatrix(ProjectFile file, Map<String, Long> actorIds) {
            List<Element> elements = file.snapshot().elements();
            List<String> header = matrix.header();
            List<String> expected = new ArrayList<>();
            expected.add("機関");
            elements.forEach(e -> expected.add(e.nameJa()));
            expected.add("備考");
            if (!header.equals(expected)) {
                throw new IllegalStateException(name + ": the matrix header " + header + " is not " + expected);
            }
            List<MatrixCell> cells = new ArrayList<>();
            for (List<String> row : matrix.rows()) {
                long actorId = actorIds.get(row.get(0));
                for (int i = 0; i < elements.size(); i++) {
                    String text = row.get(i + 1);
                    if (!text.isEmpty()) {
                        cells.add(MatrixCell.parse(actorId, elements.get(i).id(), text));
                    }
                }
            }
            file.execute(Edits.setCells(cells));
            for (List<String> row : matrix.rows()) {
                String note = row.get(row.size() - 1);
                if (!note.isEmpty()) {
                    file.execute(Edits.setRowNote(actorIds.get(row.get(0)), note));
                }
            }
            return cells;
        }

        /**
         * Adds the numbered findings. The seed says only that ①–④ correspond to the parts of the
         * figure marked ○, not which mark belongs to which finding, so each such finding is linked
         * to every cell whose marks include ○.
         */
        private void addFindings(ProjectFile file, List<MatrixCell> cells) {
            Set<CellRef> circled = new LinkedHashSet<>();
            for (MatrixCell c : cells) {
                if (c.marks().contains(Mark.CONTRIBUTES)) {
                    circled.add(new CellRef(c.actorId(), c.elementId()));
                }
            }
            for (List<String> row : issues.rows()) {
                Set<CellRef> links = switch (row.get(2)) {
                    case CIRCLED_CELLS -> circled;
                    case "" -> Set.of();
                    default -> throw new IllegalStateException(name + ": cannot link a finding to '" + row.get(2) + "'");
                };
                file.execute(Edits.addFinding(new Finding(0, circledNumber(row.get(0)), row.get(1), links)));
            }
        }

        private void addProgress(ProjectFile file) {
            List<String> header = progress.header();
            List<Map<String, String>> periodRows = periods.records();
            List<String> periodNames = periodRows.stream().map(r -> r.get("name")).toList();
            if (!header.subList(1, header.size()).equals(periodNames)) {
                throw new IllegalStateException(name + ": the periods " + periodNames + " are not the progress header "
                        + header);
            }
            List<Long> periodIds = new ArrayList<>();
            for (Map<String, String> r : periodRows) {
                Period p = new Period(0, r.get("name"), -1, bool(r.get("plan")), year(r.get("start")), year(r.get("end")));
                periodIds.add(file.execute(Edits.addPeriod(p)).createdIds().get(0));
            }
            Project snapshot = file.snapshot();
            List<String> groupNames = snapshot.groups().stream().map(ElementGroup::nameJa).toList();
            List<String> rowNames = progress.rows().stream().map(r -> r.get(0)).toList();
            if (!groupNames.equals(rowNames)) {
                throw new IllegalStateException(name + ": the element groups " + groupNames
                        + " are not the progress rows " + rowNames);
            }
            for (int g = 0; g < progress.rows().size(); g++) {
                List<String> row = progress.rows().get(g);
                long groupId = snapshot.groups().get(g).id();
                for (int p = 0; p < periodIds.size(); p++) {
                    ProgressText.Parsed parsed = ProgressText.parse(row.get(p + 1));
                    if (!parsed.initiatives().isEmpty() || parsed.judgement() != null) {
                        file.execute(Edits.setProgress(new ProgressCell(groupId, periodIds.get(p),
                                parsed.initiatives(), parsed.judgement())));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------ reading the small resources

    private static ClusterProfile profile(SampleTable t) {
        Map<String, String> v = new HashMap<>();
        List<String> description = new ArrayList<>();
        for (List<String> row : t.rows()) {
            if (row.get(0).equals("description")) {
                description.add(row.get(1));
            } else if (v.put(row.get(0), row.get(1)) != null) {
                throw new IllegalStateException(t.name() + ": '" + row.get(0) + "' is given twice");
            }
        }
        Map<FujitaAxis, String> assessments = new EnumMap<>(FujitaAxis.class);
        for (FujitaAxis axis : FujitaAxis.values()) {
            assessments.put(axis, v.remove("assessment." + axis.code()));
        }
        ClusterProfile p = new ClusterProfile(v.remove("name"), v.remove("region"), v.remove("field"),
                description.isEmpty() ? null : String.join("\n", description),
                Novelty.parse(v.remove("national_novelty")), Novelty.parse(v.remove("regional_novelty")),
                optionalBool(v.remove("field_fusion")), optionalBool(v.remove("potential_realised")),
                ClusterType.parse(v.remove("cluster_type")), LifeCycleStage.parse(v.remove("stage")),
                GovernanceType.parse(v.remove("governance")),
                new ClusterProfile.ManagementViewpoints(v.remove("vision"), v.remove("mission"), v.remove("policy"),
                        v.remove("goals"), v.remove("management_people")),
                assessments);
        if (!v.isEmpty()) {
            throw new IllegalStateException(t.name() + ": unknown keys " + v.keySet());
        }
        if (p.name() == null || p.name().isBlank()) {
            throw new IllegalStateException(t.name() + ": the profile needs a name");
        }
        return p;
    }

    private static List<Kind> kinds(SampleTable t) {
        return t.records().stream()
                .map(r -> new Kind(r.get("code"), r.get("label_ja"), r.get("label_en"), false, false))
                .toList();
    }

    private static List<Actor> actors(SampleTable t) {
        List<Actor> out = new ArrayList<>();
        for (Map<String, String> r : t.records()) {
            String memberships = r.get("memberships");
            out.add(new Actor(0, r.get("name"), r.get("kind"), Sector.parse(r.get("sector")),
                    blankToNull(r.get("location")), blankToNull(r.get("country")), bool(r.get("inside_region")),
                    blankToNull(r.get("field")),
                    memberships.isEmpty() ? List.of() : List.of(memberships.split("; ", -1)),
                    blankToNull(r.get("notes")), null, null, null));
        }
        return out;
    }

    /** ① → 1 … ⑳ → 20. */
    static int circledNumber(String label) {
        if (label.length() == 1 && label.charAt(0) >= '①' && label.charAt(0) <= '⑳') {
            return label.charAt(0) - '①' + 1;
        }
        throw new IllegalStateException("not a circled number: " + label);
    }

    private static boolean bool(String s) {
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("not true or false: '" + s + "'");
        };
    }

    private static Boolean optionalBool(String s) {
        return s == null || s.isEmpty() ? null : bool(s);
    }

    private static Integer year(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
