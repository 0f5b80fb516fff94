package org.nastavnik.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks an uploaded Office Open XML file (.xlsx, .docx: a zip archive) before a library opens it:
 * the magic bytes, the number of entries, the declared and the actual uncompressed sizes and the
 * compression ratio, so that a renamed CSV, a plain zip or a zip bomb is refused with a clear
 * message instead of exhausting memory. The actual sizes are counted by inflating every entry once
 * with the same zip reader (commons-compress) the readers use, because the sizes an archive declares
 * can lie. An OLE2 file is an old binary format or a password-protected (encrypted) package; the
 * latter holds an {@code EncryptionInfo} stream. Refusals are {@link FieldProblem}s on the field
 * {@code file} with the codes {@code upload.<format>.<problem>}.
 *
 * @param format the extension, part of the message codes: {@code xlsx}, {@code docx}
 * @param mainPart how the name of the part the format must have begins ({@code xl/workbook})
 * @param maxEntries the most entries an archive may hold
 * @param maxTotalBytes the most bytes all entries may inflate to together
 * @param maxRatio the highest uncompressed-to-compressed ratio of an entry larger than {@code
 *     ratioFloorBytes}
 * @param ratioFloorBytes entries smaller than this are not checked for their ratio
 */
public record ZipGuard(
        String format, String mainPart, int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {

    /**
     * Limits for staff lists of up to 60,000 rows: such a sheet inflates to about 50 MB, real sheets
     * compress 5–30 times, and 100 MB still fits a 256 MB heap next to the rows read from it.
     */
    public static final ZipGuard XLSX =
            new ZipGuard("xlsx", "xl/workbook", 1_000, 100L * 1024 * 1024, 100, 1024 * 1024);

    /**
     * Limits for Word documents: a roadmap of 2,000 rows inflates to a few megabytes; pictures (a
     * scanned signature) are stored almost uncompressed. The text part is held in memory as XML
     * objects, so the total is kept lower than for spreadsheets.
     */
    public static final ZipGuard DOCX =
            new ZipGuard("docx", "word/document", 1_000, 50L * 1024 * 1024, 100, 1024 * 1024);

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Refuses anything but a well-formed, reasonably sized package of the format. */
    public void require(byte[] content) {
        if (startsWith(content, OLE2)) {
            throw problem(encrypted(content) ? "encrypted" : "legacy");
        }
        if (!startsWith(content, ZIP)) {
            throw problem("wrongFormat");
        }
        if (declaredEntryCount(content) > maxEntries) {
            throw problem("tooManyEntries", maxEntries);
        }
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            checkDeclared(entries);
            if (!hasMainPart(entries)) {
                throw problem("plainZip");
            }
            checkActual(zip, entries);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FieldProblem problem) {
                throw problem;
            }
            throw problem("unreadable");
        }
    }

    private void checkDeclared(List<ZipArchiveEntry> entries) {
        if (entries.isEmpty()) {
            throw problem("wrongFormat");
        }
        if (entries.size() > maxEntries) {
            throw problem("tooManyEntries", maxEntries);
        }
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            long size = entry.getSize();
            if (size < 0) {
                continue;
            }
            total += size;
            if (total > maxTotalBytes) {
                throw problem("tooLargeInside");
            }
            if (size > ratioFloorBytes && size > (long) maxRatio * Math.max(1, entry.getCompressedSize())) {
                throw problem("tooLargeInside");
            }
        }
    }

    /** Inflates every entry, counting bytes, and stops at the first limit crossed. */
    private void checkActual(ZipFile zip, List<ZipArchiveEntry> entries) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            if (entry.isDirectory()) {
                continue;
            }
            if (!zip.canReadEntryData(entry)) {
                throw problem("unreadable");
            }
            long compressed = Math.max(1, entry.getCompressedSize());
            long size = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (total > maxTotalBytes || (size > ratioFloorBytes && size > maxRatio * compressed)) {
                        throw problem("tooLargeInside");
                    }
                }
            }
            if (entry.getSize() >= 0 && size != entry.getSize()) {
                throw problem("unreadable");
            }
        }
    }

    /**
     * The entry count of the end-of-central-directory record, read before a zip reader builds an
     * object per entry; 0 when the record is not found (the zip reader then decides).
     */
    static int declaredEntryCount(byte[] content) {
        int last = content.length - 22;
        for (int at = last; at >= Math.max(0, last - 0xFFFF); at--) {
            if (content[at] == 0x50 && content[at + 1] == 0x4B && content[at + 2] == 0x05 && content[at + 3] == 0x06) {
                return (content[at + 10] & 0xFF) | (content[at + 11] & 0xFF) << 8;
            }
        }
        return 0;
    }

    private boolean hasMainPart(List<ZipArchiveEntry> entries) {
        boolean contentTypes = false;
        boolean main = false;
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            contentTypes |= name.equals("[content_types].xml");
            main |= name.startsWith(mainPart);
        }
        return contentTypes && main;
    }

    /** An encrypted Office Open XML package is an OLE2 file with an {@code EncryptionInfo} stream. */
    private static boolean encrypted(byte[] content) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return ole2.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private FieldProblem problem(String problem, Object... arguments) {
        return new FieldProblem("file", "upload." + format + "." + problem, arguments);
    }
}
