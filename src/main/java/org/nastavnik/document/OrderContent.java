package org.nastavnik.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What an order says, in the order it is printed: the organization's header, «ПРИКАЗ», the date and
 * number, the title, the preamble, «приказываю:» and the numbered clauses, the signature, who has
 * read it, and an optional annex with a table. Blank optional parts are left out of the document.
 *
 * @param authority the upper authority's line above the organization (e.g. «Управление образования
 *     администрации …»), or null
 * @param organization the organization's full name as it heads its orders
 * @param place the town or village under the date line, or null
 * @param number the order's number as registered, e.g. «45-о»
 * @param date the order's date, printed as dd.MM.yyyy
 * @param title the title, e.g. «О закреплении наставнических пар (групп)»
 * @param preamble paragraphs before «приказываю:»; none is allowed
 * @param clauses what is ordered, numbered 1, 2, … in the document; a clause's own line breaks are
 *     paragraphs of the clause
 * @param annex the table annexed to the order, or null
 * @param signerPosition the signer's position, line breaks kept (e.g. «Директор»)
 * @param signerName the signer's name as signed, e.g. «И.И. Иванова»
 * @param acquainted names under «С приказом ознакомлены:», each with a line to sign; none for no list
 */
public record OrderContent(
        String authority,
        String organization,
        String place,
        String number,
        LocalDate date,
        String title,
        List<String> preamble,
        List<String> clauses,
        Annex annex,
        String signerPosition,
        String signerName,
        List<String> acquainted) {

    public OrderContent {
        require(organization, "organization");
        require(number, "number");
        require(title, "title");
        if (date == null) {
            throw new IllegalArgumentException("An order needs its date");
        }
        preamble = List.copyOf(preamble == null ? List.of() : preamble);
        clauses = List.copyOf(clauses == null ? List.of() : clauses);
        acquainted = List.copyOf(acquainted == null ? List.of() : acquainted);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("An order orders something: no clauses given");
        }
    }

    /**
     * The annex: «Приложение к приказу от … № …», its title and a table whose header row repeats on
     * every page.
     *
     * @param title the annex's title, e.g. «Список наставнических пар (групп)»
     * @param headers the column headers, e.g. «№ п/п», «Наставник», …
     * @param rows the rows, each with as many cells as there are headers (null cells print empty)
     */
    public record Annex(String title, List<String> headers, List<List<String>> rows) {

        public Annex {
            if (headers == null || headers.isEmpty()) {
                throw new IllegalArgumentException("An annex table needs its headers");
            }
            headers = List.copyOf(headers);
            rows = rows == null
                    ? List.of()
                    : rows.stream()
                            .map(row ->
                                    row.stream().map(c -> c == null ? "" : c).toList())
                            .toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException(
                            "An annex row has " + row.size() + " cells for " + headers.size() + " headers");
                }
            }
        }
    }

    private static void require(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An order needs its " + what);
        }
    }
}
