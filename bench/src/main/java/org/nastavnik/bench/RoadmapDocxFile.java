package org.nastavnik.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * A roadmap as a Word document of a given number of table rows, made of a seed roadmap's text (its
 * title, header, sections and items, repeated and renumbered): a section row spanning the table
 * every 50 rows, the other rows items whose cells hold one paragraph per line. Every cell declares
 * its width and every run its font and size, as Word writes them, so the document part is about as
 * large as a real document's.
 *
 * <p>Usage: {@code RoadmapDocxFile <seed.txt> <rows> <out.docx>}
 */
public final class RoadmapDocxFile {

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int rows = Integer.parseInt(args[1]);
        List<String> preamble = new ArrayList<>();
        List<List<String>> sections = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            if (!line.strip().startsWith("|")) {
                if (header == null) {
                    preamble.add(line.replace("**", "").strip());
                }
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
            } else if (cells.get(0).matches("\\d+(\\.\\d+)+\\.?") && !cells.get(2).isBlank()) {
                items.add(cells);
            } else if (cells.get(0).matches("\\d+\\.\\s+\\S.*") && cells.get(1).isBlank()) {
                sections.add(cells);
            }
        }
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = new FileOutputStream(args[2])) {
            preamble.forEach(text -> document.createParagraph().createRun().setText(text));
            XWPFTable table = document.createTable(rows + 1, header.size());
            CTTblGrid grid = table.getCTTbl().addNewTblGrid();
            for (int c = 0; c < header.size(); c++) {
                grid.addNewGridCol().setW(BigInteger.valueOf(c == 1 ? 4000 : 1600));
            }
            write(table, 0, header);
            int section = 0;
            int item = 0;
            for (int r = 1; r <= rows; r++) {
                if ((r - 1) % 50 == 0) {
                    section++;
                    item = 0;
                    String title = sections.get(section % sections.size()).get(0).replaceFirst("^\\d+\\.", "");
                    List<String> row = new ArrayList<>(List.of(section + "." + title));
                    write(table, r, row);
                    var cells = table.getRow(r);
                    while (cells.getTableCells().size() > 1) {
                        cells.removeCell(cells.getTableCells().size() - 1);
                    }
                    cells.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(header.size()));
                    continue;
                }
                List<String> row = new ArrayList<>(items.get((r * 7) % items.size()));
                row.set(0, section + "." + ++item + ".");
                write(table, r, row);
            }
            document.write(out);
        }
    }

    private static void write(XWPFTable table, int r, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = table.getRow(r).getCell(c);
            cell.setWidth(c == 1 ? "4000" : "1600");
            String[] lines = cells.get(c).split("<br>");
            run(cell.getParagraphs().get(0), lines[0]);
            for (int l = 1; l < lines.length; l++) {
                run(cell.addParagraph(), lines[l]);
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text) {
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(12);
        run.setText(text.strip());
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1);
        inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
