package org.nastavnik.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A consent to personal-data processing (152-ФЗ, art. 9): kept after withdrawal as evidence. */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    private Long id;

    private long personId;
    private String purpose;
    private LocalDate givenOn;
    private String basisDocument;
    private LocalDate withdrawnOn;

    protected Consent() {}

    Consent(long personId, ConsentData data) {
        this.personId = personId;
        this.purpose = data.purpose();
        this.givenOn = data.givenOn();
        this.basisDocument = data.basisDocument();
    }

    void withdraw(LocalDate on) {
        if (withdrawnOn != null) {
            throw new IllegalStateException("Already withdrawn");
        }
        this.withdrawnOn = on;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("purpose", purpose);
        values.put("givenOn", givenOn);
        values.put("basisDocument", basisDocument);
        values.put("withdrawnOn", withdrawnOn);
        return values;
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    LocalDate givenOn() {
        return givenOn;
    }

    LocalDate withdrawnOn() {
        return withdrawnOn;
    }
}
