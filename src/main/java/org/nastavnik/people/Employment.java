package org.nastavnik.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's work in an organization: position, subjects, the dates experience is counted from. */
@Entity
@Table(name = "employment")
class Employment extends Affiliation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employment_seq")
    @SequenceGenerator(name = "employment_seq", sequenceName = "employment_seq", allocationSize = 50)
    private Long id;

    private long positionId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Long[] subjectIds = new Long[0];

    private LocalDate pedagogicalSince;
    private LocalDate organizationSince;

    @Enumerated(EnumType.STRING)
    private Qualification qualification = Qualification.NONE;

    private LocalDate mentorCategorySince;
    private LocalDate methodistCategorySince;

    protected Employment() {}

    Employment(long personId, String organizationPath, EmploymentData data) {
        super(personId, data.organizationId(), organizationPath);
        apply(data);
    }

    void apply(EmploymentData data) {
        requireOrganization(data.organizationId());
        this.positionId = data.positionId();
        this.subjectIds = data.subjectIds().toArray(Long[]::new);
        this.pedagogicalSince = data.pedagogicalSince();
        this.organizationSince = data.organizationSince();
        this.qualification = data.qualification();
        this.mentorCategorySince = data.mentorCategorySince();
        this.methodistCategorySince = data.methodistCategorySince();
    }

    EmploymentData data() {
        return new EmploymentData(
                organizationId(),
                positionId,
                List.of(subjectIds),
                pedagogicalSince,
                organizationSince,
                qualification,
                mentorCategorySince,
                methodistCategorySince);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organizationId", organizationId());
        values.put("positionId", positionId);
        values.put("subjectIds", List.of(subjectIds));
        values.put("pedagogicalSince", pedagogicalSince);
        values.put("organizationSince", organizationSince);
        values.put("qualification", qualification);
        values.put("mentorCategorySince", mentorCategorySince);
        values.put("methodistCategorySince", methodistCategorySince);
        values.put("endedOn", endedOn());
        return values;
    }

    @Override
    Long id() {
        return id;
    }
}
