package org.nastavnik.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nastavnik.document.OrderTemplates;
import org.nastavnik.document.OrderType;
import org.nastavnik.document.TemplateView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Order templates in the JSON API, for administrators: the same service as the pages. */
@RestController
@Tag(name = "order templates", description = "Templates of the orders the application writes")
class TemplateApiController {

    private final OrderTemplates templates;

    TemplateApiController(OrderTemplates templates) {
        this.templates = templates;
    }

    /** A template with the placeholders its type allows. */
    record TemplateResponse(TemplateView template, List<OrderTemplates.Placeholder> placeholders) {}

    @GetMapping("/api/v1/documents/templates")
    @Operation(summary = "Every type's template; administrators only")
    List<TemplateView> list() {
        return templates.list();
    }

    @GetMapping("/api/v1/documents/templates/{type}")
    @Operation(summary = "The type's template and its placeholders; administrators only")
    TemplateResponse get(@PathVariable OrderType type) {
        return new TemplateResponse(templates.get(type), templates.placeholders(type));
    }

    @PutMapping("/api/v1/documents/templates/{type}")
    @Operation(
            summary = "Changes the template (title, preamble, clauses one per line, signerPosition, version);"
                    + " 422 naming the field for an unknown placeholder, 409 when changed since the version read")
    TemplateResponse put(@PathVariable OrderType type, @RequestBody TemplateForm request) {
        templates.save(type, request.edit());
        return get(type);
    }
}
