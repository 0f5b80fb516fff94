package org.nastavnik.roadmap;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.support.WebSession;

/**
 * A roadmap saved through the page whose dates lie around today: item 1.1 ten days ago (overdue),
 * 1.2 today, 1.3 «при необходимости» (one undated row), 2.1 in sixty days.
 */
public final class RoadmapTestSupport {

    private static final Pattern OWNER = Pattern.compile("<option value=\"(\\d+)\"");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RoadmapTestSupport() {}

    static String table(LocalDate today) {
        return "| № | Мероприятие | Срок | Ответственный |\n"
                + "| 1 | Подготовка | | |\n"
                + "| 1.1 | Приказ о наставничестве | " + DATE.format(today.minusDays(10)) + " | Куратор |\n"
                + "| 1.2 | Совет наставников | " + DATE.format(today) + " | Куратор |\n"
                + "| 1.3 | Консультации | при необходимости | Педагог-психолог |\n"
                + "| 2 | Итоги | | |\n"
                + "| 2.1 | Отчёт | " + DATE.format(today.plusDays(60)) + " | Куратор |\n";
    }

    /** Saves the roadmap as the session's user (its first owner unit); returns its id. */
    public static long saveTracked(WebSession session, String title) {
        LocalDate today = LocalDate.now();
        return save(session, title, today.minusDays(100), today.plusDays(200), table(today));
    }

    /** Saves this table as a roadmap of the session user's first owner unit; returns its id. */
    public static long save(WebSession session, String title, LocalDate from, LocalDate to, String table) {
        Matcher owner = OWNER.matcher(session.get("/roadmaps/new").body());
        if (!owner.find()) {
            throw new IllegalStateException("no owner unit offered");
        }
        HttpResponse<String> saved = session.post(
                "/roadmaps/new",
                Map.of(
                        "ownerUnitId",
                        owner.group(1),
                        "title",
                        title,
                        "periodFrom",
                        from.toString(),
                        "periodTo",
                        to.toString(),
                        "table",
                        table,
                        "action",
                        "save"));
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
