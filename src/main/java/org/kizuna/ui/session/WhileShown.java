// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.session;

/**
 * Work a page redoes after every change of the project, done only while the page is shown. The
 * pages' figures come from the whole diagnosis, whose exact betweenness takes seconds on a network
 * of thousands of actors and shares the worker thread with the edits: a request made while the page
 * is hidden only marks the work stale, and it is done once when the page is shown again.
 */
public final class WhileShown {
    private final Runnable work;
    private boolean shown;
    private boolean stale;

    /** @param shown whether the page is shown now (a page built before it enters the scene is not) */
    public WhileShown(boolean shown, Runnable work) {
        this.shown = shown;
        this.work = work;
    }

    /** Does the work now if the page is shown, else once when it is shown again. */
    public void request() {
        if (shown) {
            work.run();
        } else {
            stale = true;
        }
    }

    /** The page was shown or hidden; shown with requests pending, it does the work once. */
    public void setShown(boolean on) {
        shown = on;
        if (on && stale) {
            stale = false;
            work.run();
        }
    }
}
