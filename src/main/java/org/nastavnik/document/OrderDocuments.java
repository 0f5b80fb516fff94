package org.nastavnik.document;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Orders written as files: DOCX (Apache POI) and PDF (openhtmltopdf with an embedded font), both
 * laid out as a Russian school's order is typed. Nothing is stored: register the file with {@link
 * OrderRegistry#register}.
 */
@Component
public class OrderDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    private final OrderWords words;

    OrderDocuments(MessageSource messages) {
        this.words = OrderWords.of(messages);
    }

    /** The order as a Word document: A4 portrait, Times New Roman 14, the annex table in 12. */
    public byte[] docx(OrderContent order) {
        return OrderDocxWriter.write(order, words);
    }

    /** The order as PDF with the same layout, Cyrillic in the embedded Liberation Serif. */
    public byte[] pdf(OrderContent order) {
        return OrderPdfWriter.write(order, words);
    }
}
