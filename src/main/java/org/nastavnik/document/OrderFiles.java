package org.nastavnik.document;

import java.util.Arrays;
import java.util.Locale;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ZipGuard;
import org.nastavnik.common.imports.Uploads;

/**
 * The files an order may be kept as, told by their first bytes rather than by the name or the type
 * the browser claims: PDF, Word (.docx checked by the zip guard, old .doc), and scans as JPEG or PNG.
 */
final class OrderFiles {

    /** A format with its content type and the extension a download gets. */
    enum Format {
        PDF("application/pdf", "pdf"),
        DOCX(OrderDocuments.DOCX, "docx"),
        DOC("application/msword", "doc"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private OrderFiles() {}

    /** The file's format; a {@link FieldProblem} on {@code file} for anything else or a broken .docx. */
    static Format format(byte[] content) {
        if (startsWith(content, PDF)) {
            return Format.PDF;
        }
        if (startsWith(content, ZIP)) {
            try {
                ZipGuard.DOCX.require(content);
            } catch (FieldProblem broken) {
                throw new FieldProblem("file", "document.order.file.brokenDocx");
            }
            return Format.DOCX;
        }
        if (startsWith(content, OLE2)) {
            return Format.DOC;
        }
        if (startsWith(content, JPEG)) {
            return Format.JPEG;
        }
        if (startsWith(content, PNG)) {
            return Format.PNG;
        }
        throw new FieldProblem("file", "document.order.file.format");
    }

    /** The file's own name without a client's folders, with the format's extension, at most 255 characters. */
    static String name(String given, Format format, String fallback) {
        String base = given == null ? "" : given.replaceAll("^.*[/\\\\]", "").strip();
        if (base.isEmpty()) {
            base = fallback;
        }
        if (!base.toLowerCase(Locale.ROOT).endsWith("." + format.extension)
                && !(format == Format.JPEG && base.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
            base = base + "." + format.extension;
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    static boolean tooLarge(byte[] content) {
        return content.length > Uploads.MAX_FILE_BYTES;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
