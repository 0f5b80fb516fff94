package org.nastavnik.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates of roadmaps for organizations: the built-in one modelled on a typical school roadmap
 * ({@code roadmap/templates/school.txt}: its title pattern, then the table), and the roadmaps a
 * municipality (or the region) marks as the template of its organizations. A template gives a
 * title, a period and the table as text for the ordinary roadmap form, so a roadmap from a template
 * is read, previewed and saved like any other; its deadlines are read for the new period, and the
 * years written in a higher roadmap's deadlines move by as many years as the period does.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapTemplates {

    /** The key of the built-in template. */
    public static final String BUILT_IN = "school";

    private static final Pattern FULL_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{1,2}\\.\\d{1,2}\\.)(\\d{2})(?!\\d)");

    private final JdbcClient jdbc;
    private final RoadmapService roadmaps;
    private final RoadmapAccess access;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final String[] builtIn = builtIn();

    RoadmapTemplates(
            JdbcClient jdbc,
            RoadmapService roadmaps,
            RoadmapAccess access,
            StructureService structure,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.roadmaps = roadmaps;
        this.access = access;
        this.structure = structure;
        this.events = events;
    }

    /**
     * A template offered to an organization: {@code key} is {@link #BUILT_IN} or the id of a higher
     * unit's roadmap; {@code title} and {@code owner} are null for the built-in one.
     */
    public record Template(String key, String title, String owner, int items) {}

    /** A roadmap as a template proposes it, for the roadmap form. */
    public record Proposal(long ownerUnitId, String title, LocalDate periodFrom, LocalDate periodTo, String table) {

        public RoadmapDraft draft() {
            return new RoadmapDraft(ownerUnitId, title, periodFrom, periodTo, table);
        }
    }

    /**
     * The templates offered for a unit whose roadmaps the caller keeps: the built-in one and those
     * its municipality or region marked (not archived). 404 for a unit the caller does not keep.
     */
    public List<Template> templates(long ownerUnitId) {
        UnitView owner = owner(ownerUnitId);
        List<Template> templates = new ArrayList<>();
        templates.add(new Template(
                BUILT_IN, null, null, RoadmapTable.parse(builtIn[1]).items().size()));
        List<Object> params = new ArrayList<>();
        params.add(owner.path());
        params.add(owner.path());
        templates.addAll(jdbc.sql("select r.id, r.title, u.short_name,"
                        + " (select count(*) from roadmap_line l where l.roadmap_id = r.id and not l.section) as items"
                        + " from roadmap r join unit u on u.id = r.owner_unit_id"
                        + " where r.template and r.status <> 'ARCHIVED' and ? like r.owner_path || '%'"
                        + " and r.owner_path <> ? order by r.period_from desc, r.id desc")
                .params(params)
                .query((rs, n) -> new Template(
                        String.valueOf(rs.getLong("id")),
                        rs.getString("title"),
                        rs.getString("short_name"),
                        rs.getInt("items")))
                .list());
        return templates;
    }

    /**
     * What the template proposes for the unit: a title, the academic year of {@code on} as the period,
     * and the table as text. 404 for a template not offered to the unit.
     */
    public Proposal propose(long ownerUnitId, String key, LocalDate on) {
        UnitView owner = owner(ownerUnitId);
        AcademicYear year = AcademicYear.of(on == null ? access.today() : on);
        if (BUILT_IN.equals(key)) {
            return new Proposal(
                    owner.id(),
                    MessageFormat.format(builtIn[0], owner.shortName(), year.toString()),
                    year.firstDay(),
                    year.lastDay(),
                    builtIn[1]);
        }
        long id;
        try {
            id = Long.parseLong(key == null ? "" : key);
        } catch (NumberFormatException e) {
            throw new NotFoundException("template", key);
        }
        if (templates(ownerUnitId).stream().noneMatch(t -> t.key().equals(String.valueOf(id)))) {
            throw new NotFoundException("template", id);
        }
        record Source(String title, LocalDate from) {}
        Source source = jdbc.sql("select title, period_from from roadmap where id = ?")
                .param(id)
                .query((rs, n) -> new Source(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .single();
        int shift = year.startYear() - source.from().getYear();
        String header = builtIn[1].substring(0, builtIn[1].indexOf('\n'));
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(header));
        jdbc.sql("select section, number, activity, deadline, responsible, result from roadmap_line"
                        + " where roadmap_id = ? order by ordinal, position")
                .param(id)
                .query((rs, n) -> rs.getBoolean("section")
                        ? List.of(nullToEmpty(rs.getString("number")), rs.getString("activity"), "", "", "")
                        : List.of(
                                nullToEmpty(rs.getString("number")),
                                rs.getString("activity"),
                                shiftYears(rs.getString("deadline"), shift),
                                rs.getString("responsible"),
                                rs.getString("result")))
                .list()
                .forEach(rows::add);
        return new Proposal(owner.id(), source.title(), year.firstDay(), year.lastDay(), RoadmapTable.text(rows));
    }

    /** Creates a draft roadmap of the unit from the template, through the ordinary creation. */
    @Transactional
    public long create(long ownerUnitId, String key, String title, LocalDate periodFrom, LocalDate periodTo) {
        Proposal proposal = propose(ownerUnitId, key, periodFrom);
        return roadmaps.create(new RoadmapDraft(
                ownerUnitId,
                title == null || title.isBlank() ? proposal.title() : title,
                periodFrom == null ? proposal.periodFrom() : periodFrom,
                periodTo == null ? proposal.periodTo() : periodTo,
                proposal.table()));
    }

    /**
     * Marks a region's or municipality's roadmap as the template of its organizations, or unmarks
     * it; {@code version} is the roadmap's version read (409 otherwise). 403 for a caller who does not
     * keep it; a roadmap of an organization cannot be a template (refused on {@code template}).
     */
    @Transactional
    public void mark(long roadmapId, boolean template, Long version) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        access.requireEdit(header.ownerPath());
        if (structure.find(header.ownerUnitId()).orElseThrow().level() == UnitLevel.ORGANIZATION) {
            throw new FieldProblem("template", "roadmap.template.notHigher");
        }
        if (version == null) {
            throw new FieldProblem("version", "NotNull");
        }
        int updated = jdbc.sql("update roadmap set template = ?, version = version + 1 where id = ? and version = ?")
                .params(template, roadmapId, version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("roadmap", roadmapId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("template", template);
        events.publishEvent(new ChangeRecorded("roadmap", roadmapId, header.ownerPath(), "template", Map.of(), after));
    }

    /** Whether the roadmap is marked as a template. */
    public boolean isTemplate(long roadmapId) {
        access.readable(roadmapId);
        return jdbc.sql("select template from roadmap where id = ?")
                .param(roadmapId)
                .query(Boolean.class)
                .single();
    }

    /** Moves the years written in a deadline by {@code shift} («до 22.02.2021» → «до 22.02.2025»). */
    static String shiftYears(String deadline, int shift) {
        if (shift == 0 || deadline == null) {
            return deadline;
        }
        Matcher full = FULL_YEAR.matcher(deadline);
        StringBuilder shifted = new StringBuilder();
        while (full.find()) {
            full.appendReplacement(shifted, String.valueOf(Integer.parseInt(full.group(1)) + shift));
        }
        full.appendTail(shifted);
        Matcher two = SHORT_YEAR.matcher(shifted.toString());
        StringBuilder result = new StringBuilder();
        while (two.find()) {
            int year = (Integer.parseInt(two.group(2)) + shift) % 100;
            two.appendReplacement(result, two.group(1) + String.format("%02d", year));
        }
        two.appendTail(result);
        return result.toString();
    }

    private UnitView owner(long ownerUnitId) {
        List<UnitView> owners = roadmaps.ownerUnits();
        if (owners.isEmpty()) {
            throw new ForbiddenException("keep roadmaps");
        }
        return owners.stream()
                .filter(u -> u.id() == ownerUnitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("unit", ownerUnitId));
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell :
                line.substring(line.indexOf('|') + 1, line.lastIndexOf('|')).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The built-in template: its title pattern and its table. */
    private static String[] builtIn() {
        try (InputStream in = RoadmapTemplates.class.getResourceAsStream("/roadmap/templates/school.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.split("\n", 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
