// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;

/** Waits, without polling, until a view-model's state property holds a value. */
final class StateWait {
    private StateWait() {
    }

    static <T> void await(ObservableValue<T> state, T wanted, Supplier<String> detail) throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        InvalidationListener listener = o -> {
            if (state.getValue() == wanted) {
                reached.countDown();
            }
        };
        state.addListener(listener);
        try {
            if (state.getValue() != wanted && !reached.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("state " + state.getValue() + ", waited for " + wanted + ": " + detail.get());
            }
        } finally {
            state.removeListener(listener);
        }
    }
}
