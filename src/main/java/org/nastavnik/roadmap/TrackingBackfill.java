package org.nastavnik.roadmap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Roadmaps saved before tracking existed get their due dates stored on the next start: the dates
 * are read from the deadline texts, which SQL in a migration cannot do.
 */
@Component
@Order(10)
class TrackingBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrackingBackfill.class);

    private final RoadmapService roadmaps;

    TrackingBackfill(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @Override
    public void run(ApplicationArguments args) {
        int tracked = roadmaps.trackUntracked();
        if (tracked > 0) {
            log.info("Stored the due dates of {} roadmaps saved before tracking", tracked);
        }
    }
}
