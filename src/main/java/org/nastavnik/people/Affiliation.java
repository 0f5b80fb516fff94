package org.nastavnik.people;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.nastavnik.structure.Scope;

/**
 * What ties a person to an organization (an employment, a participation): it stays in its
 * organization, makes the person visible there, and ends on a date instead of being deleted.
 */
@MappedSuperclass
abstract class Affiliation {

    private long personId;
    private long organizationId;
    private String organizationPath;
    private LocalDate endedOn;

    @Version
    private long version;

    protected Affiliation() {}

    Affiliation(long personId, long organizationId, String organizationPath) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
    }

    /** Refuses to move the record to another organization: end it and add a new one instead. */
    void requireOrganization(long otherOrganizationId) {
        if (otherOrganizationId != organizationId) {
            throw new IllegalArgumentException("A record stays in its organization");
        }
    }

    void end(LocalDate on) {
        if (endedOn != null) {
            throw new IllegalStateException("Already ended");
        }
        this.endedOn = on;
    }

    /** Whether it is this person's and lies in the scope. */
    boolean of(long person, Scope scope) {
        return personId == person && scope.covers(organizationPath);
    }

    abstract Long id();

    long personId() {
        return personId;
    }

    long organizationId() {
        return organizationId;
    }

    String organizationPath() {
        return organizationPath;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    long version() {
        return version;
    }
}
