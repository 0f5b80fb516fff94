package org.nastavnik.roadmap.web;

import org.nastavnik.roadmap.LineDetail;
import org.nastavnik.roadmap.LineEdit;

/** The author's edit of an activity on its page, with the line's version read. */
record LineForm(String activity, String deadline, String responsible, String result, String coExecutors, Long version) {

    static LineForm of(LineDetail line) {
        return new LineForm(
                line.activity(),
                line.deadline(),
                line.responsible(),
                line.result(),
                line.coExecutors(),
                line.version());
    }

    LineEdit edit() {
        return new LineEdit(activity, deadline, responsible, result, coExecutors, version);
    }
}
