package org.nastavnik.roadmap.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.nastavnik.roadmap.CalendarSubscriptions;
import org.nastavnik.roadmap.DueCalendar;
import org.nastavnik.roadmap.DueLists;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendar of planned due dates of the caller's units, a month by weeks, filtered by unit or
 * roadmap; the same dates as an iCalendar file for the signed-in user; and the user's secret
 * subscription link for calendar programs.
 */
@Controller
class CalendarController {

    /** iCalendar text; the charset is named for clients that assume otherwise. */
    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    private final DueCalendar calendar;
    private final DueLists lists;
    private final CalendarSubscriptions subscriptions;

    CalendarController(DueCalendar calendar, DueLists lists, CalendarSubscriptions subscriptions) {
        this.calendar = calendar;
        this.lists = lists;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/roadmaps/calendar")
    String month(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long roadmap,
            @RequestParam(required = false) String month,
            Model model) {
        DueCalendar.Month shown = calendar.month(new DueLists.Filter(unit, roadmap), month(month));
        model.addAttribute("calendar", shown);
        model.addAttribute("units", lists.units());
        model.addAttribute("roadmaps", lists.roadmaps(unit));
        model.addAttribute("unit", unit);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("limit", DueCalendar.LIMIT);
        model.addAttribute("subscriptionIssued", subscriptions.issuedAt().orElse(null));
        return "roadmap/calendar";
    }

    /**
     * Issues (or re-issues) the caller's subscription link and shows it this once, on the page
     * itself rather than through a redirect, so the token never rests in the session.
     */
    @PostMapping("/roadmaps/calendar/subscription")
    String subscribe(Model model) {
        model.addAttribute("subscriptionUrl", subscriptionUrl(subscriptions.issue()));
        return month(null, null, null, model);
    }

    /** Switches the caller's subscription link off. */
    @PostMapping("/roadmaps/calendar/subscription/off")
    String unsubscribe() {
        subscriptions.revoke();
        return "redirect:/roadmaps/calendar";
    }

    /** The absolute address of a subscription token's feed, as calendar programs need it. */
    static String subscriptionUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(CalendarFeedController.FEED)
                .buildAndExpand(token)
                .toUriString();
    }

    @GetMapping("/roadmaps/calendar.ics")
    void feed(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long roadmap,
            HttpServletResponse response)
            throws IOException {
        ics(calendar.feed(new DueLists.Filter(unit, roadmap)), "no-store", response);
    }

    /**
     * Written to the response as it is: calendar programs ask for any type, and API clients that send
     * {@code Accept: application/json} still get the calendar rather than a 406.
     */
    static void ics(String text, String cacheControl, HttpServletResponse response) throws IOException {
        response.setContentType(TEXT_CALENDAR);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"roadmaps.ics\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getWriter().write(text);
    }

    /** The month asked for (yyyy-MM); null (this month) when none or no such month is given. */
    private static YearMonth month(String month) {
        if (month != null) {
            try {
                YearMonth asked = YearMonth.parse(month);
                if (asked.getYear() >= 2000 && asked.getYear() <= 2100) {
                    return asked;
                }
            } catch (DateTimeParseException notAMonth) {
                // this month, as with none
            }
        }
        return null;
    }
}
