package org.nastavnik.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders registry (реестр приказов) of each unit: read within the caller's {@link
 * Permission#READ} scope (404 outside it), kept by those with {@link Permission#KEEP_ORDERS} over
 * the unit (403 for a caller who keeps no orders). A number is unique in its unit and calendar
 * year; a second registration of the same number is refused on the field {@code number}, also when
 * two registrations race (the unique index decides).
 */
@Service
@Transactional(readOnly = true)
public class OrderRegistry {

    public static final int NUMBER_MAX = 40;
    public static final int TITLE_MAX = 500;
    /** Orders before this year are typing mistakes («0205» for «2025»). */
    public static final int FIRST_YEAR = 2000;

    private static final Pattern NUMERIC_START = Pattern.compile("^(\\d{1,9})(.*)$");
    private static final String COLUMNS = "o.id, o.unit_id, u.short_name, o.type, o.number, o.order_date, o.title,"
            + " o.file_name, o.content_type, o.size_bytes, o.source, o.registered_by, o.registered_at, o.version";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    OrderRegistry(
            JdbcClient jdbc,
            AccessPolicy policy,
            StructureService structure,
            ApplicationEventPublisher events,
            MessageSource messages,
            Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.structure = structure;
        this.events = events;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The units whose orders the caller keeps (partners keep none here). */
    public List<UnitView> registrationUnits() {
        return structure.units(Permission.KEEP_ORDERS, null).stream()
                .filter(u -> u.type() != UnitType.PARTNER)
                .toList();
    }

    public boolean mayRegister() {
        return !policy.scope(Permission.KEEP_ORDERS).isEmpty();
    }

    /**
     * Registers a signed order with its file. Refuses with 403 a caller who keeps no orders, with 404
     * a unit outside their scope, and with a {@link FieldProblem} every bad field at once (number,
     * date, title, file), then a number already registered in the unit that year, naming that order.
     * The surrounding transaction, if any, is rolled back with the refusal.
     */
    @Transactional
    public OrderView register(OrderDraft draft) {
        UnitView unit = keptUnit(draft.unitId());
        OrderFiles.Format format = check(draft);
        int year = draft.date().getYear();
        String title = draft.title() != null ? draft.title() : typeTitle(draft.type());
        existing(unit.id(), year, draft.number()).ifPresent(other -> {
            throw new FieldProblem(
                    "number",
                    "document.order.number.duplicate",
                    draft.number(),
                    OrderWords.date(other.date()),
                    other.title());
        });
        long id = jdbc.sql("select nextval('document_order_seq')")
                .query(Long.class)
                .single();
        String fileName = OrderFiles.name(draft.fileName(), format, draft.number());
        try {
            jdbc.sql("insert into document_order (id, unit_id, unit_path, type, number, order_date, title, search_text,"
                            + " file, file_name, content_type, size_bytes, source, registered_by_person, registered_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            unit.id(),
                            unit.path(),
                            draft.type().name(),
                            draft.number(),
                            draft.date(),
                            title,
                            RussianText.normalize(draft.number() + " " + title),
                            draft.content(),
                            fileName,
                            format.contentType,
                            (long) draft.content().length,
                            draft.source().name(),
                            policy.personId(),
                            policy.actor())
                    .update();
        } catch (DuplicateKeyException raced) {
            // registered by another request between the check above and this insert
            throw new FieldProblem("number", "document.order.number.taken", draft.number(), String.valueOf(year));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", draft.type().name());
        after.put("number", draft.number());
        after.put("date", draft.date().toString());
        after.put("title", title);
        after.put("file", fileName);
        after.put("source", draft.source().name());
        events.publishEvent(new ChangeRecorded("order", id, unit.path(), "create", Map.of(), after));
        return get(id);
    }

    /**
     * The number to offer for the unit's next order dated {@code date}: one more than the largest
     * number that begins with digits among the unit's orders of that year, with the part after the
     * digits kept when all of them share it («45-о» → «46-о»); «1» for the first order of a year.
     */
    public String suggestNumber(long unitId, LocalDate date) {
        UnitView unit = structure.get(unitId);
        LocalDate on = date == null ? today() : date;
        List<String> numbers = jdbc.sql("select number from document_order where unit_id = ? and order_year = ?")
                .params(unit.id(), on.getYear())
                .query(String.class)
                .list();
        long largest = 0;
        String suffix = null;
        boolean common = true;
        for (String number : numbers) {
            Matcher numeric = NUMERIC_START.matcher(number);
            if (!numeric.matches()) {
                continue;
            }
            largest = Math.max(largest, Long.parseLong(numeric.group(1)));
            String rest = numeric.group(2);
            if (suffix == null) {
                suffix = rest;
            } else if (!suffix.equals(rest)) {
                common = false;
            }
        }
        return (largest + 1) + (common && suffix != null ? suffix : "");
    }

    /** A page of the registry in the caller's scope, newest first. */
    public Page<OrderView> list(OrderFilter filter, Pageable page) {
        Scope scope = readScope();
        OrderFilter by = filter == null ? OrderFilter.NONE : filter;
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(scope.pathCondition("o.unit_path", params));
        if (by.unitId() != null) {
            where.append(" and o.unit_id = ?");
            params.add(by.unitId());
        }
        if (by.year() != null) {
            where.append(" and o.order_year = ?");
            params.add(by.year());
        }
        if (by.type() != null) {
            where.append(" and o.type = ?");
            params.add(by.type().name());
        }
        for (String word : by.searchWords()) {
            where.append(" and o.search_text like ?");
            params.add("%" + word + "%");
        }
        long total = jdbc.sql("select count(*) from document_order o where " + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(page);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<OrderView> orders = jdbc.sql("select " + COLUMNS + " from document_order o join unit u on u.id = o.unit_id"
                        + " where " + where + " order by o.order_date desc, o.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> view(rs))
                .list();
        return new PageImpl<>(orders, page, total);
    }

    /** The years that have orders in the caller's scope, newest first, for the list's filter. */
    public List<Integer> years() {
        List<Object> params = new ArrayList<>();
        String where = readScope().pathCondition("unit_path", params);
        return jdbc.sql("select distinct order_year from document_order where " + where + " order by order_year desc")
                .params(params)
                .query(Integer.class)
                .list();
    }

    /** One order; 404 when it does not exist or lies outside the caller's scope. */
    public OrderView get(long id) {
        Scope scope = readScope();
        return jdbc.sql("select " + COLUMNS + ", o.unit_path from document_order o join unit u on u.id = o.unit_id"
                        + " where o.id = ?")
                .param(id)
                .query((rs, n) -> new Placed<>(rs.getString("unit_path"), view(rs)))
                .optional()
                .filter(placed -> scope.covers(placed.unitPath()))
                .map(Placed::value)
                .orElseThrow(() -> new NotFoundException("order", id));
    }

    /** The order's file; 404 like {@link #get}. */
    public OrderFile file(long id) {
        Scope scope = readScope();
        return jdbc.sql("select unit_path, file_name, content_type, file from document_order where id = ?")
                .param(id)
                .query((rs, n) -> new Placed<>(
                        rs.getString("unit_path"),
                        new OrderFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("file"))))
                .optional()
                .filter(placed -> scope.covers(placed.unitPath()))
                .map(Placed::value)
                .orElseThrow(() -> new NotFoundException("order", id));
    }

    /** A row with the path of its unit, for the scope check. */
    private record Placed<T>(String unitPath, T value) {}

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An order registered under the number in the unit and year. */
    private Optional<OrderView> existing(long unitId, int year, String number) {
        return jdbc.sql("select " + COLUMNS + " from document_order o join unit u on u.id = o.unit_id"
                        + " where o.unit_id = ? and o.order_year = ? and lower(o.number) = lower(?)")
                .params(unitId, year, number)
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** The unit, when the caller keeps its orders: 403 for one who keeps none, 404 for another's. */
    private UnitView keptUnit(Long unitId) {
        if (!mayRegister()) {
            throw new ForbiddenException("keep orders");
        }
        if (unitId == null) {
            throw new FieldProblem("unitId", "document.order.unit.required");
        }
        return registrationUnits().stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** Every bad field at once; the file's format when all are fine. */
    private OrderFiles.Format check(OrderDraft draft) {
        List<Violation> problems = new ArrayList<>();
        if (draft.type() == null) {
            problems.add(new Violation("type", "document.order.type.required"));
        }
        if (draft.number() == null) {
            problems.add(new Violation("number", "document.order.number.required"));
        } else if (draft.number().length() > NUMBER_MAX) {
            problems.add(new Violation("number", "document.order.number.tooLong", NUMBER_MAX));
        }
        if (draft.date() == null) {
            problems.add(new Violation("date", "document.order.date.required"));
        } else if (draft.date().isAfter(today())) {
            problems.add(new Violation("date", "document.order.date.future"));
        } else if (draft.date().getYear() < FIRST_YEAR) {
            problems.add(new Violation("date", "document.order.date.tooOld", String.valueOf(FIRST_YEAR)));
        }
        if (draft.title() == null && (draft.type() == null || draft.type() == OrderType.OTHER)) {
            problems.add(new Violation("title", "document.order.title.required"));
        } else if (draft.title() != null && draft.title().length() > TITLE_MAX) {
            problems.add(new Violation("title", "document.order.title.tooLong", TITLE_MAX));
        }
        OrderFiles.Format format = null;
        if (draft.content() == null || draft.content().length == 0) {
            problems.add(new Violation("file", "document.order.file.required"));
        } else if (OrderFiles.tooLarge(draft.content())) {
            problems.add(new Violation("file", "document.order.file.tooLarge", Uploads.MAX_MEGABYTES));
        } else {
            try {
                format = OrderFiles.format(draft.content());
            } catch (FieldProblem refused) {
                problems.addAll(refused.violations());
            }
        }
        FieldProblem.requireNone(problems);
        return format;
    }

    private String typeTitle(OrderType type) {
        return messages.getMessage("document.order.type." + type.name(), null, RussianText.RU);
    }

    private Scope readScope() {
        Scope scope = policy.scope(Permission.READ);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read orders");
        }
        return scope;
    }

    private static OrderView view(ResultSet rs) throws SQLException {
        return new OrderView(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("short_name"),
                OrderType.valueOf(rs.getString("type")),
                rs.getString("number"),
                rs.getObject("order_date", LocalDate.class),
                rs.getString("title"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                OrderSource.valueOf(rs.getString("source")),
                rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getLong("version"));
    }
}
