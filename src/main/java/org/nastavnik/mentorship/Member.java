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
import java.time.LocalDate;

/** A mentor or mentee of a mentorship, with their consent; one who left keeps the date and reason. */
@Entity
@Table(name = "mentorship_member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentorship_seq")
    @SequenceGenerator(name = "mentorship_seq", sequenceName = "mentorship_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    private Mentorship mentorship;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    private Long mentorProfileId;
    private Long menteeProfileId;
    private long personId;
    private long organizationId;
    private String field;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private String leftReason;
    private LocalDate consentOn;

    @Enumerated(EnumType.STRING)
    private ConsentWay consentWay;

    private String consentDocument;
    private String consentBy;

    protected Member() {}

    Member(Mentorship mentorship, Candidate candidate, LocalDate joinedOn) {
        this.mentorship = mentorship;
        this.role = candidate.role();
        this.mentorProfileId = candidate.role() == MemberRole.MENTOR ? candidate.profileId() : null;
        this.menteeProfileId = candidate.role() == MemberRole.MENTEE ? candidate.profileId() : null;
        this.personId = candidate.personId();
        this.organizationId = candidate.organizationId();
        this.field = candidate.field();
        this.joinedOn = joinedOn;
    }

    Long id() {
        return id;
    }

    MemberRole role() {
        return role;
    }

    long profileId() {
        return role == MemberRole.MENTOR ? mentorProfileId : menteeProfileId;
    }

    long personId() {
        return personId;
    }

    String field() {
        return field;
    }

    LocalDate joinedOn() {
        return joinedOn;
    }

    boolean current() {
        return leftOn == null;
    }

    boolean consented() {
        return consentOn != null;
    }

    void consent(LocalDate on, ConsentWay way, String document, String actor) {
        this.consentOn = on;
        this.consentWay = way;
        this.consentDocument = document;
        this.consentBy = actor;
    }

    void withdrawConsent() {
        consent(null, null, null, null);
    }

    void leave(LocalDate on, String reason) {
        this.leftOn = on;
        this.leftReason = reason;
    }

    /** Who is to join, already checked against the banks. */
    record Candidate(MemberRole role, long profileId, long personId, long organizationId, String field) {}
}
