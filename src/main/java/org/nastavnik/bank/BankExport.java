package org.nastavnik.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bank list under the page's filters as a spreadsheet: every match, not one page, written with
 * fastexcel like the other exports; every text cell goes through {@link SpreadsheetText#safe}.
 */
@Service
@Transactional(readOnly = true)
public class BankExport {

    /** More than any region's bank; a longer list ends with a row saying how much was left out. */
    static final int MAX_ROWS = 100_000;

    private final BankSearch search;
    private final MessageSource messages;

    BankExport(BankSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    public void write(Bank bank, BankQuery query, OutputStream out) throws IOException {
        Page<BankRow> found = search.search(bank, query, PageRequest.of(0, MAX_ROWS));
        boolean mentors = bank == Bank.MENTORS;
        Workbook book = new Workbook(out, "Nastavnik", "1.0");
        Worksheet sheet = book.newWorksheet(text(mentors ? "bank.mentors" : "bank.mentees"));
        List<String> headers = new ArrayList<>(List.of(
                text("people.column.name"),
                text("people.column.organization"),
                text(mentors ? "bank.column.mentorDetails" : "bank.column.deficits")));
        if (mentors) {
            headers.addAll(List.of(
                    text("bank.capacity"),
                    text("bank.filter.network"),
                    text("bank.contest"),
                    text("bank.contest.region")));
        } else {
            headers.add(text("bank.category"));
        }
        headers.addAll(List.of(text("bank.status"), text("bank.filter.confirmed")));
        cells(sheet, 0, headers);
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        int n = 1;
        for (BankRow r : found.getContent()) {
            List<String> cells = new ArrayList<>(List.of(r.name(), r.organization(), String.join("; ", r.details())));
            if (mentors) {
                cells.addAll(List.of(
                        String.valueOf(r.capacity()),
                        r.networkAvailable() ? text("yes") : text("no"),
                        text("bank.contest." + r.contest()),
                        text("bank.contest.region." + r.region())));
            } else {
                cells.add(text("bank.category." + r.category()));
            }
            cells.add(text("bank.status." + r.status()));
            cells.add(r.confirmed() ? text("yes") : text("no"));
            cells(sheet, n++, cells);
        }
        if (found.getTotalElements() > MAX_ROWS) {
            sheet.value(
                    n,
                    0,
                    messages.getMessage(
                            "bank.export.cut", new Object[] {MAX_ROWS, found.getTotalElements()}, RussianText.RU));
        }
        sheet.freezePane(0, 1);
        book.finish();
    }

    private static void cells(Worksheet sheet, int row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            sheet.value(row, i, SpreadsheetText.safe(values.get(i)));
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
