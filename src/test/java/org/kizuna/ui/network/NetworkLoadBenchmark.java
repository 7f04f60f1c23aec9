// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.RecordingDialogs;
import org.kizuna.ui.session.ProjectSession;

/**
 * How long the FX thread stalls while the network page opens a project: a scale-free project of N
 * actors and about 4·N ties is written to a real file; per run the page is created in a 1366×768
 * window while a timer thread posts a runnable to the FX thread every 16 ms. The largest gap between
 * two of them running is the longest stall (a frame the window could not paint, an input it could
 * not answer). Reported per run: time until the drawing is ready, the longest stall, and how many
 * stalls were over 100 ms. Run under a display, e.g.
 * {@code xvfb-run -a java -Dprism.order=sw -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.kizuna.ui.network.NetworkLoadBenchmark 500 5}; figures in docs/performance.md.
 */
public final class NetworkLoadBenchmark {
    private NetworkLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("kizuna-load-bench");
        Path path = dir.resolve("bench-" + n + ".kizuna");
        NetworkDevLauncher.createSynthetic(path, n, 4);
        CompletableFuture<Stage> ready = new CompletableFuture<>();
        StackPane host = new StackPane();
        Platform.startup(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(host, 1366, 768));
            s.show();
            ready.complete(s);
        });
        ready.get();
        int ties;
        try (ProjectFile f = ProjectFile.open(path)) {
            ties = f.snapshot().ties().size();
        }
        System.out.printf(Locale.ROOT, "%d actors, %d ties, %d runs (the first is a warm-up)%n", n, ties, runs + 1);
        System.out.printf(Locale.ROOT, "%4s %9s %15s %12s%n", "run", "ready ms", "max stall ms", "stalls>100");
        for (int run = 0; run <= runs; run++) {
            measure(path, host, run);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void measure(Path path, StackPane host, int run) throws Exception {
        ProjectFile file = ProjectFile.open(path);
        DialogService dialogs = RecordingDialogs.errorsToStderr();
        List<Long> ticks = new ArrayList<>();
        // The probe: a runnable posted every 16 ms; it also tells when it has ticked a few times
        // (the baseline before opening) and when it has watched a second past the ready time.
        CountDownLatch warmedUp = new CountDownLatch(10);
        CountDownLatch watchedAfter = new CountDownLatch(1);
        AtomicLong watchUntil = new AtomicLong(Long.MAX_VALUE);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stall-probe");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            long now = System.nanoTime();
            ticks.add(now);
            warmedUp.countDown();
            if (now >= watchUntil.get()) {
                watchedAfter.countDown();
            }
        }), 0, 16, TimeUnit.MILLISECONDS);
        warmedUp.await();
        long start = System.nanoTime();
        // Ready is checked every frame on the FX thread, so its time is exact to a frame.
        CompletableFuture<Long> ready = new CompletableFuture<>();
        CompletableFuture<NetworkView> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            ProjectSession session = new ProjectSession(file, file.snapshot(), BackgroundTasks.onWorkerThread(),
                    Messages.forLocale(Locale.JAPANESE), dialogs);
            NetworkView view = new NetworkView(session);
            host.getChildren().setAll(view.root());
            opened.complete(view);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (view.isReady() && !view.isLoading()) {
                        ready.complete(System.nanoTime());
                        stop();
                    }
                }
            }.start();
        });
        NetworkView view = opened.get();
        long readyAt;
        try {
            readyAt = ready.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            readyAt = 0;
        }
        // whatever the page does right after: first frames, deferred work
        watchUntil.set((readyAt == 0 ? System.nanoTime() : readyAt) + TimeUnit.SECONDS.toNanos(1));
        watchedAfter.await();
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.SECONDS);
        CompletableFuture<long[]> gaps = new CompletableFuture<>();
        Platform.runLater(() -> {
            long max = 0;
            long over = 0;
            for (int i = 1; i < ticks.size(); i++) {
                if (ticks.get(i) < start) {
                    continue;
                }
                long g = ticks.get(i) - ticks.get(i - 1);
                max = Math.max(max, g);
                if (g > TimeUnit.MILLISECONDS.toNanos(100)) {
                    over++;
                }
            }
            view.dispose();
            host.getChildren().clear();
            gaps.complete(new long[] {max, over});
        });
        long[] g = gaps.get();
        System.out.printf(Locale.ROOT, "%4s %9.0f %15.0f %12d%n", run == 0 ? "warm" : String.valueOf(run),
                readyAt == 0 ? Double.NaN : (readyAt - start) / 1e6, g[0] / 1e6, g[1]);
        file.close();
    }
}
