// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread and hands the result back on it, so the FX thread never waits on
 * SQLite. The window uses one daemon worker thread: all file work is then serialised on it, and a
 * project's connection is never used by two threads at once. Tests of view-models use
 * {@link #sameThread()}, which runs the work and its callbacks at once on the caller's thread and
 * needs no JavaFX toolkit.
 */
public final class BackgroundTasks {
    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();

    private BackgroundTasks(ExecutorService executor) {
        this.executor = executor;
    }

    /** Work on a single daemon thread named {@code kizuna-worker}; callbacks on the FX thread. */
    public static BackgroundTasks onWorkerThread() {
        return new BackgroundTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kizuna-worker");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Work and callbacks on the calling thread, for tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(null);
    }

    /**
     * How many tasks are queued or running (changed on the FX thread: call {@link #run} from it), for
     * the status bar's progress indicator.
     */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Runs {@code work}; then {@code onSuccess} with its result, or {@code onFailure} with what it
     * threw. In the window both callbacks run on the FX thread.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        if (executor == null) {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                running.set(running.get() - 1);
                onFailure.accept(e);
                return;
            }
            running.set(running.get() - 1);
            onSuccess.accept(value);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }
}
