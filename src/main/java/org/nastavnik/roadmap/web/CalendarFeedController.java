package org.nastavnik.roadmap.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.nastavnik.roadmap.CalendarSubscriptions;
import org.nastavnik.roadmap.DueLists;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar feed behind a person's secret subscription link, for calendar programs that cannot
 * sign in: no session is read or created (the security chain of {@code /calendar/*} is stateless),
 * and an unknown, revoked or malformed token, like a disabled account, is a bare 404 that tells
 * nothing of whether it existed. The token is never logged.
 */
@Controller
class CalendarFeedController {

    /** The address of a token's feed. */
    static final String FEED = "/calendar/{token}.ics";

    /** Calendar programs poll every few hours; a quarter of an hour in a private cache is enough. */
    static final String CACHE = "private, max-age=900";

    private final CalendarSubscriptions subscriptions;

    CalendarFeedController(CalendarSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping(FEED)
    void feed(
            @PathVariable String token,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long roadmap,
            HttpServletResponse response)
            throws IOException {
        Optional<String> text = subscriptions.feed(token, new DueLists.Filter(unit, roadmap));
        if (text.isEmpty()) {
            // set rather than sent: no error page is rendered, and the answer is the same for all
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        CalendarController.ics(text.get(), CACHE, response);
    }
}
