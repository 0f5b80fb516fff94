package org.nastavnik.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.SpreadsheetText;
import org.springframework.context.MessageSource;

/**
 * The empty staff list users fill in: the header row of {@link StaffColumn}s with hints in cell
 * comments, date and text formats on the columns, drop-down lists of positions and categories, and
 * a second sheet with the reference lists the names must come from.
 */
final class StaffTemplate {

    static final String DATE_FORMAT = "dd.mm.yyyy";
    private static final String TEXT_FORMAT = "@";
    private static final String HEADER_FILL = "DDEBF7";

    private final MessageSource messages;

    StaffTemplate(MessageSource messages) {
        this.messages = messages;
    }

    void write(OutputStream out, List<Reference> positions, List<Reference> subjects) throws IOException {
        Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
        Worksheet staff = workbook.newWorksheet(text("people.import.template.sheet"));
        Worksheet lists = workbook.newWorksheet(text("people.import.template.lists"));
        for (StaffColumn column : StaffColumn.values()) {
            int c = column.ordinal();
            staff.value(0, c, text(column.headerCode()));
            staff.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
            staff.width(c, column.isDate() ? 14 : 22);
            String hint = messages.getMessage("people.import.hint." + column.name(), null, null, RussianText.RU);
            if (hint != null) {
                staff.comment(0, c, hint);
            }
            if (column.isDate()) {
                staff.style(c).format(DATE_FORMAT).set();
            } else if (column == StaffColumn.SNILS || column == StaffColumn.PHONE) {
                staff.style(c).format(TEXT_FORMAT).set();
            }
        }
        staff.freezePane(0, 1);
        writeList(
                lists,
                0,
                text("people.import.template.positions"),
                positions.stream().map(Reference::name).toList());
        writeList(
                lists,
                1,
                text("people.import.template.subjects"),
                subjects.stream().map(Reference::name).toList());
        List<String> categories = List.of(Qualification.values()).stream()
                .map(q -> text("people.import.qualification." + q))
                .toList();
        writeList(lists, 2, text(StaffColumn.QUALIFICATION.headerCode()), categories);
        String sheet = "'" + lists.getName() + "'!";
        staff.range(1, StaffColumn.POSITION.ordinal(), StaffImport.MAX_ROWS, StaffColumn.POSITION.ordinal())
                .validateWithListByFormula(sheet + "$A$2:$A$" + (positions.size() + 1));
        staff.range(1, StaffColumn.QUALIFICATION.ordinal(), StaffImport.MAX_ROWS, StaffColumn.QUALIFICATION.ordinal())
                .validateWithListByFormula(sheet + "$C$2:$C$" + (categories.size() + 1));
        workbook.finish();
    }

    private static void writeList(Worksheet sheet, int column, String header, List<String> names) {
        sheet.value(0, column, header);
        sheet.style(0, column).bold().fillColor(HEADER_FILL).set();
        sheet.width(column, 40);
        for (int i = 0; i < names.size(); i++) {
            sheet.value(i + 1, column, SpreadsheetText.safe(names.get(i)));
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
