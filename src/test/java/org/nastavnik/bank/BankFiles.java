package org.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Bank files as users fill them in, for the import's tests. */
final class BankFiles {

    private BankFiles() {}

    /** A sheet with the template's headers and the rows' values under the columns they name. */
    static byte[] sheet(List<String> headers, List<Map<String, Object>> rows, Function<String, String> headerOf) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            var dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (Map.Entry<String, Object> cell : rows.get(r).entrySet()) {
                    int c = headers.indexOf(headerOf.apply(cell.getKey()));
                    assertThat(c).as(cell.getKey()).isNotNegative();
                    Object value = cell.getValue();
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
