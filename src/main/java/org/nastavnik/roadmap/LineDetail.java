package org.nastavnik.roadmap;

import java.util.List;

/**
 * An activity of a roadmap with everything its page shows: the texts as written, the author's
 * correction of the deadline, the stored due dates, the person the responsible text names (when
 * recognized) and the history of its changes, newest first.
 */
public record LineDetail(
        long roadmapId,
        String roadmapTitle,
        String owner,
        String roadmapStatus,
        int position,
        String number,
        String sectionNumber,
        String activity,
        String deadline,
        String correctedDeadline,
        Deadline.Kind deadlineKind,
        String responsible,
        List<ResponsiblePerson> responsiblePeople,
        String result,
        String coExecutors,
        long version,
        List<DueDate> dates,
        List<LineChange> history,
        boolean mayEdit) {

    /** A person the responsible text names, recognized among the people of the owner unit. */
    public record ResponsiblePerson(long personId, String fullName) {}
}
