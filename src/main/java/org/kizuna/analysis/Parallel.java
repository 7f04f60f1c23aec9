// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.List;

/** Runs the same work-stealing loop on a few daemon threads and waits for all of them. */
final class Parallel {
    private Parallel() {
    }

    static void run(int threads, Runnable work) {
        if (threads <= 1) {
            work.run();
            return;
        }
        List<Thread> running = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(work, "kizuna-analysis");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, ex) -> {
                synchronized (failure) {
                    failure[0] = ex;
                }
            });
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("analysis interrupted", e);
            }
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw new IllegalStateException("analysis failed", failure[0]);
            }
        }
    }
}
