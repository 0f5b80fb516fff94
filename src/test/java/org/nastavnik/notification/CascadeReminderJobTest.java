package org.nastavnik.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.roadmap.RoadmapReminders;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.PermissionHolders;
import org.springframework.context.support.StaticMessageSource;

/** The cascade's reminders reach each school's own people by e-mail too, and the coordinator once. */
class CascadeReminderJobTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate DUE = TODAY.minusDays(2);

    @Test
    void lateSchoolsAreMailedAndTheCoordinatorGetsOneNoticeCountingThem() {
        RoadmapReminders roadmaps = mock(RoadmapReminders.class);
        PermissionHolders holders = mock(PermissionHolders.class);
        NotificationService notifications = mock(NotificationService.class);
        ReminderMail mail = mock(ReminderMail.class);
        when(roadmaps.openRequirementsBetween(TODAY.minusDays(30), TODAY.minusDays(1)))
                .thenReturn(List.of(open(21, "/1/5/21/", "Школа 21"), open(22, "/1/5/22/", "Школа 22")));
        when(roadmaps.openRequirementsBetween(TODAY, TODAY.plusDays(7))).thenReturn(List.of());
        when(holders.at(Permission.EDIT_ROADMAPS, "/1/5/21/"))
                .thenReturn(List.of(new PermissionHolders.Holder(31, "curator@school21.test")));
        when(holders.at(Permission.EDIT_ROADMAPS, "/1/5/22/")).thenReturn(List.of());
        when(holders.nearest(Permission.EDIT_ROADMAPS, "/1/5/"))
                .thenReturn(List.of(new PermissionHolders.Holder(7, "coordinator@city.test")));
        when(notifications.notify(any(Long.class), anyString(), anyString(), anyList(), anyString()))
                .thenReturn(true);
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);

        new CascadeReminderJob(
                        roadmaps, holders, new ReminderSender(notifications, mail, messages), 7, 30, Optional.empty())
                .run(TODAY);

        verify(notifications)
                .notify(
                        eq(31L),
                        eq("cascade-overdue:9:21:" + DUE),
                        eq(CascadeReminderJob.OVERDUE),
                        anyList(),
                        eq("/roadmaps/cascade/9/21"));
        verify(mail, times(1)).send(eq("curator@school21.test"), anyString(), anyString());
        // a school with nobody of its own is not handed to the coordinator one by one
        verify(holders, never()).nearest(Permission.EDIT_ROADMAPS, "/1/5/22/");
        verify(notifications, times(1))
                .notify(
                        eq(7L),
                        eq("cascade-late:9:" + DUE),
                        eq(CascadeReminderJob.LATE),
                        eq(List.of("29.11.2026", "1.1", "Приказ", "Карта", "2")),
                        eq("/roadmaps/cascade?roadmap=4&late=true"));
        verify(mail, times(1)).send(eq("coordinator@city.test"), anyString(), anyString());
    }

    @Test
    void nothingIsMailedForANoticeThePersonAlreadyHas() {
        RoadmapReminders roadmaps = mock(RoadmapReminders.class);
        PermissionHolders holders = mock(PermissionHolders.class);
        NotificationService notifications = mock(NotificationService.class);
        ReminderMail mail = mock(ReminderMail.class);
        when(roadmaps.openRequirementsBetween(TODAY, TODAY.plusDays(7)))
                .thenReturn(List.of(open(21, "/1/5/21/", "Школа 21")));
        when(holders.at(Permission.EDIT_ROADMAPS, "/1/5/21/"))
                .thenReturn(List.of(new PermissionHolders.Holder(31, "curator@school21.test")));
        when(notifications.notify(any(Long.class), anyString(), anyString(), anyList(), anyString()))
                .thenReturn(false);

        new CascadeReminderJob(
                        roadmaps,
                        holders,
                        new ReminderSender(notifications, mail, new StaticMessageSource()),
                        7,
                        30,
                        Optional.empty())
                .run(TODAY);

        verify(notifications).notify(eq(31L), eq("cascade-due:9:21:" + DUE), anyString(), anyList(), anyString());
        verify(mail, never()).send(anyString(), anyString(), anyString());
    }

    private static RoadmapReminders.OpenRequirement open(long organizationId, String path, String name) {
        return new RoadmapReminders.OpenRequirement(
                9, 4, "Карта", "/1/5/", "1.1", "Приказ", DUE, organizationId, path, name);
    }
}
