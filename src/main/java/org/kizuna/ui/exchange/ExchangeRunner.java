// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs an export or an import check on a thread of its own (not the window's worker, which stays
 * free for edits: both read an immutable snapshot, never the open file), and hands the outcome to
 * the FX thread. Tests deliver the outcome on the job's thread instead.
 */
public final class ExchangeRunner {
    private final Executor deliver;

    private ExchangeRunner(Executor deliver) {
        this.deliver = deliver;
    }

    /** Outcomes on the FX thread. */
    public static ExchangeRunner fx() {
        return new ExchangeRunner(Platform::runLater);
    }

    /** Outcomes on the job's own thread (view-model tests, no toolkit). */
    public static ExchangeRunner direct() {
        return new ExchangeRunner(Runnable::run);
    }

    /** Starts {@code work} on a new daemon thread named {@code kizuna-exchange}. */
    public <T> Thread start(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Thread t = new Thread(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable e) {
                deliver.execute(() -> onFailure.accept(e));
                return;
            }
            deliver.execute(() -> onSuccess.accept(value));
        }, "kizuna-exchange");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
