package org.nastavnik.roadmap.web;

import java.util.Locale;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.roadmap.RoadmapExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A roadmap downloaded as DOCX, PDF or xlsx from its page; the file is named in Russian. */
@Controller
class ExportController {

    private final RoadmapExport export;

    ExportController(RoadmapExport export) {
        this.export = export;
    }

    @GetMapping("/roadmaps/{id}/export.{format:docx|pdf|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        return download(export.export(id, RoadmapExport.Format.valueOf(format.toUpperCase(Locale.ROOT))));
    }

    static ResponseEntity<byte[]> download(RoadmapExport.File file) {
        return Attachments.of(file.name(), MediaType.parseMediaType(file.contentType()), file.content());
    }
}
