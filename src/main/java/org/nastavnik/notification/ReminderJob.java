package org.nastavnik.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.roadmap.RoadmapReminders;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.PermissionHolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final int ACTIVITY_MAX = 200;

    static final String ROADMAP_DUE = "notification.roadmapDue";

    private final RoadmapReminders roadmaps;
    private final PermissionHolders holders;
    private final NotificationService notifications;
    private final ReminderMail mail;
    private final MessageSource messages;
    private final int daysBefore;
    private final Clock clock;

    ReminderJob(
            RoadmapReminders roadmaps,
            PermissionHolders holders,
            NotificationService notifications,
            ReminderMail mail,
            MessageSource messages,
            @Value("${nastavnik.reminders.days-before:7}") int daysBefore,
            Optional<Clock> clock) {
        this.roadmaps = roadmaps;
        this.holders = holders;
        this.notifications = notifications;
        this.mail = mail;
        this.messages = messages;
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
        for (RoadmapReminders.Due due : roadmaps.plannedBetween(today, today.plusDays(daysBefore))) {
            List<String> arguments = List.of(
                    DATE.format(due.dueOn()),
                    due.number() == null ? "" : due.number(),
                    shortened(due.activity()),
                    due.roadmapTitle());
            List<PermissionHolders.Holder> toRemind =
                    keepers.computeIfAbsent(due.ownerPath(), path -> holders.nearest(Permission.EDIT_ROADMAPS, path));
            for (PermissionHolders.Holder holder : toRemind) {
                boolean isNew = notifications.notify(
                        holder.personId(),
                        "roadmap-due:" + due.dueId(),
                        ROADMAP_DUE,
                        arguments,
                        "/roadmaps/dates/" + due.dueId());
                if (isNew) {
                    created++;
                    mail.send(
                            holder.email(),
                            messages.getMessage("notification.roadmapDue.subject", arguments.toArray(), RUSSIAN),
                            messages.getMessage(ROADMAP_DUE, arguments.toArray(), RUSSIAN));
                }
            }
            // the people the activity's responsible text names, as the keepers: in the app and by e-mail
            List<Long> named = due.responsiblePersonIds().stream()
                    .filter(personId -> toRemind.stream().noneMatch(h -> h.personId() == personId))
                    .toList();
            Map<Long, String> emails = new HashMap<>();
            holders.withAccounts(named).forEach(h -> emails.put(h.personId(), h.email()));
            for (long personId : named) {
                if (notifications.notify(
                        personId,
                        "roadmap-due:" + due.dueId(),
                        ROADMAP_DUE,
                        arguments,
                        "/roadmaps/dates/" + due.dueId())) {
                    created++;
                    mail.send(
                            emails.get(personId),
                            messages.getMessage("notification.roadmapDue.subject", arguments.toArray(), RUSSIAN),
                            messages.getMessage(ROADMAP_DUE, arguments.toArray(), RUSSIAN));
                }
            }
        }
        return created;
    }

    private static String shortened(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > ACTIVITY_MAX ? line.substring(0, ACTIVITY_MAX - 1) + "\u2026" : line;
    }
}
