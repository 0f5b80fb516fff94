package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.nastavnik.roadmap.CalendarSubscriptions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's secret calendar subscription link in the JSON API: issue (or re-issue) and switch off. */
@RestController
@Tag(name = "roadmap tracking", description = "Due dates of roadmaps with status, evidence and progress")
class CalendarTokenApiController {

    private final CalendarSubscriptions subscriptions;

    CalendarTokenApiController(CalendarSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** The link, given this once: only a hash of its token is kept. */
    record Subscription(String url, Instant issuedAt) {}

    @PostMapping("/api/v1/calendar/token")
    @Operation(
            summary = "Issues the caller's secret subscription link to the iCalendar feed of their due dates,"
                    + " replacing (and stopping at once) any earlier one; the address is returned only now")
    Subscription issue() {
        String url = CalendarController.subscriptionUrl(subscriptions.issue());
        return new Subscription(url, subscriptions.issuedAt().orElseThrow());
    }

    @DeleteMapping("/api/v1/calendar/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Switches the caller's calendar subscription link off")
    void revoke() {
        subscriptions.revoke();
    }
}
