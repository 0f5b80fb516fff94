package org.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.nastavnik.bank.BankImport;
import org.nastavnik.common.imports.ImportResult;
import org.nastavnik.common.imports.ReportLine;
import org.nastavnik.common.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The bank import for other systems: the same file, the same rules, the report as problem details. */
@RestController
@Tag(name = "bank", description = "Mentor and mentee profiles, their lists and the annual confirmation")
class BankImportApiController {

    /** What a successful import saved. */
    record Saved(int rows, int created, int updated) {}

    private final BankImport bankImport;
    private final ApiProblems problems;
    private final MessageSource messages;

    BankImportApiController(BankImport bankImport, ApiProblems problems, MessageSource messages) {
        this.bankImport = bankImport;
        this.problems = problems;
        this.messages = messages;
    }

    @Operation(
            summary = "Import a bank from an .xlsx of the template, all or nothing",
            description =
                    "422 with `problems` (row, column, value, message) when any row is wrong; nothing is saved then.")
    @PostMapping("/api/v1/{bank:mentors|mentees}/import")
    ResponseEntity<?> importBank(
            @PathVariable String bank,
            @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "false") boolean bothRoles,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (unitId == null || file == null || file.isEmpty()) {
            ProblemDetail missing = problems.problem(HttpStatus.BAD_REQUEST, "error.validation");
            List<Map<String, String>> errors = new java.util.ArrayList<>();
            if (unitId == null) {
                errors.add(problems.fieldError("unitId", "bank.import.unitRequired"));
            }
            if (file == null || file.isEmpty()) {
                errors.add(problems.fieldError("file", "bank.import.fileRequired"));
            }
            missing.setProperty("errors", errors);
            return ResponseEntity.badRequest().body(missing);
        }
        ImportResult result = bankImport.importFrom(
                BankImportController.bank(bank), unitId, bothRoles, file.getOriginalFilename(), file.getBytes());
        if (result.succeeded()) {
            return ResponseEntity.ok(new Saved(result.rows(), result.created(), result.updated()));
        }
        ProblemDetail refused = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "bank.import.refused");
        refused.setProperty("problemCount", result.problemCount());
        refused.setProperty("problems", ReportLine.of(result, messages));
        return ResponseEntity.unprocessableContent().body(refused);
    }
}
