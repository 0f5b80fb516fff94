package org.nastavnik.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agreement (соглашение) of a unit with a social partner; archived, never deleted. */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    private long partnerId;
    private long unitId;
    private String number;
    private LocalDate signedOn;
    private String subject;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private boolean archived;

    @Version
    private long version;

    protected Agreement() {}

    Agreement(Unit partner, Unit unit, AgreementData data) {
        if (partner.view().type() != UnitType.PARTNER) {
            throw new IllegalArgumentException("An agreement is made with a partner");
        }
        this.partnerId = partner.id();
        signedBy(unit);
        apply(data);
    }

    void signedBy(Unit unit) {
        if (unit.view().type() == UnitType.PARTNER) {
            throw new IllegalArgumentException("A partner does not sign for the education side");
        }
        this.unitId = unit.id();
    }

    void apply(AgreementData data) {
        this.number = data.number();
        this.signedOn = data.signedOn();
        this.subject = data.subject();
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
        this.contactName = data.contactName();
        this.contactPhone = data.contactPhone();
        this.contactEmail = data.contactEmail();
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    AgreementData data() {
        return new AgreementData(
                number, signedOn, subject, validFrom, validTo, contactName, contactPhone, contactEmail);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("partnerId", partnerId);
        values.put("unitId", unitId);
        values.put("number", number);
        values.put("signedOn", signedOn);
        values.put("subject", subject);
        values.put("validFrom", validFrom);
        values.put("validTo", validTo);
        values.put("contactName", contactName);
        values.put("contactPhone", contactPhone);
        values.put("contactEmail", contactEmail);
        values.put("archived", archived);
        return values;
    }

    Long id() {
        return id;
    }

    long partnerId() {
        return partnerId;
    }

    long unitId() {
        return unitId;
    }

    boolean archived() {
        return archived;
    }

    long version() {
        return version;
    }
}
