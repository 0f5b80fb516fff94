package org.nastavnik.document;

import java.time.LocalDate;
import org.nastavnik.common.RussianText;

/**
 * An order to register: whose, what kind, its number and date as signed, its title and its file.
 * Blank texts count as absent; the number's surrounding spaces are dropped and inner runs of spaces
 * become one.
 *
 * @param unitId the unit (organization, municipality or region) whose order it is
 * @param title the title; when blank, the title of the type (not for {@link OrderType#OTHER})
 * @param fileName the file's name as uploaded or generated, e.g. «Приказ 45-о.pdf»
 * @param content the file: PDF, DOCX, DOC, JPEG or PNG
 */
public record OrderDraft(
        Long unitId,
        OrderType type,
        String number,
        LocalDate date,
        String title,
        String fileName,
        byte[] content,
        OrderSource source) {

    public OrderDraft {
        number = RussianText.trimToNull(number);
        number = number == null ? null : number.replaceAll("\\s+", " ");
        title = RussianText.trimToNull(title);
        fileName = RussianText.trimToNull(fileName);
        source = source == null ? OrderSource.UPLOADED : source;
    }

    /** A file the application generated, e.g. by {@link OrderDocuments#docx}. */
    public static OrderDraft generated(
            long unitId, OrderType type, String number, LocalDate date, String title, String fileName, byte[] content) {
        return new OrderDraft(unitId, type, number, date, title, fileName, content, OrderSource.GENERATED);
    }
}
