// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.Element;
import org.kizuna.model.Period;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.store.Edits;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ProjectFile;

class AnalyzeCommandTest {
    @TempDir
    Path dir;
    Path file;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KizunaCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void project() throws Exception {
        file = dir.resolve("c.kizuna");
        try (ProjectFile pf = ProjectFile.create(file, "c")) {
            List<Actor> actors = List.of(Actor.of("Hub", "support_body", true), Actor.of("F1", "company", true),
                    Actor.of("F2", "company", true), Actor.of("Far", "university", false));
            List<Tie> ties = List.of(Tie.of(-1, -2, "joint_research", false).withYears(2001, 2005),
                    Tie.of(-1, -3, "transaction", true), Tie.of(-2, -3, "joint_research", false),
                    Tie.of(-1, -4, "joint_research", false));
            pf.execute(new ImportNetworkCommand(EditDescription.of("import", "t"), actors, ties));
            pf.execute(Edits.addPeriod(new Period(0, "2010年代", 0, false, 2010, 2019)));
        }
    }

    @Test
    void jsonHasTheDocumentedTopLevelAndPerActorNames() {
        Run r = run("analyze", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        for (String key : List.of("\"network\"", "\"actors\"", "\"fujita\"", "\"lifecycle\"", "\"typology\"",
                "\"coverage\"", "\"effective_size\"", "\"gatekeeper\"", "\"representative\"", "\"pagerank\"")) {
            assertTrue(r.out().contains(key), key);
        }
        assertTrue(r.out().contains("\"ties\": 4"), r.out());
        assertTrue(r.out().contains("\"directed_ties\": true"));
    }

    @Test
    void gapsFollowTheOneRuleInJsonAndText() throws Exception {
        Path tokachi = dir.resolve("tokachi.kizuna");
        SampleProjects.create("tokachi", tokachi);
        Project p;
        try (ProjectFile pf = ProjectFile.open(tokachi)) {
            p = pf.snapshot();
        }
        // The lists the diagnosis, the matrix page and the workbook give for the same project.
        var coverage = ClusterDiagnosis.analyze(p, NetworkFilter.ALL).coverage();
        String uncovered = jsonList(coverage.uncovered().stream().map(Element::nameJa).toList());
        String weakOnly = jsonList(coverage.weakOnly().stream().map(Element::nameJa).toList());
        assertEquals("[\"地元資源との結びつけ\", \"ネットワーク形成\", \"資金の循環\"]", uncovered);
        assertEquals("[\"リーダーシップ\"]", weakOnly);
        Run json = run("analyze", tokachi.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        String flat = json.out().replaceAll("\\s*\n\\s*", " ").replace("[ ", "[").replace(" ]", "]");
        assertTrue(flat.contains("\"uncovered\": " + uncovered), flat);
        assertTrue(flat.contains("\"weak_only\": " + weakOnly), flat);
        assertTrue(flat.contains("\"coverage\": \"weak_only\""), "each element says its coverage");
        Run text = run("analyze", tokachi.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("uncovered (no mark): [地元資源との結びつけ, ネットワーク形成, 資金の循環]"), text.out());
        assertTrue(text.out().contains("weak only (only △): [リーダーシップ]"), text.out());
    }

    private static String jsonList(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void filtersByKindScopeAndPeriod() {
        assertTrue(run("analyze", file.toString(), "--json", "--kind", "取引・部材供給").out().contains("\"ties\": 1,"));
        assertTrue(run("analyze", file.toString(), "--json", "--scope", "domestic").out().contains("\"ties\": 1,"));
        Run period = run("analyze", file.toString(), "--json", "--period", "2010年代");
        assertTrue(period.out().contains("\"ties\": 3,"), "the 2001–2005 tie is gone");
        assertTrue(period.out().contains("\"from_year\": 2010"));
    }

    @Test
    void textOutputIsReadableAndUserErrorsAreOneLine() {
        Run text = run("analyze", file.toString());
        assertEquals(0, text.code());
        assertTrue(text.out().contains("== Fujita axes"), text.out());
        assertTrue(text.out().contains("Hub"));
        Run bad = run("analyze", file.toString(), "--kind", "marriage");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("kizuna: unknown tie kind: marriage"), bad.err());
        assertEquals(1, bad.err().strip().lines().count());
        Run noPeriod = run("analyze", file.toString(), "--period", "1990s");
        assertEquals(1, noPeriod.code());
        assertTrue(noPeriod.err().contains("2010年代"), noPeriod.err());
    }
}
