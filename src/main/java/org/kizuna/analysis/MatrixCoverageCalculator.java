// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.Element;
import org.kizuna.model.Finding;
import org.kizuna.model.Mark;
import org.kizuna.model.MatrixCell;
import org.kizuna.model.Project;

/**
 * How the institutions cover the management elements (each element's {@link Coverage}, the one gap
 * rule), and two cross-checks between the matrix and the network. An "institution" is an actor that
 * is not a company, or any actor with a matrix cell or row note: the seeds' matrices list support
 * bodies, universities and governments, while a transaction network may hold thousands of firms that
 * were never meant to be matrix rows.
 *
 * <p>The cross-checks are deliberately few, each a contradiction a consultant should look at:
 * <ol>
 *   <li>◎ for network formation, but fewer ties than the median actor with ties (and under 3): a
 *       body said to build the network should be visibly tied in it; either the network data miss
 *       its ties or the role is nominal;
 *   <li>◎ for linking local resources, but no tie inside the region: linking local resources means
 *       ties to local actors.
 * </ol>
 */
public final class MatrixCoverageCalculator {
    private MatrixCoverageCalculator() {
    }

    public record ElementCoverage(Element element, int core, int contributes, int weak, List<String> coreHolders) {
        /** The element's coverage by the one rule of {@link Coverage}. */
        public Coverage coverage() {
            return Coverage.of(core, contributes, weak);
        }

        /** No mark at all ({@link Coverage#NONE}). */
        public boolean uncovered() {
            return coverage() == Coverage.NONE;
        }

        /** Only △ ({@link Coverage#WEAK_ONLY}). */
        public boolean weakOnly() {
            return coverage() == Coverage.WEAK_ONLY;
        }
    }

    public record FindingCells(Finding finding, List<String[]> cells) {
    }

    public record CrossCheck(String code, String actor, String element, String textJa, String textEn) {
    }

    /**
     * {@code uncovered}: elements with no mark ({@link Coverage#NONE}); {@code weakOnly}: elements with
     * only △ ({@link Coverage#WEAK_ONLY}); both in framework order.
     */
    public record MatrixCoverage(List<ElementCoverage> elements, List<Element> uncovered, List<Element> weakOnly,
                                 List<String> institutionsWithoutRole, List<FindingCells> findings,
                                 List<CrossCheck> crossChecks) {
    }

    public static MatrixCoverage compute(Project p, NetworkAnalysis a) {
        Map<Long, Actor> actors = new HashMap<>();
        for (Actor x : p.actors()) {
            actors.put(x.id(), x);
        }
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, List<String>> coreHolders = new HashMap<>();
        Set<Long> withRole = new HashSet<>();
        Set<Long> inMatrix = new HashSet<>();
        for (MatrixCell c : p.cells()) {
            inMatrix.add(c.actorId());
            int[] k = counts.computeIfAbsent(c.elementId(), e -> new int[3]);
            Set<Mark> seen = new HashSet<>(c.marks());
            for (Mark m : seen) {
                k[m.ordinal()]++;
                withRole.add(c.actorId());
                if (m == Mark.CORE && actors.containsKey(c.actorId())) {
                    coreHolders.computeIfAbsent(c.elementId(), e -> new ArrayList<>()).add(actors.get(c.actorId()).name());
                }
            }
        }
        List<ElementCoverage> elements = new ArrayList<>();
        List<Element> uncovered = new ArrayList<>();
        List<Element> weakOnly = new ArrayList<>();
        for (Element e : p.elements()) {
            int[] k = counts.getOrDefault(e.id(), new int[3]);
            ElementCoverage ec = new ElementCoverage(e, k[0], k[1], k[2],
                    List.copyOf(coreHolders.getOrDefault(e.id(), List.of())));
            elements.add(ec);
            switch (ec.coverage()) {
                case NONE -> uncovered.add(e);
                case WEAK_ONLY -> weakOnly.add(e);
                case COVERED -> { }
            }
        }
        List<String> noRole = new ArrayList<>();
        if (!p.elements().isEmpty()) {
            for (Actor x : p.actors()) {
                boolean institution = !"company".equals(x.kind()) || inMatrix.contains(x.id())
                        || (x.matrixNote() != null && !x.matrixNote().isBlank());
                if (institution && !withRole.contains(x.id())) {
                    noRole.add(x.name());
                }
            }
        }
        Map<Long, Element> elementsById = new HashMap<>();
        for (Element e : p.elements()) {
            elementsById.put(e.id(), e);
        }
        List<FindingCells> findings = new ArrayList<>();
        for (Finding f : p.findings()) {
            List<String[]> cells = new ArrayList<>();
            for (CellRef r : f.cells()) {
                Actor x = actors.get(r.actorId());
                Element e = elementsById.get(r.elementId());
                cells.add(new String[] {x == null ? "#" + r.actorId() : x.name(),
                        e == null ? "#" + r.elementId() : e.nameJa()});
            }
            cells.sort((u, v) -> Arrays.compare(u, v));
            findings.add(new FindingCells(f, List.copyOf(cells)));
        }
        return new MatrixCoverage(List.copyOf(elements), List.copyOf(uncovered), List.copyOf(weakOnly),
                List.copyOf(noRole), List.copyOf(findings), crossChecks(p, a, elementsById));
    }

    private static boolean named(Element e, String ja, String en) {
        return e.nameJa().contains(ja) || (e.nameEn() != null && e.nameEn().toLowerCase(Locale.ROOT).contains(en));
    }

    private static List<CrossCheck> crossChecks(Project p, NetworkAnalysis a, Map<Long, Element> elements) {
        NetworkGraph g = a.graph();
        Map<Long, Integer> index = new HashMap<>();
        List<Integer> degrees = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            index.put(g.actor(v).id(), v);
            if (g.degree(v) > 0) {
                degrees.add(g.degree(v));
            }
        }
        degrees.sort(null);
        double median = degrees.isEmpty() ? 0 : degrees.size() % 2 == 1 ? degrees.get(degrees.size() / 2)
                : (degrees.get(degrees.size() / 2 - 1) + degrees.get(degrees.size() / 2)) / 2.0;
        List<CrossCheck> out = new ArrayList<>();
        for (MatrixCell c : p.cells()) {
            Element e = elements.get(c.elementId());
            Integer v = index.get(c.actorId());
            if (e == null || v == null || !c.marks().contains(Mark.CORE)) {
                continue;
            }
            String name = g.actor(v).name();
            int d = g.degree(v);
            if (named(e, "ネットワーク形成", "network formation") && d < 3 && d < median) {
                out.add(new CrossCheck("network_formation_few_ties", name, e.nameJa(),
                        String.format(Locale.ROOT, "%sはネットワーク形成で◎だが、連携相手は%d（連携を持つ主体の中央値%.1f）にとどまる。"
                                + "ネットワークデータの欠落か、役割が名目的でないか確認が必要。", name, d, median),
                        String.format(Locale.ROOT, "%s holds ◎ for network formation but has %d partners (median of"
                                + " actors with ties: %.1f): either its ties are missing from the data or the role is"
                                + " nominal.", name, d, median)));
            }
            if (named(e, "地元資源", "local resources") && a.internalTies(v) == 0) {
                out.add(new CrossCheck("local_resources_no_local_tie", name, e.nameJa(),
                        String.format(Locale.ROOT, "%sは地元資源との結びつけで◎だが、域内の連携が登録されていない。", name),
                        String.format(Locale.ROOT, "%s holds ◎ for linking local resources but has no tie inside"
                                + " the region.", name)));
            }
        }
        return List.copyOf(out);
    }
}
