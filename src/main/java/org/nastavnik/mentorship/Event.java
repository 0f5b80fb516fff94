package org.nastavnik.mentorship;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a mentorship's timeline. */
@Entity
@Table(name = "mentorship_event")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentorship_seq")
    @SequenceGenerator(name = "mentorship_seq", sequenceName = "mentorship_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    private Mentorship mentorship;

    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private MentorshipStatus status;

    private String actor;
    private String subject;
    private String note;
    private Long personId;
    private Long otherPersonId;
    private Long actorPersonId;

    protected Event() {}

    /**
     * @param about the person the line is about (who consented, asked, resigned, or the mentor replaced)
     * @param other the mentor who came instead
     */
    Event(Mentorship mentorship, Act act, EventKind kind, String subject, String note, Long about, Long other) {
        this.mentorship = mentorship;
        this.happenedAt = act.at();
        this.kind = kind;
        this.status = mentorship.status();
        this.actor = act.actor();
        this.subject = subject;
        this.note = note;
        this.personId = about;
        this.otherPersonId = other;
        this.actorPersonId = act.personId();
    }
}
