// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.diagnosis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kizuna.analysis.ClusterDiagnosis;
import org.kizuna.analysis.DiagnosisReport;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.analysis.ScaleFreeGenerator;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.model.Vocabulary;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.Messages;

/**
 * What one recompute of the diagnosis page costs on the worker thread: the engine's diagnosis and
 * the page's {@link DiagnosisContent} built from it (median of 5 after a warm-up), on the three demos
 * and on seeded scale-free networks of N actors and ≈4·N ties. Needs no display:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.kizuna.ui.diagnosis.DiagnosisBenchmark 1000 3000}; figures in docs/diagnosis-view.md.
 */
public final class DiagnosisBenchmark {
    private DiagnosisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Messages m = Messages.forLocale(Locale.JAPANESE);
        System.out.printf(Locale.ROOT, "%-10s %7s %7s %12s %12s%n", "project", "actors", "ties", "analyze ms",
                "content ms");
        Path dir = Files.createTempDirectory("kizuna-diagnosis-bench");
        for (String sample : SampleProjects.NAMES) {
            Path path = dir.resolve(sample + ".kizuna");
            SampleProjects.create(sample, path);
            try (ProjectFile f = ProjectFile.open(path)) {
                run(sample, f.snapshot(), m);
            }
        }
        for (String a : args) {
            int n = Integer.parseInt(a);
            run("sf-" + n, synthetic(n), m);
        }
    }

    private static void run(String name, Project p, Messages m) {
        DiagnosisContent.of(ClusterDiagnosis.analyze(p, NetworkFilter.ALL), p, m, 0); // warm-up
        double[] analyze = new double[5];
        double[] content = new double[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            DiagnosisReport r = ClusterDiagnosis.analyze(p, NetworkFilter.ALL);
            long t1 = System.nanoTime();
            DiagnosisContent c = DiagnosisContent.of(r, p, m, i);
            long t2 = System.nanoTime();
            analyze[i] = (t1 - t0) / 1e6;
            content[i] = (t2 - t1) / 1e6;
            if (c.cards().size() != 4) {
                throw new IllegalStateException("four cards expected");
            }
        }
        Arrays.sort(analyze);
        Arrays.sort(content);
        System.out.printf(Locale.ROOT, "%-10s %7d %7d %12.1f %12.1f%n", name, p.actors().size(), p.ties().size(),
                analyze[2], content[2]);
    }

    private static Project synthetic(int n) {
        var g = ScaleFreeGenerator.generate(n, 4, 7);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = g.actors().get(i);
            actors.add(new Actor(i + 1, a.name(), "company", null, null, a.country(), a.insideRegion(), null,
                    List.of(), null, null, null, null));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < g.ties().size(); i++) {
            Tie t = g.ties().get(i);
            ties.add(new Tie(i + 1, -t.sourceId(), -t.targetId(), t.kind(), true, 1, null, null, null, null));
        }
        return new Project(ClusterProfile.named("bench"), Vocabulary.ACTOR_KINDS, Vocabulary.TIE_KINDS, actors, ties,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
