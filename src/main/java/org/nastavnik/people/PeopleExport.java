package org.nastavnik.people;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.common.Experience;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.SpreadsheetText;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people list as a spreadsheet: every row matching the list's filters within the caller's
 * scope (not one page), streamed from the database through a cursor into fastexcel, so memory does
 * not grow with the number of rows. Every text cell goes through {@link SpreadsheetText#safe}.
 * СНИЛС and birth dates are left out: the list does not show them either.
 */
@Service
@Transactional(readOnly = true)
public class PeopleExport {

    enum Column {
        ORGANIZATION,
        LAST_NAME,
        FIRST_NAME,
        MIDDLE_NAME,
        POSITION,
        SUBJECTS,
        PEDAGOGICAL_SINCE,
        EXPERIENCE,
        ORGANIZATION_SINCE,
        QUALIFICATION,
        MENTOR_CATEGORY_SINCE,
        METHODIST_CATEGORY_SINCE,
        EMAIL,
        PHONE
    }

    private static final int FETCH_SIZE = 2_000;
    private static final int FLUSH_EVERY = 1_000;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final PeopleService people;
    private final MessageSource messages;

    PeopleExport(
            DataSource dataSource,
            AccessPolicy policy,
            StructureService structure,
            PeopleService people,
            MessageSource messages) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(cursor);
        this.policy = policy;
        this.structure = structure;
        this.people = people;
        this.messages = messages;
    }

    /**
     * Refuses before anything is written: 403 without the right to read people, 404 when the
     * query names an organization outside the caller's scope.
     */
    public void check(PeopleQuery query) {
        scope(query);
    }

    /** Writes the .xlsx of all people the query finds; rows stream inside one read transaction. */
    public void write(PeopleQuery query, OutputStream out) throws IOException {
        PeopleFilter filter = PeopleFilter.forAllRows(query, scope(query));
        Map<Long, String> positions = people.positionNames();
        Map<Long, String> subjects = people.subjectNames();
        Map<Qualification, String> qualifications = new HashMap<>();
        for (Qualification q : Qualification.values()) {
            qualifications.put(q, text("qualification." + q));
        }
        Map<String, String> kinds = new HashMap<>();
        for (ParticipantKind kind : ParticipantKind.values()) {
            kinds.put(kind.name(), text("participantKind." + kind));
        }
        LocalDate today = people.today();
        Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
        // the fastest deflate level: the sheet's XML is most of the work, the file is a bit larger
        workbook.setCompressionLevel(1);
        Worksheet sheet = workbook.newWorksheet(text("people.export.sheet"));
        for (Column column : Column.values()) {
            sheet.value(0, column.ordinal(), text("people.export.column." + column));
            sheet.style(0, column.ordinal()).bold().set();
        }
        sheet.freezePane(0, 1);
        widths(sheet);
        int[] row = {0};
        jdbc.sql("select p.id, p.sort_key, p.last_name, p.first_name, p.middle_name, p.email, p.phone,"
                        + " e.position_id, e.subject_ids, e.pedagogical_since, e.organization_since,"
                        + " e.qualification, e.mentor_category_since, e.methodist_category_since, "
                        + filter.participantKind() + " as participant_kind,"
                        + " (select short_name from unit u where u.id = " + filter.organization()
                        + ") as organization" + filter.from() + " order by " + PeopleFilter.order(query))
                .params(filter.params())
                .query(rs -> {
                    int r = ++row[0];
                    text(sheet, r, Column.ORGANIZATION, rs.getString("organization"));
                    text(sheet, r, Column.LAST_NAME, rs.getString("last_name"));
                    text(sheet, r, Column.FIRST_NAME, rs.getString("first_name"));
                    text(sheet, r, Column.MIDDLE_NAME, rs.getString("middle_name"));
                    long position = rs.getLong("position_id");
                    boolean employed = !rs.wasNull();
                    String kind = rs.getString("participant_kind");
                    text(
                            sheet,
                            r,
                            Column.POSITION,
                            employed ? positions.get(position) : kind == null ? null : kinds.get(kind));
                    text(sheet, r, Column.SUBJECTS, subjectNames(rs, subjects));
                    LocalDate pedagogical = rs.getObject("pedagogical_since", LocalDate.class);
                    date(sheet, r, Column.PEDAGOGICAL_SINCE, pedagogical);
                    if (pedagogical != null) {
                        sheet.value(
                                r,
                                Column.EXPERIENCE.ordinal(),
                                Experience.since(pedagogical, today).years());
                    }
                    date(sheet, r, Column.ORGANIZATION_SINCE, rs.getObject("organization_since", LocalDate.class));
                    String qualification = rs.getString("qualification");
                    text(
                            sheet,
                            r,
                            Column.QUALIFICATION,
                            qualification == null ? null : qualifications.get(Qualification.valueOf(qualification)));
                    date(
                            sheet,
                            r,
                            Column.MENTOR_CATEGORY_SINCE,
                            rs.getObject("mentor_category_since", LocalDate.class));
                    date(
                            sheet,
                            r,
                            Column.METHODIST_CATEGORY_SINCE,
                            rs.getObject("methodist_category_since", LocalDate.class));
                    text(sheet, r, Column.EMAIL, rs.getString("email"));
                    text(sheet, r, Column.PHONE, rs.getString("phone"));
                    if (r % FLUSH_EVERY == 0) {
                        flush(sheet);
                    }
                });
        workbook.finish();
    }

    private Scope scope(PeopleQuery query) {
        Scope scope = policy.scope(Permission.READ);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read people");
        }
        if (query.organizationId() != null
                && structure
                        .find(query.organizationId())
                        .filter(u -> scope.covers(u.path()))
                        .isEmpty()) {
            throw new NotFoundException("organization", query.organizationId());
        }
        return scope;
    }

    private static String subjectNames(ResultSet rs, Map<Long, String> subjects) throws SQLException {
        java.sql.Array array = rs.getArray("subject_ids");
        if (array == null) {
            return null;
        }
        Object[] ids = (Object[]) array.getArray();
        return ids.length == 0
                ? null
                : Stream.of(ids)
                        .map(id -> subjects.get(((Number) id).longValue()))
                        .filter(name -> name != null)
                        .collect(Collectors.joining("; "));
    }

    /**
     * Names, e-mails and phones are nearly all distinct: they are written inline, so fastexcel does
     * not keep them in its shared-string table for the whole export; repeated values (organization,
     * position, subjects, category) go to that table.
     */
    private static void text(Worksheet sheet, int row, Column column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        switch (column) {
            case LAST_NAME, FIRST_NAME, MIDDLE_NAME, EMAIL, PHONE ->
                sheet.inlineString(row, column.ordinal(), SpreadsheetText.safe(value));
            default -> sheet.value(row, column.ordinal(), SpreadsheetText.safe(value));
        }
    }

    private static void date(Worksheet sheet, int row, Column column, LocalDate value) {
        if (value != null) {
            sheet.value(row, column.ordinal(), value);
            sheet.style(row, column.ordinal()).format(StaffTemplate.DATE_FORMAT).set();
        }
    }

    private static void widths(Worksheet sheet) {
        for (Column column : Column.values()) {
            sheet.width(column.ordinal(), column.name().endsWith("SINCE") || column == Column.EXPERIENCE ? 14 : 24);
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
