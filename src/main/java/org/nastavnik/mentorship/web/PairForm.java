package org.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.mentorship.MemberRole;
import org.nastavnik.mentorship.MentorshipDraft;
import org.nastavnik.mentorship.MentorshipForm;
import org.nastavnik.mentorship.MentorshipKind;
import org.nastavnik.mentorship.MentorshipView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a pair or group: up to {@link #MENTOR_ROWS} mentors, each with the field they cover,
 * and the mentees checked in a list.
 */
public record PairForm(
        Long organizationId,
        MentorshipForm form,
        MentorshipKind kind,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate plannedStart,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate plannedEnd,
        List<Long> mentors,
        List<String> fields,
        List<Long> mentees,
        Long version) {

    static final int MENTOR_ROWS = 3;

    static PairForm of(MentorshipView view) {
        List<Long> mentors = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        view.current(MemberRole.MENTOR).forEach(m -> {
            mentors.add(m.profileId());
            fields.add(m.field());
        });
        return new PairForm(
                view.organizationId(),
                view.form(),
                view.kind(),
                view.plannedStart(),
                view.plannedEnd(),
                padded(mentors),
                padded(fields),
                view.current(MemberRole.MENTEE).stream()
                        .map(MentorshipView.MemberView::profileId)
                        .toList(),
                view.version());
    }

    static PairForm blank(long organizationId, Long mentor, Long mentee, LocalDate start, LocalDate end) {
        List<Long> mentors = new ArrayList<>();
        if (mentor != null) {
            mentors.add(mentor);
        }
        return new PairForm(
                organizationId,
                MentorshipForm.EXPERIENCED_YOUNG,
                MentorshipKind.TRADITIONAL,
                start,
                end,
                padded(mentors),
                padded(new ArrayList<>()),
                mentee == null ? List.of() : List.of(mentee),
                0L);
    }

    /** The mentor chosen in the row, or null. */
    public Long mentorAt(int row) {
        return mentors != null && row < mentors.size() ? mentors.get(row) : null;
    }

    /** The field typed in the row, or null. */
    public String fieldAt(int row) {
        return fields != null && row < fields.size() ? fields.get(row) : null;
    }

    /** The rows of the mentor table. */
    public List<Integer> rows() {
        return java.util.stream.IntStream.range(0, MENTOR_ROWS).boxed().toList();
    }

    private static <T> List<T> padded(List<T> values) {
        while (values.size() < MENTOR_ROWS) {
            values.add(null);
        }
        return values;
    }

    long versionOrStale() {
        return version == null ? -1 : version;
    }

    MentorshipDraft draft() {
        List<MentorshipDraft.MentorChoice> choices = new ArrayList<>();
        for (int i = 0; mentors != null && i < mentors.size(); i++) {
            if (mentors.get(i) != null) {
                String field = fields != null && i < fields.size() ? fields.get(i) : null;
                choices.add(new MentorshipDraft.MentorChoice(mentors.get(i), field));
            }
        }
        return new MentorshipDraft(organizationId, form, kind, plannedStart, plannedEnd, choices, mentees);
    }
}
