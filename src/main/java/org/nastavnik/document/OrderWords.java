package org.nastavnik.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The fixed Russian words of every order, from the messages, shared by the DOCX and PDF writers. */
record OrderWords(String order, String decree, String annexLabel, String annexOf, String acquainted) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    static OrderWords of(MessageSource messages) {
        return new OrderWords(
                messages.getMessage("document.order.heading", null, RUSSIAN),
                messages.getMessage("document.order.decree", null, RUSSIAN),
                messages.getMessage("document.order.annex", null, RUSSIAN),
                messages.getMessage("document.order.annexOf", null, RUSSIAN),
                messages.getMessage("document.order.acquainted", null, RUSSIAN));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** «№ 45-о». */
    static String number(String number) {
        return "\u2116\u00a0" + number;
    }

    /** «к приказу от 01.09.2025 № 45-о». */
    String annexReference(OrderContent content) {
        return new MessageFormat(annexOf, RUSSIAN).format(new Object[] {date(content.date()), content.number()});
    }
}
