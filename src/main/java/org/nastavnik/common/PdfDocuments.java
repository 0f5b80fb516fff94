package org.nastavnik.common;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * XHTML laid out as PDF by openhtmltopdf with Liberation Serif embedded (regular, bold, italic):
 * the metrics of Times New Roman, which Russian official documents are typed in, and the Cyrillic
 * the PDF base fonts lack (without an embedded font it comes out as «#»). Pages name the font as
 * {@link #FONT}.
 */
public final class PdfDocuments {

    /** The font family the pages' CSS names. */
    public static final String FONT = "Liberation Serif";

    private static final String FONTS = "/liberation/LiberationSerif-";

    private PdfDocuments() {}

    /** The page as a PDF; the XHTML must be well formed, its texts escaped with {@link #escape}. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "Regular", 400, FontStyle.NORMAL);
            font(builder, "Bold", 700, FontStyle.NORMAL);
            font(builder, "Italic", 400, FontStyle.ITALIC);
            font(builder, "BoldItalic", 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text as XML character data: the five characters XML reserves, and no control characters. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= ' ' || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> PdfDocuments.class.getResourceAsStream(FONTS + file + ".ttf"), FONT, weight, style, true);
    }
}
