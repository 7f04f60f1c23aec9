// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.util.function.UnaryOperator;
import org.kizuna.model.Actor;
import org.kizuna.model.Element;
import org.kizuna.model.Project;

/**
 * A snapshot holding text that neither Kizuna's edits nor its file format accept any more (a tab in
 * a name, a control character), as an older file or a future bug might still bring in. The
 * exporters take snapshots, so they are tested on such text directly: their output must parse
 * whatever they are given.
 */
public final class OutsideKizuna {
    private OutsideKizuna() {
    }

    /** The snapshot with one actor changed. */
    public static Project withActor(Project p, long id, UnaryOperator<Actor> change) {
        return new Project(p.profile(), p.actorKinds(), p.tieKinds(),
                p.actors().stream().map(a -> a.id() == id ? change.apply(a) : a).toList(), p.ties(), p.groups(),
                p.elements(), p.cells(), p.periods(), p.progress(), p.findings());
    }

    /** The snapshot with one element changed. */
    public static Project withElement(Project p, long id, UnaryOperator<Element> change) {
        return new Project(p.profile(), p.actorKinds(), p.tieKinds(), p.actors(), p.ties(), p.groups(),
                p.elements().stream().map(e -> e.id() == id ? change.apply(e) : e).toList(), p.cells(), p.periods(),
                p.progress(), p.findings());
    }
}
