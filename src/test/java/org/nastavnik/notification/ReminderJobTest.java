package org.nastavnik.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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

/** Reminders reach the people an activity names, by e-mail too, once per date. */
class ReminderJobTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theNamedPersonIsMailedLikeTheKeepersAndNobodyTwice() {
        RoadmapReminders roadmaps = mock(RoadmapReminders.class);
        PermissionHolders holders = mock(PermissionHolders.class);
        NotificationService notifications = mock(NotificationService.class);
        ReminderMail mail = mock(ReminderMail.class);
        when(roadmaps.plannedBetween(TODAY, TODAY.plusDays(7)))
                .thenReturn(List.of(new RoadmapReminders.Due(
                        5, 1, "Карта", "/1/5/9/", "1.1", "Приказ", TODAY.plusDays(3), List.of(31L, 40L))));
        when(holders.nearest(Permission.EDIT_ROADMAPS, "/1/5/9/"))
                .thenReturn(List.of(new PermissionHolders.Holder(31, "curator@school.test")));
        // the accounts of everybody the due dates name are read once
        when(holders.withAccounts(List.of(31L, 40L)))
                .thenReturn(List.of(
                        new PermissionHolders.Holder(31, "curator@school.test"),
                        new PermissionHolders.Holder(40, "named@school.test")));
        when(notifications.notify(any(Long.class), anyString(), anyString(), anyList(), anyString()))
                .thenReturn(true);
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);

        new ReminderJob(roadmaps, holders, new ReminderSender(notifications, mail, messages), 7, Optional.empty())
                .run(TODAY);

        // the curator is both a keeper and named: one notice, one letter
        verify(notifications, times(1)).notify(eq(31L), eq("roadmap-due:5"), anyString(), anyList(), anyString());
        verify(mail, times(1)).send(eq("curator@school.test"), anyString(), anyString());
        verify(notifications, times(1)).notify(eq(40L), eq("roadmap-due:5"), anyString(), anyList(), anyString());
        verify(mail, times(1)).send(eq("named@school.test"), anyString(), anyString());
        verify(holders, times(1)).withAccounts(anyList());
    }
}
