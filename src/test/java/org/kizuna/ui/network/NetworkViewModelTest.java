// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.ExchangeTestSupport;
import org.kizuna.model.Actor;
import org.kizuna.model.Kind;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Tie;

/** The page's decisions without a toolkit: filters, period steps, editing defaults, indicators, layouts. */
class NetworkViewModelTest {
    @TempDir
    Path dir;

    private Project sample(String name) throws Exception {
        return ExchangeTestSupport.sample(dir, name);
    }

    private static NetworkViewModel vm(Project p) {
        NetworkViewModel vm = new NetworkViewModel(Runnable::run, Runnable::run, true);
        vm.projectProperty().set(p);
        return vm;
    }

    @Test
    void scopeAndKindFiltersDecideTheVisibleTiesAndKeepOneShown() throws Exception {
        Project p = sample("hokuriku");
        NetworkViewModel vm = vm(p);
        assertEquals(p.ties().size(), vm.visibleTies(p).size());
        assertTrue(vm.setScopeShown(Scope.DOMESTIC, false));
        assertEquals(Set.of(Scope.IN_REGION, Scope.INTERNATIONAL), vm.filter().scopes());
        for (Tie t : vm.visibleTies(p).values()) {
            assertTrue(p.scopeOf(t) != Scope.DOMESTIC);
        }
        assertTrue(vm.setScopeShown(Scope.INTERNATIONAL, false));
        assertFalse(vm.setScopeShown(Scope.IN_REGION, false), "the last scope stays shown");
        vm.setScopeShown(Scope.DOMESTIC, true);
        vm.setScopeShown(Scope.INTERNATIONAL, true);
        assertTrue(vm.filter().isAll());

        assertTrue(vm.setTieKindShown("funding", false));
        assertTrue(vm.visibleTies(p).values().stream().noneMatch(t -> t.kind().equals("funding")));
        for (Kind k : p.tieKinds()) {
            vm.setTieKindShown(k.code(), false);
        }
        assertEquals(1, vm.filter().tieKinds().size(), "one kind always stays shown");
    }

    @Test
    void thePeriodSliderStepsThroughThePeriodsOrTheYears() throws Exception {
        Project kobe = sample("kobe");
        NetworkViewModel vm = vm(kobe);
        List<NetworkViewModel.PeriodStep> steps = vm.periodSteps("全期間");
        assertEquals("全期間", steps.get(0).label());
        assertEquals(kobe.periods().size() + 1, steps.size());
        assertEquals("2000年まで", steps.get(1).label());
        vm.periodIndexProperty().set(1);
        assertEquals(new NetworkFilter(Set.of(), Set.of(), null, 2000), vm.filter());
        long alive = kobe.ties().stream().filter(t -> t.aliveBetween(null, 2000)).count();
        assertEquals(alive, vm.visibleTies(kobe).size());

        // Without periods, the years the ties mention.
        Project tokachi = sample("tokachi");
        Actor a = tokachi.actors().get(0);
        Actor b = tokachi.actors().get(1);
        List<Tie> ties = new ArrayList<>(tokachi.ties());
        ties.add(new Tie(99, a.id(), b.id(), "funding", true, 1, 2019, 2021, null, null));
        Project withYears = new Project(tokachi.profile(), tokachi.actorKinds(), tokachi.tieKinds(), tokachi.actors(),
                ties, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        NetworkViewModel v2 = vm(withYears);
        assertEquals(List.of("all", "2019年", "2020年", "2021年"),
                v2.periodSteps("all").stream().map(NetworkViewModel.PeriodStep::label).toList());
    }

    @Test
    void editingDefaultsFollowTheLastKindAndTheTieKind() throws Exception {
        Project p = sample("tokachi");
        NetworkViewModel vm = vm(p);
        assertEquals("company", vm.nextActorKind());
        Actor x = vm.newActor(" 十勝信用組合 ", "financial", 10, 20);
        assertEquals("十勝信用組合", x.name());
        assertTrue(x.insideRegion());
        assertEquals(10.0, x.x());
        assertEquals("financial", vm.nextActorKind(), "the last kind used");
        Kind funding = p.tieKinds().stream().filter(k -> k.code().equals("funding")).findFirst().orElseThrow();
        Kind joint = p.tieKinds().stream().filter(k -> k.code().equals("joint_research")).findFirst().orElseThrow();
        assertTrue(vm.newTie(1, 2, funding).directed());
        assertFalse(vm.newTie(1, 2, joint).directed());
    }

    @Test
    void indicatorsMatchTheDiagnosisAndOnlyTheLatestRequestIsPublished() throws Exception {
        Project p = sample("tokachi");
        List<Runnable> queued = new ArrayList<>();
        NetworkViewModel vm = new NetworkViewModel(queued::add, Runnable::run, true);
        vm.projectProperty().set(p);
        vm.requestIndicators(p);
        Project bigger = new Project(p.profile(), p.actorKinds(), p.tieKinds(),
                append(p.actors(), Actor.of("新しい企業", "company", true).withId(999)), p.ties(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        vm.requestIndicators(bigger);
        assertTrue(vm.indicatorsPendingProperty().get());
        // Run the stale request last: it must not overwrite the latest.
        queued.get(1).run();
        queued.get(0).run();
        assertFalse(vm.indicatorsPendingProperty().get());
        NetworkIndicators ind = vm.indicatorsProperty().get();
        var a = ClusterDiagnosis.analyze(bigger, NetworkFilter.ALL).network();
        assertEquals(a.graph().size(), ind.actors());
        assertEquals(p.actors().size() + 1, ind.actors());
        assertEquals(a.densityUndirected(), ind.density(), 1e-12);
        assertEquals(a.inRegion().density(), ind.inRegionDensity(), 1e-12);
        assertEquals(1.0, ind.share(Scope.IN_REGION), 1e-12, "Tokachi's ties are all in the region");
        assertFalse(ind.brokers().isEmpty());
    }

    @Test
    void largeNetworksGoToTheCanvasMode() {
        assertFalse(NetworkViewModel.isLarge(500, 2000));
        assertTrue(NetworkViewModel.isLarge(NetworkViewModel.LARGE_ACTORS + 1, 0));
        assertTrue(NetworkViewModel.isLarge(10, NetworkViewModel.LARGE_TIES + 1));
    }

    @Test
    void layoutsKeepSavedPositionsRingsByScopeAndIsolatesOnTheBottomRow() throws Exception {
        Project p = sample("hokuriku");
        double w = 2000;
        double h = 1360;
        List<Actor> actors = new ArrayList<>(p.actors());
        actors.add(Actor.of("孤立1", "company", true).withId(1001));
        actors.add(Actor.of("孤立2", "company", true).withId(1002));
        Actor saved = actors.get(0).withPosition(123.0, 456.0);
        actors.set(0, saved);
        Map<Long, double[]> pos = NetworkLayouts.initial(actors, p.ties(), w, h);
        assertEquals(123.0, pos.get(saved.id())[0]);
        assertEquals(456.0, pos.get(saved.id())[1]);
        double[] i1 = pos.get(1001L);
        double[] i2 = pos.get(1002L);
        assertTrue(i1[1] > h / 2 + 100 && i1[1] == i2[1], "isolates on a row below the network");
        assertTrue(Math.abs(i1[0] - i2[0]) >= 100, "side by side, not piled");

        Map<Long, double[]> scope = NetworkLayouts.byScope(p.actors(), p.ties(), w, h);
        double cx = w / 2;
        double cy = (h - NetworkLayouts.ROW_STEP) / 2;
        double maxInside = 0;
        double minOutside = Double.MAX_VALUE;
        for (Actor a : p.actors()) {
            double[] q = scope.get(a.id());
            double r = Math.hypot(q[0] - cx, q[1] - cy);
            if (NetworkLayouts.isolated(p.actors(), p.ties()).contains(a.id())) {
                continue;
            }
            if (a.insideRegion() && !a.abroad()) {
                maxInside = Math.max(maxInside, r);
            } else {
                minOutside = Math.min(minOutside, r);
            }
        }
        assertTrue(maxInside < minOutside, "the region inside, the rest on rings around it");
        for (double[] q : NetworkLayouts.circular(p.actors(), p.ties(), w, h).values()) {
            assertTrue(q[0] >= 0 && q[1] >= 0 && q[0] <= w && q[1] <= h);
        }
    }

    @Test
    void svgHasOneGroupPerActorAndEscapesNames() throws Exception {
        Project p = sample("tokachi");
        Map<Long, double[]> pos = NetworkLayouts.initial(p.actors(), p.ties(), 1400, 952);
        String svg = SvgExporter.svg(p, p.ties(), pos, false);
        assertEquals(p.actors().size(), svg.split("<g class=\"actor\"", -1).length - 1);
        assertTrue(svg.contains("marker-end"), "directed ties have arrows");
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", SvgExporter.esc("a <b> & \"c\""));
    }

    private static List<Actor> append(List<Actor> list, Actor a) {
        List<Actor> out = new ArrayList<>(list);
        out.add(a);
        return out;
    }
}
