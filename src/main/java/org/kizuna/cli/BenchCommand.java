// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kizuna.analysis.AnalysisOptions;
import org.kizuna.analysis.BrokerageCalculator;
import org.kizuna.analysis.CliqueFinder;
import org.kizuna.analysis.ClusteringCalculator;
import org.kizuna.analysis.ComponentCalculator;
import org.kizuna.analysis.CoreDecomposition;
import org.kizuna.analysis.MixingCalculator;
import org.kizuna.analysis.NetworkFilter;
import org.kizuna.analysis.NetworkGraph;
import org.kizuna.analysis.PageRankCalculator;
import org.kizuna.analysis.PathCentralityCalculator;
import org.kizuna.analysis.ScaleFreeGenerator;
import org.kizuna.analysis.StructuralHolesCalculator;
import org.kizuna.analysis.View;
import org.kizuna.model.Project;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kizuna bench}: times the analysis on generated scale-free directed networks written to real
 * project files. A benchmark, not a test: numbers depend on the machine (docs/performance.md).
 */
@Command(name = "bench", description = "Time the network analysis on generated scale-free networks.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", description = "Actor counts (default 1000,10000,100000).")
    List<Integer> sizes = new ArrayList<>(List.of(1000, 10_000, 100_000));

    @Option(names = "--seed", description = "Random seed (default 1).")
    long seed = 1;

    @Option(names = "--out-degree", description = "Mean out-degree (default 5).")
    int outDegree = 5;

    @Option(names = "--betweenness-max", paramLabel = "N",
            description = "Skip exact betweenness above this many actors (default 50000: it is O(n·m)).")
    int betweennessMax = 50_000;

    @Option(names = "--cliques-max", paramLabel = "N", description = "Skip cliques above this many actors (default 1000000).")
    int cliquesMax = 1_000_000;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the generated bench-N.kizuna files and write bench-N.csv edge lists (source,target) here.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "kizuna bench: seed %d, mean out-degree %d, %d processors, max heap %d MB%n", seed,
                outDegree, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("times in ms; the first size also warms the JIT up");
        out.printf(Locale.ROOT, "%9s %9s %8s %8s %8s %8s %8s %9s %9s %10s %10s %8s %9s %8s%n", "actors", "arcs",
                "build", "linear", "cluster", "cores", "constr", "brokerage", "all-but", "betw-dir", "betw-und",
                "cliques", "#cliques", "heap-MB");
        for (int n : sizes) {
            if (n < 2) {
                throw new UserException("sizes must be at least 2");
            }
            Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("kizuna-bench");
            Path file = dir.resolve("bench-" + n + ".kizuna");
            Files.deleteIfExists(file);
            ScaleFreeGenerator.Generated gen = ScaleFreeGenerator.generate(n, outDegree, seed);
            try (ProjectFile pf = ProjectFile.create(file, "bench " + n)) {
                pf.execute(new ImportNetworkCommand(EditDescription.of("import", "bench"), gen.actors(), gen.ties()));
                pf.history().clear();
            }
            if (keep != null) {
                writeCsv(dir.resolve("bench-" + n + ".csv"), gen);
            }
            gen = null;
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Project p;
            try (ProjectFile pf = ProjectFile.open(file)) {
                p = pf.snapshot();
            }
            NetworkGraph g = NetworkGraph.of(p, NetworkFilter.ALL);
            long t1 = System.nanoTime();
            ComponentCalculator.compute(g);
            PageRankCalculator.compute(g);
            MixingCalculator.eiIndex(g, new int[g.size()]);
            long degreeSum = 0;
            for (int v = 0; v < g.size(); v++) {
                degreeSum += g.inDegree(v) + g.outDegree(v);
            }
            long t2 = System.nanoTime();
            ClusteringCalculator.local(g, ClusteringCalculator.triangles(g));
            long t3 = System.nanoTime();
            CoreDecomposition.coreNumbers(g);
            long t4 = System.nanoTime();
            StructuralHolesCalculator.compute(g);
            long t5 = System.nanoTime();
            int[] groups = new int[g.size()];
            for (int v = 0; v < g.size(); v++) {
                groups[v] = g.actor(v).insideRegion() ? 0 : 1;
            }
            BrokerageCalculator.compute(g, groups);
            long t6 = System.nanoTime();
            String bd = "-";
            String bu = "-";
            if (n <= betweennessMax) {
                long b0 = System.nanoTime();
                PathCentralityCalculator.compute(g, View.DIRECTED);
                long b1 = System.nanoTime();
                PathCentralityCalculator.compute(g, View.UNDIRECTED);
                long b2 = System.nanoTime();
                bd = ms(b1 - b0);
                bu = ms(b2 - b1);
            }
            String cl = "-";
            String cc = "-";
            if (n <= cliquesMax) {
                long c0 = System.nanoTime();
                int count = CliqueFinder.maximalCliques(g, AnalysisOptions.DEFAULT.minCliqueSize()).size();
                cl = ms(System.nanoTime() - c0);
                cc = String.valueOf(count);
            }
            out.printf(Locale.ROOT, "%9d %9d %8s %8s %8s %8s %8s %9s %9s %10s %10s %8s %9s %8d%n", n, degreeSum / 2,
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), ms(t6 - t0), bd, bu,
                    cl, cc, peakHeapMb());
            out.flush();
            if (keep == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
        out.println("build = open file + read snapshot + CSR; linear = degrees, components, PageRank, E-I;");
        out.println("all-but = build through brokerage (everything except betweenness and cliques);");
        out.println("betw-dir/betw-und = exact Brandes betweenness (closeness comes with it), directed/undirected view.");
        return 0;
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static void writeCsv(Path path, ScaleFreeGenerator.Generated gen) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write("source,target\n");
            for (int i = 0; i < gen.source().length; i++) {
                w.write("a" + gen.source()[i] + ",a" + gen.target()[i] + "\n");
            }
        }
    }
}
