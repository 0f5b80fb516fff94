package org.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.document.FilledOrder;
import org.nastavnik.document.OrderContent;
import org.nastavnik.document.OrderDocuments;
import org.nastavnik.document.OrderDraft;
import org.nastavnik.document.OrderRegistry;
import org.nastavnik.document.OrderTemplates;
import org.nastavnik.document.OrderType;
import org.nastavnik.document.OrderView;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.PermissionHolders;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head's order fixing consented pairs and groups («О закреплении наставнических пар (групп)»):
 * written from the administrators' template with the pairs in its annex, registered in the
 * organization's orders registry, and fixing the pairs it lists — all in one transaction, so a
 * refused number leaves every pair as it was.
 */
@Service
@Transactional
public class PairsOrder {

    static final int MAX_NAME = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String NAME = BankSeats.NAME;

    private final MentorshipQuery query;
    private final MentorshipService mentorships;
    private final OrderRegistry registry;
    private final OrderTemplates templates;
    private final OrderDocuments documents;
    private final StructureService structure;
    private final AccessPolicy policy;
    private final PermissionHolders holders;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    PairsOrder(
            MentorshipQuery query,
            MentorshipService mentorships,
            OrderRegistry registry,
            OrderTemplates templates,
            OrderDocuments documents,
            StructureService structure,
            AccessPolicy policy,
            PermissionHolders holders,
            JdbcClient jdbc,
            MessageSource messages) {
        this.query = query;
        this.mentorships = mentorships;
        this.registry = registry;
        this.templates = templates;
        this.documents = documents;
        this.structure = structure;
        this.policy = policy;
        this.holders = holders;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The consented pairs of the organization and the order's suggested details. */
    @Transactional(readOnly = true)
    public OrderSheet sheet(long organizationId) {
        UnitView organization = organization(organizationId);
        List<MentorshipRow> ready = consented(organizationId);
        LocalDate today = mentorships.today();
        OrderRequest suggested = new OrderRequest(
                organizationId,
                ready.stream().map(MentorshipRow::id).toList(),
                registry.suggestNumber(organizationId, today),
                today,
                messages.getMessage("document.template.PAIRS_FIXING.signer", null, RussianText.RU),
                head(organization),
                me(),
                today.plusMonths(1));
        return new OrderSheet(organizationId, organization.shortName(), ready, suggested);
    }

    /** The order as it would be, not registered: for reading it over in Word or as PDF. */
    @Transactional(readOnly = true)
    public byte[] preview(OrderRequest request, boolean pdf) {
        OrderContent content = content(request, checked(request));
        return pdf ? documents.pdf(content) : documents.docx(content);
    }

    /** Registers the order (its PDF) and fixes the pairs it lists; a refused field leaves all as it was. */
    public OrderView issue(OrderRequest request) {
        List<MentorshipRow> pairs = checked(request);
        byte[] pdf = documents.pdf(content(request, pairs));
        OrderView order = registry.register(OrderDraft.generated(
                request.organizationId(),
                OrderType.PAIRS_FIXING,
                request.number(),
                request.date(),
                null,
                fileName(request),
                pdf));
        mentorships.fix(pairs.stream().map(MentorshipRow::id).toList(), order.id(), order.number(), order.date());
        return order;
    }

    private String fileName(OrderRequest request) {
        return messages.getMessage(
                "mentorship.order.fileName",
                new Object[] {
                    RussianText.trimToNull(request.number()) == null
                            ? ""
                            : request.number().strip()
                },
                RussianText.RU);
    }

    /** The pairs asked for, each consented and of the organization; the request's own fields checked. */
    private List<MentorshipRow> checked(OrderRequest request) {
        if (request.organizationId() == null) {
            throw new FieldProblem("organizationId", "mentorship.organization.required");
        }
        organization(request.organizationId());
        List<Violation> problems = new ArrayList<>();
        List<Long> ids = request.mentorshipIds() == null
                ? List.of()
                : request.mentorshipIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            problems.add(new Violation("mentorshipIds", "mentorship.order.noPairs"));
        }
        if (RussianText.trimToNull(request.signerName()) == null) {
            problems.add(new Violation("signerName", "mentorship.order.signerRequired"));
        } else if (request.signerName().length() > MAX_NAME) {
            problems.add(new Violation("signerName", "mentorship.text.tooLong", MAX_NAME));
        }
        if (request.curatorName() != null && request.curatorName().length() > MAX_NAME) {
            problems.add(new Violation("curatorName", "mentorship.text.tooLong", MAX_NAME));
        }
        if (request.signerPosition() != null && request.signerPosition().length() > MAX_NAME) {
            problems.add(new Violation("signerPosition", "mentorship.text.tooLong", MAX_NAME));
        }
        Map<Long, MentorshipRow> ready = new HashMap<>();
        consented(request.organizationId()).forEach(r -> ready.put(r.id(), r));
        ids.stream()
                .filter(id -> !ready.containsKey(id))
                .findFirst()
                .ifPresent(id -> problems.add(new Violation("mentorshipIds", "mentorship.order.notConsented", id)));
        FieldProblem.requireNone(problems);
        return ids.stream().map(ready::get).toList();
    }

    private OrderContent content(OrderRequest request, List<MentorshipRow> pairs) {
        UnitView organization = organization(request.organizationId());
        LocalDate date = request.date() == null ? mentorships.today() : request.date();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("organization", organization.fullName());
        values.put("date", DATE.format(date));
        values.put("number", RussianText.trimToNull(request.number()));
        values.put("year", AcademicYear.of(date).toString());
        values.put("head", RussianText.trimToNull(request.signerName()));
        values.put("curator", RussianText.trimToNull(request.curatorName()));
        values.put("programsDue", request.programsDue() == null ? null : DATE.format(request.programsDue()));
        FilledOrder filled = templates.fill(OrderType.PAIRS_FIXING, values);
        String position = RussianText.trimToNull(request.signerPosition());
        return new OrderContent(
                null,
                organization.fullName(),
                null,
                RussianText.trimToNull(request.number()) == null
                        ? OrderTemplates.BLANK
                        : request.number().strip(),
                date,
                filled.title(),
                filled.preamble(),
                filled.clauses(),
                annex(pairs),
                position == null ? filled.signerPosition() : position,
                request.signerName().strip(),
                List.of());
    }

    /** The table of pairs: number, mentors, mentees (with positions), form, kind and period. */
    private OrderContent.Annex annex(List<MentorshipRow> pairs) {
        Map<Long, List<String>> mentors = new HashMap<>();
        Map<Long, List<String>> mentees = new HashMap<>();
        jdbc.sql("select m.mentorship_id, m.role, " + NAME + " as name, u.short_name, m.organization_id,"
                        + " s.organization_id as own, (select string_agg(distinct pos.name, ', ') from employment e"
                        + " join position pos on pos.id = e.position_id where e.person_id = m.person_id"
                        + " and e.organization_id = m.organization_id and e.ended_on is null) as positions"
                        + " from mentorship_member m join mentorship s on s.id = m.mentorship_id"
                        + " join person p on p.id = m.person_id join unit u on u.id = m.organization_id"
                        + " where m.mentorship_id = any(?) and m.left_on is null order by m.id")
                .param(pairs.stream().map(MentorshipRow::id).toArray(Long[]::new))
                .query(rs -> {
                    StringBuilder line = new StringBuilder(rs.getString("name"));
                    if (rs.getString("positions") != null) {
                        line.append(", ").append(rs.getString("positions"));
                    }
                    if (rs.getLong("organization_id") != rs.getLong("own")) {
                        line.append(", ").append(rs.getString("short_name"));
                    }
                    (rs.getString("role").equals("MENTOR") ? mentors : mentees)
                            .computeIfAbsent(rs.getLong("mentorship_id"), k -> new ArrayList<>())
                            .add(line.toString());
                });
        List<List<String>> table = new ArrayList<>();
        int n = 1;
        for (MentorshipRow row : pairs) {
            long id = row.id();
            table.add(List.of(
                    String.valueOf(n++),
                    String.join(";\n", mentors.getOrDefault(id, List.of())),
                    String.join(";\n", mentees.getOrDefault(id, List.of())),
                    text("mentorship.form." + row.form()) + ";\n" + text("mentorship.kind." + row.kind()),
                    DATE.format(row.plannedStart()) + " \u2013 " + DATE.format(row.plannedEnd())));
        }
        return new OrderContent.Annex(
                text("mentorship.order.annexTitle"),
                List.of(
                        text("mentorship.order.column.number"),
                        text("mentorship.mentor"),
                        text("mentorship.mentee"),
                        text("mentorship.order.column.formKind"),
                        text("mentorship.order.column.period")),
                table);
    }

    private List<MentorshipRow> consented(long organizationId) {
        return query.list(
                        new MentorshipFilter(organizationId, MentorshipStatus.CONSENTED, null, null),
                        PageRequest.of(0, 1000))
                .getContent();
    }

    private UnitView organization(long organizationId) {
        UnitView unit = structure
                .find(organizationId)
                .filter(u -> policy.scope(Permission.READ).covers(u.path()))
                .orElseThrow(() -> new NotFoundException("unit", organizationId));
        if (!policy.scope(Permission.FORM_PAIRS).covers(unit.path())
                || !policy.scope(Permission.KEEP_ORDERS).covers(unit.path())) {
            throw new ForbiddenException("issue an order fixing pairs");
        }
        if (unit.level() != UnitLevel.ORGANIZATION) {
            throw new FieldProblem("organizationId", "mentorship.organization.notOrganization");
        }
        return unit;
    }

    /** The head of the organization as they sign: «Л.М. Иванова». */
    private String head(UnitView organization) {
        return holders.nearest(Permission.GRANT_ROLES, organization.path()).stream()
                .findFirst()
                .map(h -> signature(h.personId()))
                .orElse(null);
    }

    private String me() {
        Long me = policy.personId();
        return me == null ? null : signature(me);
    }

    private String signature(long personId) {
        return jdbc.sql("select last_name, first_name, middle_name from person where id = ?")
                .param(personId)
                .query((rs, n) -> initials(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElse(null);
    }

    static String initials(String last, String first, String middle) {
        StringBuilder name = new StringBuilder();
        name.append(first.charAt(0)).append('.');
        if (middle != null && !middle.isBlank()) {
            name.append(middle.charAt(0)).append('.');
        }
        return name.append(' ').append(last).toString();
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
