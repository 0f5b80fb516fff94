package org.nastavnik.people.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.SpreadsheetText;
import org.nastavnik.people.PersonalDataExport;
import org.nastavnik.people.PersonalDataSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person's data export as a spreadsheet: a sheet per section, a header row of Russian field
 * names, every text cell safe against formula injection.
 */
@Component
class PersonalDataWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final MessageSource messages;

    PersonalDataWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(PersonalDataExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Nastavnik", "1.0")) {
            for (PersonalDataSection section : export.sections()) {
                write(workbook.newWorksheet(message("export.section." + section.name(), section.name())), section);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(Worksheet sheet, PersonalDataSection section) {
        if (section.rows().isEmpty()) {
            sheet.value(0, 0, SpreadsheetText.safe(message("export.empty", "")));
            return;
        }
        List<String> fields = new ArrayList<>(section.rows().get(0).keySet());
        for (int column = 0; column < fields.size(); column++) {
            String field = fields.get(column);
            sheet.value(0, column, SpreadsheetText.safe(message("export.field." + field, field)));
            sheet.style(0, column).bold().set();
            sheet.width(column, 22);
        }
        int row = 1;
        for (Map<String, Object> values : section.rows()) {
            for (int column = 0; column < fields.size(); column++) {
                Object value = values.get(fields.get(column));
                if (value instanceof Number number) {
                    sheet.value(row, column, number);
                } else if (value != null) {
                    sheet.value(row, column, SpreadsheetText.safe(text(value)));
                }
            }
            row++;
        }
    }

    private String text(Object value) {
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(ZoneId.systemDefault()));
        }
        if (value instanceof Boolean yes) {
            return message(yes ? "export.yes" : "export.no", String.valueOf(yes));
        }
        if (value instanceof Enum<?> constant) {
            String type = constant.getDeclaringClass().getSimpleName();
            return message(
                    Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name(), constant.name());
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(this::text).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private String message(String code, String fallback) {
        return messages.getMessage(code, null, fallback, RussianText.RU);
    }
}
