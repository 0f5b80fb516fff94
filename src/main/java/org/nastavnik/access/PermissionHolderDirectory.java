package org.nastavnik.access;

import java.util.Arrays;
import java.util.List;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.PermissionHolders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The holders of a permission nearest to a unit, from the active role assignments. */
@Component
class PermissionHolderDirectory implements PermissionHolders {

    private final JdbcClient jdbc;

    PermissionHolderDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holder> nearest(Permission permission, String unitPath) {
        return holders(permission, unitPath, "? like ra.unit_path || '%'");
    }

    @Override
    public List<Holder> at(Permission permission, String unitPath) {
        return holders(permission, unitPath, "ra.unit_path = ?");
    }

    /** The holders of roles with the permission whose unit passes {@code unitCondition}, the nearest ones. */
    private List<Holder> holders(Permission permission, String unitPath, String unitCondition) {
        List<String> roles = Arrays.stream(Role.values())
                .filter(r -> r != Role.ADMIN && r.has(permission))
                .map(Role::name)
                .toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", roles.stream().map(r -> "?").toList());
        List<Object> params = new java.util.ArrayList<>(roles);
        params.add(unitPath);
        return jdbc.sql("with holders as (select ra.person_id, ra.unit_path from role_assignment ra"
                        + " where ra.revoked_at is null and ra.unit_path is not null and ra.role in (" + in + ")"
                        + " and " + unitCondition + ")"
                        + " select distinct h.person_id, a.username from holders h"
                        + " left join account a on a.person_id = h.person_id and a.enabled"
                        + " where length(h.unit_path) = (select max(length(unit_path)) from holders)"
                        + " order by h.person_id")
                .params(params)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2)))
                .list();
    }

    @Override
    public List<Long> holdingRole(String role, String unitPath) {
        if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
            return List.of();
        }
        return jdbc.sql("select distinct ra.person_id from role_assignment ra join person p on p.id = ra.person_id"
                        + " where ra.revoked_at is null and ra.role = ? and ra.unit_path = ?"
                        + " and p.anonymized_on is null order by ra.person_id")
                .params(role, unitPath)
                .query(Long.class)
                .list();
    }

    @Override
    public List<Holder> withAccounts(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select person_id, username from account where enabled and person_id = any(?)"
                        + " order by person_id")
                .param(personIds.toArray(Long[]::new))
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2)))
                .list();
    }
}
