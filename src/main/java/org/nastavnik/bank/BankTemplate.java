package org.nastavnik.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.SpreadsheetText;
import org.nastavnik.people.Reference;
import org.springframework.context.MessageSource;

/**
 * The empty bank list users fill in: the header row of the bank's {@link BankColumn}s with hints in
 * cell comments, date and text formats, drop-down lists where a cell takes one value of a list,
 * and a second sheet with every list the names must come from.
 */
final class BankTemplate {

    private static final String HEADER_FILL = "DDEBF7";
    private static final String DATE_FORMAT = "dd.mm.yyyy";
    private static final String TEXT_FORMAT = "@";

    private final Bank bank;
    private final BankVocabulary words;
    private final MessageSource messages;

    BankTemplate(Bank bank, BankVocabulary words, MessageSource messages) {
        this.bank = bank;
        this.words = words;
        this.messages = messages;
    }

    void write(
            OutputStream out,
            List<CatalogEntryView> competencies,
            List<Reference> subjects,
            Map<String, List<CatalogEntryView>> deficitsByArea)
            throws IOException {
        Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
        Worksheet sheet = workbook.newWorksheet(text(bank == Bank.MENTORS ? "bank.mentors" : "bank.mentees"));
        Worksheet lists = workbook.newWorksheet(text("bank.import.template.lists"));
        List<BankColumn> columns = List.copyOf(BankColumn.of(bank));
        List<List<String>> listed = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            BankColumn column = columns.get(c);
            sheet.value(0, c, words.header(column));
            sheet.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
            sheet.width(c, column.isDate() ? 14 : 24);
            String hint = messages.getMessage("bank.import.hint." + column.name(), null, null, RussianText.RU);
            if (hint != null) {
                sheet.comment(0, c, hint);
            }
            if (column.isDate()) {
                sheet.style(c).format(DATE_FORMAT).set();
            } else if (column == BankColumn.SNILS) {
                sheet.style(c).format(TEXT_FORMAT).set();
            }
            List<String> values = values(column, competencies, subjects, deficitsByArea);
            if (values.isEmpty()) {
                continue;
            }
            int listColumn = listed.size();
            listed.add(values);
            lists.value(0, listColumn, words.header(column));
            lists.style(0, listColumn).bold().fillColor(HEADER_FILL).set();
            lists.width(listColumn, 40);
            for (int i = 0; i < values.size(); i++) {
                lists.value(i + 1, listColumn, SpreadsheetText.safe(values.get(i)));
            }
            if (singleValue(column)) {
                String letter = String.valueOf((char) ('A' + listColumn));
                sheet.range(1, c, BankSheet.MAX_ROWS, c)
                        .validateWithListByFormula(
                                "'" + lists.getName() + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
            }
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static boolean singleValue(BankColumn column) {
        return Set.of(
                        BankColumn.NETWORK,
                        BankColumn.CATEGORY,
                        BankColumn.PREFERRED_FORMAT,
                        BankColumn.DEFICIT_SOURCE,
                        BankColumn.STATUS)
                .contains(column);
    }

    private List<String> values(
            BankColumn column,
            List<CatalogEntryView> competencies,
            List<Reference> subjects,
            Map<String, List<CatalogEntryView>> deficitsByArea) {
        switch (column) {
            case SUBJECTS:
                return subjects.stream().map(Reference::name).toList();
            case COMPETENCIES:
                return competencies.stream().map(CatalogEntryView::name).toList();
            case DEFICITS:
                return deficitsByArea.values().stream()
                        .flatMap(List::stream)
                        .map(CatalogEntryView::name)
                        .toList();
            case NETWORK:
                return List.of(text("yes"), text("no"));
            case FORMATS:
            case PREFERRED_FORMAT:
                return labels(MentoringFormat.class, "bank.format");
            case CATEGORY:
                return labels(MenteeCategory.class, "bank.category");
            case DEFICIT_SOURCE:
                return labels(DeficitSource.class, "bank.source");
            case STATUS:
                return labels(ProfileStatus.class, "bank.status");
            default:
                return List.of();
        }
    }

    private <E extends Enum<E>> List<String> labels(Class<E> type, String prefix) {
        return List.of(type.getEnumConstants()).stream()
                .map(v -> words.label(prefix, v))
                .toList();
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
