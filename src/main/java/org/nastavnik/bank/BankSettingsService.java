package org.nastavnik.bank;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a municipality sets for its organizations' banks — a mentor's default capacity and the day
 * by which the banks are confirmed each academic year — kept by whoever edits the municipality.
 */
@Service
@Transactional(readOnly = true)
public class BankSettingsService {

    /** A municipality's settings with the version they were read at (0 before the first save). */
    public record Stored(UnitView municipality, BankSettings settings, long version) {}

    private final JdbcClient jdbc;
    private final StructureService structure;
    private final ApplicationEventPublisher events;

    BankSettingsService(JdbcClient jdbc, StructureService structure, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.events = events;
    }

    /** The municipalities whose settings the caller keeps. */
    public List<UnitView> municipalities() {
        return structure.units(Permission.EDIT_UNITS, UnitLevel.MUNICIPALITY);
    }

    public Stored get(long municipalityId) {
        UnitView municipality = municipalities().stream()
                .filter(u -> u.id() == municipalityId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("municipality", municipalityId));
        long version = jdbc.sql("select version + 1 from bank_setting where municipality_id = ?")
                .param(municipalityId)
                .query(Long.class)
                .optional()
                .orElse(0L);
        return new Stored(municipality, covering(municipality.path()), version);
    }

    /**
     * The settings that apply to the unit with this path: those of the municipality it lies in (or
     * is), else the defaults. Needs no rights: every unit of a municipality works by its settings.
     */
    public BankSettings covering(String unitPath) {
        return covering(all(), unitPath);
    }

    /** Every municipality's settings by the municipality's path (a few dozen at most). */
    public Map<String, BankSettings> all() {
        Map<String, BankSettings> byPath = new HashMap<>();
        jdbc.sql("select m.path, s.default_capacity, s.confirmation_month, s.confirmation_day from bank_setting s"
                        + " join unit m on m.id = s.municipality_id")
                .query(rs -> {
                    byPath.put(
                            rs.getString("path"),
                            new BankSettings(
                                    rs.getInt("default_capacity"),
                                    MonthDay.of(rs.getInt("confirmation_month"), rs.getInt("confirmation_day"))));
                });
        return byPath;
    }

    /** The settings of the deepest municipality the unit lies in (or is), else the defaults. */
    public static BankSettings covering(Map<String, BankSettings> all, String unitPath) {
        String best = null;
        for (String path : all.keySet()) {
            if (unitPath.startsWith(path) && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best == null ? BankSettings.DEFAULT : all.get(best);
    }

    /** What is wrong with the values, all at once; {@code day} and {@code month} as entered. */
    public static List<Violation> check(Integer capacity, Integer day, Integer month) {
        List<Violation> found = new ArrayList<>();
        if (capacity == null || capacity < 1 || capacity > BankRules.CAPACITY_MAX) {
            found.add(new Violation("defaultCapacity", "bank.settings.capacity"));
        }
        if (day == null || month == null) {
            found.add(new Violation("deadlineDay", "bank.settings.deadline"));
        } else {
            try {
                MonthDay deadline = MonthDay.of(month, day);
                if (deadline.equals(MonthDay.of(2, 29))) {
                    found.add(new Violation("deadlineDay", "bank.settings.deadline"));
                }
            } catch (DateTimeException impossible) {
                found.add(new Violation("deadlineDay", "bank.settings.deadline"));
            }
        }
        return found;
    }

    /** Saves the settings; {@code expectedVersion} is what {@link #get} gave (409 when stale). */
    @Transactional
    public void save(long municipalityId, long expectedVersion, int capacity, MonthDay deadline) {
        Stored before = get(municipalityId);
        if (before.version() != expectedVersion) {
            throw new ConcurrentChangeException("bank_setting", municipalityId);
        }
        int changed = expectedVersion == 0
                ? jdbc.sql("insert into bank_setting (municipality_id, default_capacity, confirmation_month,"
                                + " confirmation_day) values (?, ?, ?, ?) on conflict do nothing")
                        .params(municipalityId, capacity, deadline.getMonthValue(), deadline.getDayOfMonth())
                        .update()
                : jdbc.sql("update bank_setting set default_capacity = ?, confirmation_month = ?,"
                                + " confirmation_day = ?, version = version + 1 where municipality_id = ?"
                                + " and version = ?")
                        .params(
                                capacity,
                                deadline.getMonthValue(),
                                deadline.getDayOfMonth(),
                                municipalityId,
                                expectedVersion - 1)
                        .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("bank_setting", municipalityId);
        }
        events.publishEvent(new ChangeRecorded(
                "bank_setting",
                municipalityId,
                before.municipality().path(),
                "update",
                Map.of(
                        "defaultCapacity", before.settings().defaultCapacity(),
                        "deadline", before.settings().confirmationDeadline().toString()),
                Map.of("defaultCapacity", capacity, "deadline", deadline.toString())));
    }
}
