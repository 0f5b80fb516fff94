package org.nastavnik.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleAssignments extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByPersonIdAndRevokedAtIsNull(long personId);

    boolean existsByRoleAndRevokedAtIsNull(Role role);

    long countByRoleAndRevokedAtIsNull(Role role);
}
