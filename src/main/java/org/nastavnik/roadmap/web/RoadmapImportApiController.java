package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.RussianText;
import org.nastavnik.roadmap.RoadmapDocx;
import org.nastavnik.roadmap.RoadmapDraft;
import org.nastavnik.roadmap.RoadmapLine;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapTable;
import org.nastavnik.roadmap.RoadmapView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roadmaps made from a table in the JSON API, the way the import page makes them: a Word file is
 * read into the table as text (with the title and period its preamble states), the text is
 * previewed with how its columns and deadlines are read, and saved as a draft.
 */
@RestController
@Tag(name = "roadmaps")
class RoadmapImportApiController {

    private final RoadmapService roadmaps;
    private final MessageSource messages;

    RoadmapImportApiController(RoadmapService roadmaps, MessageSource messages) {
        this.roadmaps = roadmaps;
        this.messages = messages;
    }

    /**
     * A roadmap to preview or save.
     *
     * @param table the table as text: tab-separated (copied from Word or Excel) or a pipe table
     * @param columns the meaning of each column of the table's header in order ({@code NUMBER},
     *     {@code ACTIVITY}, {@code DEADLINE}, {@code RESPONSIBLE}, {@code CO_EXECUTORS}, {@code
     *     RESULT}, or null for a column not used); omitted to read the columns recognized by their headers
     */
    record RoadmapRequest(
            Long ownerUnitId,
            String title,
            String goal,
            LocalDate periodFrom,
            LocalDate periodTo,
            String table,
            List<RoadmapTable.Column> columns) {

        RoadmapDraft draft() {
            List<RoadmapTable.Column> mapping = columns == null ? List.of() : new ArrayList<>(columns);
            return new RoadmapDraft(ownerUnitId, title, goal, periodFrom, periodTo, table, mapping, null);
        }
    }

    /** A warning about the table or the mapping: its message code, the item it is about, the text. */
    record Warning(String code, String number, String message) {}

    /**
     * How the table was read: the lines as they would be saved (deadlines with their kind and due
     * dates), the header's cells with the first value under each and the meaning each was read with.
     *
     * @param needsMapping the header was not recognized: nothing is read until {@code columns} is given
     */
    record PreviewResponse(
            List<RoadmapLine> lines,
            List<Warning> warnings,
            List<String> header,
            List<String> samples,
            List<RoadmapTable.Column> columns,
            List<Warning> mappingProblems,
            boolean needsMapping) {}

    /** What a Word file holds, ready to be posted (with the owner) to the preview or to create. */
    record DocxResponse(
            String title,
            String goal,
            LocalDate periodFrom,
            LocalDate periodTo,
            String approval,
            String table,
            boolean recognized,
            int sections,
            int items) {}

    @PostMapping("/api/v1/roadmaps/docx")
    @Operation(
            summary = "Reads a roadmap from a .docx: the table as text, the title and period its text states",
            description = "Multipart field file. Nothing is saved; post the answer with ownerUnitId to"
                    + " /api/v1/roadmaps/preview or /api/v1/roadmaps. 422 for a file with no table, encrypted or"
                    + " corrupt")
    DocxResponse docx(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (!roadmaps.mayCreate()) {
            throw new ForbiddenException("keep roadmaps");
        }
        if (file == null || file.isEmpty()) {
            throw new FieldProblem("file", "roadmap.docx.fileRequired");
        }
        RoadmapDocx.Read read = RoadmapDocx.read(file.getBytes(), file.getOriginalFilename());
        return new DocxResponse(
                read.preamble().title(),
                read.preamble().goal(),
                read.preamble().periodFrom(),
                read.preamble().periodTo(),
                read.preamble().approval(),
                read.table(),
                read.recognized(),
                read.sections(),
                read.items());
    }

    @PostMapping("/api/v1/roadmaps/preview")
    @Operation(
            summary = "How a table would be read, before saving",
            description = "Sections, activities and deadlines with their due dates, the warnings (repeated or"
                    + " out-of-order numbers), and the header's columns with the meaning each is read with; a"
                    + " header nobody recognized answers needsMapping until columns is given")
    PreviewResponse preview(@RequestBody RoadmapRequest request) {
        RoadmapService.Preview preview = roadmaps.preview(request.draft());
        RoadmapTable.Parsed table = preview.table();
        return new PreviewResponse(
                preview.lines(),
                warnings(preview.warnings()),
                table.header(),
                table.samples(),
                table.mapping(),
                warnings(table.mappingProblems()),
                table.needsMapping());
    }

    @PostMapping("/api/v1/roadmaps")
    @Operation(
            summary = "Saves a roadmap made from a table as a draft",
            description = "The same body as the preview; 422 when the mapping is needed or refused")
    ResponseEntity<RoadmapView> create(@RequestBody RoadmapRequest request) {
        long id = roadmaps.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/roadmaps/" + id)).body(roadmaps.get(id));
    }

    private List<Warning> warnings(List<RoadmapTable.Problem> problems) {
        return problems.stream()
                .map(p -> new Warning(
                        p.code(),
                        p.number(),
                        messages.getMessage(p.code(), new Object[] {p.number()}, p.code(), RussianText.RU)))
                .toList();
    }
}
