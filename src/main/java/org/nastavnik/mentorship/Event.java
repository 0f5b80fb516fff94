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

    protected Event() {}

    Event(Mentorship mentorship, Instant at, EventKind kind, String actor, String subject, String note) {
        this.mentorship = mentorship;
        this.happenedAt = at;
        this.kind = kind;
        this.status = mentorship.status();
        this.actor = actor;
        this.subject = subject;
        this.note = note;
    }
}
