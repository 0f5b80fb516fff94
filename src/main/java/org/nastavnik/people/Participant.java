package org.nastavnik.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person's participation in student mentorship at an organization (pupil, student, ...). */
@Entity
@Table(name = "participant")
class Participant extends Affiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ParticipantKind kind;

    private String className;
    private Integer course;
    private String programme;
    private Integer graduationYear;
    private String employer;
    private String position;

    protected Participant() {}

    Participant(long personId, String organizationPath, ParticipantData data) {
        super(personId, data.organizationId(), organizationPath);
        apply(data);
    }

    /** Takes the fields of the data's kind; the organization stays. */
    void apply(ParticipantData data) {
        requireOrganization(data.organizationId());
        if (endedOn() != null) {
            throw new IllegalStateException("An ended participation cannot be changed");
        }
        ParticipantData normalized = data.normalized();
        this.kind = normalized.kind();
        this.className = normalized.className();
        this.course = normalized.course();
        this.programme = normalized.programme();
        this.graduationYear = normalized.graduationYear();
        this.employer = normalized.employer();
        this.position = normalized.position();
    }

    ParticipantData data() {
        return new ParticipantData(
                kind, organizationId(), className, course, programme, graduationYear, employer, position);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("organizationId", organizationId());
        values.put("className", className);
        values.put("course", course);
        values.put("programme", programme);
        values.put("graduationYear", graduationYear);
        values.put("employer", employer);
        values.put("position", position);
        values.put("endedOn", endedOn());
        return values;
    }

    @Override
    Long id() {
        return id;
    }
}
