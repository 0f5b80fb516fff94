package org.nastavnik.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A line of the journal of destroyed personal data: whose data (as they were named), which
 * categories, in which system, why and when (the act of destruction, Roskomnadzor order No. 179 of
 * 28.10.2022). Kept for three years, then deleted by {@link DestructionJournalRetention}.
 */
@Entity
@Table(name = "destruction_record")
class DestructionRecord {

    static final int KEEP_YEARS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "destruction_seq")
    @SequenceGenerator(name = "destruction_seq", sequenceName = "destruction_seq", allocationSize = 50)
    private Long id;

    private long personId;
    private String personLabel;
    private String categories;
    private String systemName;
    private String reason;
    private LocalDate destroyedOn;
    private LocalDate keepUntil;
    private String recordedBy;

    protected DestructionRecord() {}

    DestructionRecord(
            long personId,
            String personLabel,
            List<String> categories,
            String systemName,
            String reason,
            LocalDate destroyedOn,
            String recordedBy) {
        this.personId = personId;
        this.personLabel = personLabel;
        this.categories = String.join(",", categories);
        this.systemName = systemName;
        this.reason = reason;
        this.destroyedOn = destroyedOn;
        this.keepUntil = destroyedOn.plusYears(KEEP_YEARS);
        this.recordedBy = recordedBy;
    }

    DestructionView view() {
        return new DestructionView(
                id,
                personId,
                personLabel,
                Arrays.asList(categories.split(",")),
                systemName,
                reason,
                destroyedOn,
                keepUntil,
                recordedBy);
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    LocalDate destroyedOn() {
        return destroyedOn;
    }

    LocalDate keepUntil() {
        return keepUntil;
    }
}
