package org.nastavnik.people;

import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of destroyed personal data, for those who manage personal data: the lines about
 * people who belong (or belonged) to an organization in their scope, newest first.
 */
@Service
@Transactional(readOnly = true)
public class DestructionJournal {

    static final int LIMIT = 1000;

    private final DestructionRecords records;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    DestructionJournal(DestructionRecords records, JdbcClient jdbc, AccessPolicy policy) {
        this.records = records;
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** Whether the caller's roles let them read the journal (for the link to it). */
    public boolean mayRead() {
        return !policy.scope(Permission.MANAGE_PERSONAL_DATA).isEmpty();
    }

    public List<DestructionView> list() {
        Scope scope = policy.scope(Permission.MANAGE_PERSONAL_DATA);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read the destruction journal");
        }
        StringBuilder sql = new StringBuilder("select d.id from destruction_record d");
        List<Object> params = new ArrayList<>();
        if (!scope.everything()) {
            sql.append(" where false");
            for (String table : List.of("employment", "participant")) {
                sql.append(" or exists (select 1 from ")
                        .append(table)
                        .append(" r where r.person_id = d.person_id and ")
                        .append(scope.pathCondition("r.organization_path", params))
                        .append(")");
            }
        }
        sql.append(" order by d.destroyed_on desc, d.id desc limit ").append(LIMIT);
        List<Long> ids =
                jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        return records.findAllById(ids).stream()
                .map(DestructionRecord::view)
                .sorted((a, b) -> ids.indexOf(a.id()) - ids.indexOf(b.id()))
                .toList();
    }
}
