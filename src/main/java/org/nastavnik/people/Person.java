package org.nastavnik.people;

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
import org.nastavnik.common.RussianText;

@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    private String lastName;
    private String firstName;
    private String middleName;
    private LocalDate birthDate;
    private String email;
    private String phone;
    private String snils;
    private String searchText;
    private String sortKey;
    private LocalDate anonymizedOn;

    @Version
    private long version;

    protected Person() {}

    Person(PersonData data) {
        apply(data);
    }

    void apply(PersonData data) {
        if (anonymizedOn != null) {
            throw new IllegalStateException("An anonymized person cannot be changed");
        }
        this.lastName = data.lastName();
        this.firstName = data.firstName();
        this.middleName = data.middleName();
        this.birthDate = data.birthDate();
        this.email = data.email();
        this.phone = data.phone();
        this.snils = data.snils();
        this.searchText = searchText(data);
        this.sortKey = searchText;
    }

    static String searchText(PersonData data) {
        return RussianText.normalize(String.join(
                " ", data.lastName(), data.firstName(), data.middleName() == null ? "" : data.middleName()));
    }

    /** Removes identity, keeps the record and its history (152-ФЗ destruction on request). */
    void anonymize(LocalDate today, String label) {
        this.lastName = label;
        this.firstName = "-";
        this.middleName = null;
        this.birthDate = null;
        this.email = null;
        this.phone = null;
        this.snils = null;
        this.searchText = RussianText.normalize(label);
        this.sortKey = "\uffff" + id;
        this.anonymizedOn = today;
    }

    PersonData data() {
        return new PersonData(lastName, firstName, middleName, birthDate, email, phone, snils);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lastName", lastName);
        values.put("firstName", firstName);
        values.put("middleName", middleName);
        values.put("birthDate", birthDate);
        values.put("email", email);
        values.put("phone", phone);
        values.put("snils", snils == null ? null : "***" + snils.substring(snils.length() - 2));
        return values;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    LocalDate anonymizedOn() {
        return anonymizedOn;
    }

    String shortName() {
        if (anonymizedOn != null) {
            return lastName;
        }
        StringBuilder name = new StringBuilder(lastName)
                .append(' ')
                .append(firstName.charAt(0))
                .append('.');
        if (middleName != null && !middleName.isEmpty()) {
            name.append(' ').append(middleName.charAt(0)).append('.');
        }
        return name.toString();
    }
}
