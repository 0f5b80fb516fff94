package org.nastavnik.roadmap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A roadmap as a file to download: DOCX and PDF as it is approved (the approval block, the title,
 * the table), xlsx with the dates and their tracking. Read within the caller's scope (404 outside).
 */
@Service
@Transactional(readOnly = true)
public class RoadmapExport {

    /** The formats, with their file extension and content type. */
    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", org.nastavnik.common.web.Spreadsheets.XLSX);

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A file with its Russian name. */
    public record File(String name, String contentType, byte[] content) {}

    /** Longest file name before the extension: some systems cut names at 255 bytes. */
    static final int NAME_MAX = 100;

    private final RoadmapService roadmaps;
    private final TrackingService tracking;
    private final ExportTexts texts;

    RoadmapExport(RoadmapService roadmaps, TrackingService tracking, MessageSource messages) {
        this.roadmaps = roadmaps;
        this.tracking = tracking;
        this.texts = new ExportTexts(messages);
    }

    public File export(long roadmapId, Format format) {
        RoadmapView roadmap = roadmaps.get(roadmapId);
        byte[] content =
                switch (format) {
                    case DOCX -> RoadmapDocxWriter.write(roadmap, texts);
                    case PDF -> RoadmapPdfWriter.write(roadmap, texts);
                    case XLSX ->
                        RoadmapXlsxWriter.write(
                                roadmap, tracking.tracking(roadmapId).byPosition(), texts);
                };
        return new File(fileName(roadmap, format), format.contentType(), content);
    }

    /** «Дорожная карта МБОУ СОШ № 12 (2025–2026).docx», without characters file systems refuse. */
    String fileName(RoadmapView roadmap, Format format) {
        String name = texts.get(
                        "roadmap.export.fileName",
                        roadmap.owner(),
                        String.valueOf(roadmap.periodFrom().getYear()),
                        String.valueOf(roadmap.periodTo().getYear()))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .strip();
        if (name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX).strip();
        }
        return name + "." + format.extension();
    }
}
