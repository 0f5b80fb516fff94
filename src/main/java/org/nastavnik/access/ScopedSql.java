package org.nastavnik.access;

import java.util.ArrayList;
import java.util.List;
import org.nastavnik.structure.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plain-SQL list of one table restricted to the unit paths of a scope (a prefix match served by
 * the path index) plus optional conditions, read one page at a time.
 */
final class ScopedSql {

    private final StringBuilder where;
    private final List<Object> params = new ArrayList<>();

    ScopedSql(String table, Scope scope, String pathColumn) {
        where = new StringBuilder(" from " + table + " where " + scope.pathCondition(pathColumn, params));
    }

    /** Adds a condition without parameters. */
    ScopedSql and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** Adds the condition with its one parameter unless the value is null or blank. */
    ScopedSql and(String condition, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" and ").append(condition);
            params.add(value);
        }
        return this;
    }

    <T> Page<T> page(JdbcClient jdbc, String columns, String order, Class<T> type, Pageable page) {
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<T> rows = jdbc.sql("select " + columns + where + " order by " + order + " limit ? offset ?")
                .params(pageParams)
                .query(type)
                .list();
        return new PageImpl<>(rows, page, total);
    }
}
