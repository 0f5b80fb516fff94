package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The Russian words of exported roadmaps, from the messages, and the approval block they share. */
class ExportTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The columns of the DOCX and PDF table, in order. */
    static final List<String> TABLE_COLUMNS = List.of("number", "activity", "deadline", "responsible", "result");

    private final MessageSource messages;

    ExportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, RUSSIAN);
    }

    String column(String name) {
        return get("roadmap.export.column." + name);
    }

    /**
     * The block at the top right: «УТВЕРЖДЕНА / приказом МБОУ СОШ № 12 / от 01.09.2025 № 45-од» (and who
     * signed it) for an approved or archived roadmap, «ПРОЕКТ» for a draft.
     */
    List<String> approval(RoadmapView roadmap) {
        if (roadmap.basis() == null || roadmap.status().equals(RoadmapStatus.DRAFT.name())) {
            return List.of(get("roadmap.export.draft"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(get("roadmap.export.approved"));
        lines.add(get("roadmap.export.byOrder", roadmap.owner()));
        lines.add(get(
                "roadmap.export.orderOf",
                date(roadmap.basis().orderDate()),
                roadmap.basis().orderNumber()));
        if (roadmap.basis().approvedBy() != null) {
            lines.add(roadmap.basis().approvedBy());
        }
        return lines;
    }

    /** «Цель: …» under the title, or null when the roadmap states no goal. */
    String goal(RoadmapView roadmap) {
        return roadmap.goal() == null ? null : get("roadmap.export.goal", roadmap.goal());
    }

    String period(RoadmapView roadmap) {
        return get("roadmap.export.period", date(roadmap.periodFrom()), date(roadmap.periodTo()));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
