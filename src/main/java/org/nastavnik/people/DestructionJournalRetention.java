package org.nastavnik.people;

import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the lines of the destruction journal whose three years have passed, nightly. Every
 * instance runs it; deleting the same lines twice is harmless, but once several instances run,
 * guard it with ShedLock (not set up yet, see docs/decisions.md).
 */
@Component
class DestructionJournalRetention {

    private final DestructionRecords records;
    private final PeopleService people;
    private final ApplicationEventPublisher events;

    DestructionJournalRetention(DestructionRecords records, PeopleService people, ApplicationEventPublisher events) {
        this.records = records;
        this.people = people;
        this.events = events;
    }

    /** The number of lines deleted; the audit keeps that they existed, not whom they named. */
    @Scheduled(cron = "${nastavnik.personal-data.retention-cron:0 30 3 * * *}")
    @Transactional
    public int purgeExpired() {
        List<DestructionRecord> expired = records.findByKeepUntilBefore(people.today());
        for (DestructionRecord record : expired) {
            records.delete(record);
            events.publishEvent(new ChangeRecorded(
                    "destruction_record",
                    record.id(),
                    people.unitPath(record.personId()),
                    "purge",
                    Map.of(
                            "personId", record.personId(),
                            "destroyedOn", record.destroyedOn(),
                            "keepUntil", record.keepUntil()),
                    Map.of()));
        }
        records.flush();
        return expired.size();
    }
}
