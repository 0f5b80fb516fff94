package org.nastavnik.bank.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.bank.BankSearch;
import org.nastavnik.bank.MenteeService;
import org.nastavnik.common.web.HomePanel;
import org.springframework.stereotype.Component;

/**
 * The banks on the home page: for those who keep them, how many profiles are not confirmed this
 * academic year and the days left to the deadline; for those who decide the contest, the nominees
 * waiting for their commission; for a mentee, the way to their self-assessment.
 */
@Component
class BankHomePanel implements HomePanel {

    private final BankSearch search;
    private final MenteeService mentees;

    BankHomePanel(BankSearch search, MenteeService mentees) {
        this.search = search;
        this.mentees = mentees;
    }

    @Override
    public Optional<Panel> panel() {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Long> mine = mentees.mine();
        if (!mine.isEmpty()) {
            values.put("myMenteeProfile", mine.get(0));
        }
        search.confirmation().ifPresent(c -> values.put("confirmation", c));
        search.contestQueue().filter(q -> q.municipal() + q.region() > 0).ifPresent(q -> values.put("contest", q));
        return values.isEmpty() ? Optional.empty() : Optional.of(new Panel("bank/home", "panel", values));
    }
}
