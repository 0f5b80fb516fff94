package org.nastavnik.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Daily: for every planned due date from today to {@code nastavnik.reminders.days-before} days ahead
 * (7 unless set), a notification to the people nearest to the owner unit who may keep its roadmaps,
 * once per person and date however often it runs (a date missed on one day is caught the next), and
 * an e-mail for each new one when SMTP is configured. Every instance runs it; the unique notification
 * per person and date keeps two instances from notifying or mailing twice.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    static final String ROADMAP_DUE = "notification.roadmapDue";

    private final RoadmapReminders roadmaps;
    private final PermissionHolders holders;
    private final ReminderSender sender;
    private final int daysBefore;
    private final Clock clock;

    ReminderJob(
            RoadmapReminders roadmaps,
            PermissionHolders holders,
            ReminderSender sender,
            @Value("${nastavnik.reminders.days-before:7}") int daysBefore,
            Optional<Clock> clock) {
        this.roadmaps = roadmaps;
        this.holders = holders;
        this.sender = sender;
        this.daysBefore = daysBefore;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Scheduled(cron = "${nastavnik.reminders.cron:0 0 6 * * *}")
    public void daily() {
        int created = run(LocalDate.now(clock));
        log.info("Reminders of due dates: {} new notifications", created);
    }

    /** The reminders as of {@code today}; the number of notifications created. */
    public int run(LocalDate today) {
        int created = 0;
        // most dates share a few owner units: their keepers are looked up once per unit
        Map<String, List<PermissionHolders.Holder>> keepers = new HashMap<>();
        List<RoadmapReminders.Due> dues = roadmaps.plannedBetween(today, today.plusDays(daysBefore));
        // the e-mails of everybody the activities name, in one look-up
        Map<Long, String> emails = new HashMap<>();
        holders.withAccounts(dues.stream()
                        .flatMap(d -> d.responsiblePersonIds().stream())
                        .distinct()
                        .toList())
                .forEach(h -> emails.put(h.personId(), h.email()));
        for (RoadmapReminders.Due due : dues) {
            Reminder reminder = new Reminder(
                    "roadmap-due:" + due.dueId(),
                    ROADMAP_DUE,
                    List.of(
                            Reminder.date(due.dueOn()),
                            due.number() == null ? "" : due.number(),
                            Reminder.shortened(due.activity()),
                            due.roadmapTitle()),
                    "/roadmaps/dates/" + due.dueId());
            List<PermissionHolders.Holder> toRemind =
                    keepers.computeIfAbsent(due.ownerPath(), path -> holders.nearest(Permission.EDIT_ROADMAPS, path));
            for (PermissionHolders.Holder holder : toRemind) {
                if (sender.send(reminder, holder.personId(), holder.email())) {
                    created++;
                }
            }
            // the people the activity's responsible text names, as the keepers: in the app and by e-mail
            List<Long> named = due.responsiblePersonIds().stream()
                    .filter(personId -> toRemind.stream().noneMatch(h -> h.personId() == personId))
                    .toList();
            for (long personId : named) {
                if (sender.send(reminder, personId, emails.get(personId))) {
                    created++;
                }
            }
        }
        return created;
    }
}
