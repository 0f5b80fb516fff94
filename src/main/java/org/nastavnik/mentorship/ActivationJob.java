package org.nastavnik.mentorship;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, mentorships fixed by an order whose planned start has come become active. Idempotent:
 * two instances running it at once activate each mentorship once (the second one's save loses on
 * the version and is logged).
 */
@Component
class ActivationJob {

    private static final Logger log = LoggerFactory.getLogger(ActivationJob.class);

    private final MentorshipService mentorships;

    ActivationJob(MentorshipService mentorships) {
        this.mentorships = mentorships;
    }

    @Scheduled(cron = "${nastavnik.mentorship.activation-cron:0 15 0 * * *}")
    void activate() {
        try {
            int activated = mentorships.activateDue();
            if (activated > 0) {
                log.info("Activated {} mentorships whose planned start has come", activated);
            }
        } catch (RuntimeException e) {
            log.warn("Activation of mentorships stopped: {}", e.getMessage());
        }
    }
}
