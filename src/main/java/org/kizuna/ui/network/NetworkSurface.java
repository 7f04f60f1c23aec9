// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;

/**
 * What draws the network: SmartGraph ({@link SmartGraphSurface}) up to the measured limit, the plain
 * canvas ({@link CanvasSurface}) above it. The page's editing gestures (select, rubber band, move,
 * connect, add) work in drawing coordinates through this interface and so work on both.
 */
interface NetworkSurface {
    /** The state a restyle draws: selection, what {@code reveal()} dimmed, pinned actors, projector look. */
    record Look(Set<Long> selectedActors, Set<Long> selectedTies, Set<Long> dimmed, Set<Long> pinned,
                boolean presentation) {
        boolean dim(long actorId) {
            return dimmed != null && !dimmed.isEmpty() && dimmed.contains(actorId);
        }
    }

    /** The node put into the page's zoomable world, at (0, 0), of {@link #width()} × {@link #height()}. */
    Node node();

    double width();

    double height();

    /** Called once the node is in a scene and laid out; places the actors. */
    void init();

    /** Whether the drawing is complete: initialised and every part attached. */
    boolean ready();

    /**
     * Puts up to {@code max} more of the drawing's nodes into the scene after {@link #init()}, for
     * a surface that is attached in slices across pulses; true once everything is attached.
     */
    default boolean attachSome(int max) {
        return true;
    }

    /** How much of the drawing is attached, from 0 to 1. */
    default double attachProgress() {
        return 1;
    }

    /** Brings the drawing to {@code p} with the {@code visible} ties, changing only what differs. */
    void show(Project p, Map<Long, Tie> visible, Look look);

    /** Restyles everything for a new selection, highlight or presentation mode. */
    void restyle(Look look);

    /** The actor's centre, or null when not drawn. */
    double[] position(long actorId);

    Map<Long, double[]> positions();

    void move(long actorId, double x, double y);

    /** The actor under the point (drawing units), or null. */
    Long actorAt(double x, double y, Object eventTarget);

    /** The tie under the point or the event's target, or null. */
    Long tieAt(double x, double y, Object eventTarget);

    /** Force-directed layout on or off; {@code frozen} actors (pinned, dragged) do not move. */
    void setAutomaticLayout(boolean on, Set<Long> frozen);

    /**
     * The page's zoom factor changed: a surface whose names should keep a readable size on screen
     * (rather than shrink with the drawing when a whole network is fitted in) resizes them here.
     */
    default void setZoom(double zoom) {
    }

    /** Whether this surface has an automatic layout at all. */
    boolean hasAutomaticLayout();

    /** The ids of the ties drawn now. */
    Set<Long> drawnTies();

    void dispose();
}
