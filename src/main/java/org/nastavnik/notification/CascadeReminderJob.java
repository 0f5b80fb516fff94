package org.nastavnik.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.roadmap.RoadmapReminders;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.PermissionHolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily, for the cascade of roadmaps: each organization that has not fulfilled a requirement is
 * reminded {@code nastavnik.reminders.days-before} days (7 unless set) before its due date and once
 * when it is overdue — its own curators and heads (the people whose role is at the organization),
 * in the app and by e-mail when SMTP is configured — and the keepers of the requiring roadmap (the
 * coordinator) get one notice per requirement when organizations are late, with how many. Each
 * notice once per person, requirement and due date however often the job runs; an overdue date is
 * reminded while it passed at most {@code nastavnik.reminders.overdue-within} days (30) ago, so a
 * day the job missed is caught up but a requirement late for months is not news.
 */
@Component
public class CascadeReminderJob {

    private static final Logger log = LoggerFactory.getLogger(CascadeReminderJob.class);

    static final String DUE = "notification.cascadeDue";
    static final String OVERDUE = "notification.cascadeOverdue";
    static final String LATE = "notification.cascadeLate";

    private final RoadmapReminders roadmaps;
    private final PermissionHolders holders;
    private final ReminderSender sender;
    private final int daysBefore;
    private final int overdueWithin;
    private final Clock clock;

    CascadeReminderJob(
            RoadmapReminders roadmaps,
            PermissionHolders holders,
            ReminderSender sender,
            @Value("${nastavnik.reminders.days-before:7}") int daysBefore,
            @Value("${nastavnik.reminders.overdue-within:30}") int overdueWithin,
            Optional<Clock> clock) {
        this.roadmaps = roadmaps;
        this.holders = holders;
        this.sender = sender;
        this.daysBefore = daysBefore;
        this.overdueWithin = overdueWithin;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Scheduled(cron = "${nastavnik.reminders.cron:0 0 6 * * *}")
    public void daily() {
        int created = run(LocalDate.now(clock));
        log.info("Reminders of the cascade's requirements: {} new notifications", created);
    }

    /** The reminders as of {@code today}; the number of notifications created. */
    public int run(LocalDate today) {
        // an organization's people are looked up once, however many requirements it has open
        Map<String, List<PermissionHolders.Holder>> ofOrganization = new HashMap<>();
        int created = 0;
        for (RoadmapReminders.OpenRequirement open :
                roadmaps.openRequirementsBetween(today, today.plusDays(daysBefore))) {
            created += remindOrganization(open, "cascade-due:", DUE, ofOrganization);
        }
        Map<Long, List<RoadmapReminders.OpenRequirement>> late = new LinkedHashMap<>();
        for (RoadmapReminders.OpenRequirement open :
                roadmaps.openRequirementsBetween(today.minusDays(overdueWithin), today.minusDays(1))) {
            created += remindOrganization(open, "cascade-overdue:", OVERDUE, ofOrganization);
            late.computeIfAbsent(open.requirementId(), id -> new ArrayList<>()).add(open);
        }
        Map<String, List<PermissionHolders.Holder>> keepers = new HashMap<>();
        for (List<RoadmapReminders.OpenRequirement> organizations : late.values()) {
            RoadmapReminders.OpenRequirement first = organizations.get(0);
            Reminder digest = new Reminder(
                    "cascade-late:" + first.requirementId() + ":" + first.dueOn(),
                    LATE,
                    List.of(
                            Reminder.date(first.dueOn()),
                            first.number() == null ? "" : first.number(),
                            Reminder.shortened(first.activity()),
                            first.roadmapTitle(),
                            String.valueOf(organizations.size())),
                    "/roadmaps/cascade?roadmap=" + first.roadmapId() + "&late=true");
            for (PermissionHolders.Holder keeper : keepers.computeIfAbsent(
                    first.ownerPath(), path -> holders.nearest(Permission.EDIT_ROADMAPS, path))) {
                if (sender.send(digest, keeper.personId(), keeper.email())) {
                    created++;
                }
            }
        }
        return created;
    }

    private int remindOrganization(
            RoadmapReminders.OpenRequirement open,
            String subject,
            String code,
            Map<String, List<PermissionHolders.Holder>> ofOrganization) {
        Reminder reminder = new Reminder(
                subject + open.requirementId() + ":" + open.organizationId() + ":" + open.dueOn(),
                code,
                List.of(
                        Reminder.date(open.dueOn()),
                        open.number() == null ? "" : open.number(),
                        Reminder.shortened(open.activity()),
                        open.roadmapTitle(),
                        open.organization()),
                "/roadmaps/cascade/" + open.requirementId() + "/" + open.organizationId());
        int created = 0;
        for (PermissionHolders.Holder holder : ofOrganization.computeIfAbsent(
                open.organizationPath(), path -> holders.at(Permission.EDIT_ROADMAPS, path))) {
            if (sender.send(reminder, holder.personId(), holder.email())) {
                created++;
            }
        }
        return created;
    }
}
