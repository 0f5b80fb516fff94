package org.nastavnik.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A bank list under the page's filters as a spreadsheet: every match, not one page. */
@Service
@Transactional(readOnly = true)
public class BankExport {

    /** More than any region's bank; a list this long is refused rather than cut. */
    static final int MAX_ROWS = 100_000;

    private final BankSearch search;
    private final MessageSource messages;

    BankExport(BankSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    public void write(Bank bank, BankQuery query, OutputStream out) throws IOException {
        List<BankRow> rows =
                search.search(bank, query, PageRequest.of(0, MAX_ROWS)).getContent();
        boolean mentors = bank == Bank.MENTORS;
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet(text(mentors ? "bank.mentors" : "bank.mentees"));
            List<String> headers = new ArrayList<>(List.of(
                    text("people.column.name"),
                    text("people.column.organization"),
                    text(mentors ? "bank.column.mentorDetails" : "bank.column.deficits")));
            if (mentors) {
                headers.addAll(List.of(text("bank.capacity"), text("bank.filter.network"), text("bank.contest")));
            } else {
                headers.add(text("bank.category"));
            }
            headers.addAll(List.of(text("bank.status"), text("bank.filter.confirmed")));
            cells(sheet.createRow(0), headers);
            int n = 1;
            for (BankRow r : rows) {
                List<String> cells =
                        new ArrayList<>(List.of(r.name(), r.organization(), String.join("; ", r.details())));
                if (mentors) {
                    cells.addAll(List.of(
                            String.valueOf(r.capacity()),
                            r.networkAvailable() ? text("yes") : text("no"),
                            text("bank.contest." + r.contest())));
                } else {
                    cells.add(text("bank.category." + r.category()));
                }
                cells.add(text("bank.status." + r.status()));
                cells.add(r.confirmed() ? text("yes") : text("no"));
                cells(sheet.createRow(n++), cells);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
