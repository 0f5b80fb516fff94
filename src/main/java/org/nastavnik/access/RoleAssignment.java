package org.nastavnik.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A role held by a person at a unit, from its grant until its revocation. */
@Entity
@Table(name = "role_assignment")
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_assignment_seq")
    @SequenceGenerator(name = "role_assignment_seq", sequenceName = "role_assignment_seq", allocationSize = 50)
    private Long id;

    private long personId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long unitId;
    private String unitPath;
    private String grantedBy;
    private Instant grantedAt;
    private Instant revokedAt;
    private String revokedBy;

    protected RoleAssignment() {}

    RoleAssignment(long personId, Role role, Long unitId, String unitPath, String grantedBy) {
        this.personId = personId;
        this.role = role;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.grantedBy = grantedBy;
        this.grantedAt = Instant.now();
    }

    void revoke(String by) {
        if (revokedAt != null) {
            throw new IllegalStateException("Already revoked");
        }
        this.revokedAt = Instant.now();
        this.revokedBy = by;
    }

    boolean active() {
        return revokedAt == null;
    }

    /** The values of the assignment for the audit trail. */
    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("personId", personId);
        values.put("role", role);
        values.put("unitId", unitId);
        return values;
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    Role role() {
        return role;
    }

    Long unitId() {
        return unitId;
    }

    String unitPath() {
        return unitPath;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    String grantedBy() {
        return grantedBy;
    }
}
