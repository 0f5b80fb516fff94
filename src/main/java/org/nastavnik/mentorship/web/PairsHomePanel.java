package org.nastavnik.mentorship.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.web.HomePanel;
import org.nastavnik.mentorship.MentorshipQuery;
import org.springframework.stereotype.Component;

/**
 * Pairs on the home page: for a member, the pairs still waiting for their consent; for those who form
 * pairs, who waits for a mentor (and who longer than two weeks), what awaits consents or an order.
 */
@Component
class PairsHomePanel implements HomePanel {

    private final MentorshipQuery query;

    PairsHomePanel(MentorshipQuery query) {
        this.query = query;
    }

    @Override
    public Optional<Panel> panel() {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Long> mine = query.awaitingMyConsent();
        if (!mine.isEmpty()) {
            values.put("myConsent", mine);
        }
        query.counts().filter(MentorshipQuery.Counts::any).ifPresent(c -> values.put("counts", c));
        return values.isEmpty() ? Optional.empty() : Optional.of(new Panel("mentorship/home", "panel", values));
    }
}
