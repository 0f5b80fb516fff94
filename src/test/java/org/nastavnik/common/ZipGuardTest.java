package org.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.OfficeFiles;

class ZipGuardTest {

    private static final ZipGuard GUARD = ZipGuard.XLSX;

    @Test
    void acceptsARealWorkbook() throws IOException {
        byte[] workbook = workbook();

        assertThatCode(() -> GUARD.require(workbook)).doesNotThrowAnyException();
    }

    @Test
    void refusesACsvRenamedToXlsx() {
        byte[] csv = "last_name;first_name\nIvanova;Anna\n".getBytes(StandardCharsets.UTF_8);

        assertRefused(csv, "upload.xlsx.wrongFormat");
    }

    @Test
    void refusesALegacyXls() {
        assertRefused(OfficeFiles.legacyHeader(), "upload.xlsx.legacy");
    }

    @Test
    void saysAPasswordProtectedWorkbookIsEncrypted() throws IOException {
        assertRefused(OfficeFiles.encrypted(workbook(), "secret"), "upload.xlsx.encrypted");
    }

    @Test
    void aWordDocumentIsNotAWorkbookAndTheDocxGuardSaysWhatItIs() throws IOException {
        byte[] docx = zip(
                new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("word/document.xml", "<document/>".getBytes(StandardCharsets.UTF_8)));

        assertRefused(docx, "upload.xlsx.plainZip");
        assertThatCode(() -> ZipGuard.DOCX.require(docx)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ZipGuard.DOCX.require(xlsxLike(new byte[1])))
                .isInstanceOfSatisfying(FieldProblem.class, problem -> assertThat(problem.code())
                        .isEqualTo("upload.docx.plainZip"));
    }

    @Test
    void refusesAPlainZipWithoutAWorkbook() throws IOException {
        byte[] zip = zip(new Entry("staff.csv", "Ivanova;Anna".getBytes(StandardCharsets.UTF_8)));

        assertRefused(zip, "upload.xlsx.plainZip");
    }

    @Test
    void refusesATruncatedZip() throws IOException {
        byte[] zip = xlsxLike(new byte[1000]);

        assertRefused(Arrays.copyOf(zip, zip.length / 2), "upload.xlsx.unreadable");
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        Entry[] entries = new Entry[1_001];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry("xl/part" + i + ".xml", new byte[] {1});
        }
        entries[0] = new Entry("[Content_Types].xml", new byte[] {1});
        entries[1] = new Entry("xl/workbook.xml", new byte[] {1});

        assertRefused(zip(entries), "upload.xlsx.tooManyEntries");
    }

    @Test
    void refusesAZipBombByItsDeclaredSizeAndRatio() throws IOException {
        // 150 MB of zeros deflate to about 150 KB: over the 100 MB limit and a ratio of about 1000.
        byte[] bomb = xlsxLike(new byte[150 * 1024 * 1024]);

        assertRefused(bomb, "upload.xlsx.tooLargeInside");
    }

    @Test
    void refusesAZipBombThatLiesAboutItsSizeWhileInflatingIt() throws IOException {
        byte[] bomb = xlsxLike(new byte[150 * 1024 * 1024]);
        declareUncompressedSize(bomb, "xl/worksheets/sheet1.xml", 1_000);

        assertRefused(bomb, "upload.xlsx.tooLargeInside");
    }

    @Test
    void refusesAnEntryThatInflatesToMoreThanItDeclares() throws IOException {
        byte[] zip = xlsxLike("<worksheet/>".repeat(100).getBytes(StandardCharsets.UTF_8));
        declareUncompressedSize(zip, "xl/worksheets/sheet1.xml", 10);

        assertRefused(zip, "upload.xlsx.unreadable");
    }

    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        workbook.newWorksheet("Sheet").value(0, 0, "value");
        workbook.finish();
        return out.toByteArray();
    }

    private static void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> GUARD.require(content))
                .isInstanceOfSatisfying(FieldProblem.class, problem -> assertThat(problem.code())
                        .isEqualTo(code));
    }

    /** A package with the parts an .xlsx has, and the given sheet content. */
    private static byte[] xlsxLike(byte[] sheet) throws IOException {
        return zip(
                new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("xl/worksheets/sheet1.xml", sheet));
    }

    private record Entry(String name, byte[] content) {}

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Rewrites the uncompressed size the central directory declares for the entry. */
    private static void declareUncompressedSize(byte[] zip, String name, int size) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50) {
                int nameLength = buffer.getShort(at + 28) & 0xFFFF;
                byte[] entryName = Arrays.copyOfRange(zip, at + 46, at + 46 + nameLength);
                if (Arrays.equals(entryName, wanted)) {
                    buffer.putInt(at + 24, size);
                    return;
                }
            }
        }
        throw new IllegalArgumentException(name);
    }
}
