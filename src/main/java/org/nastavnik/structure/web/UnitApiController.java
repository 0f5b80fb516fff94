package org.nastavnik.structure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hierarchy in the JSON API: the same service, scope and validation as the pages. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "Region, municipalities, organizations and partners")
class UnitApiController {

    private final StructureService structure;

    UnitApiController(StructureService structure) {
        this.structure = structure;
    }

    @GetMapping
    @Operation(summary = "The visible units as a flat list in the order of the hierarchy")
    List<UnitView> list(@RequestParam(defaultValue = "false") boolean archived) {
        return structure.list(archived);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit; 404 when it does not exist or is outside the caller's scope")
    UnitView get(@PathVariable long id) {
        return structure.get(id);
    }

    @PostMapping("/{parentId}/children")
    @Operation(summary = "Creates a unit under the parent; the version in the body is ignored")
    ResponseEntity<UnitView> create(@PathVariable long parentId, @Valid @RequestBody UnitForm form) {
        UnitView created = structure.create(parentId, form.type(), form.details());
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a unit; the version it was read with is required (409 when stale)")
    UnitView update(@PathVariable long id, @Validated({Default.class, OnUpdate.class}) @RequestBody UnitForm form) {
        return structure.update(id, form.version(), form.type(), form.details());
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Moves a unit to the archive; its records are kept")
    UnitView archive(@PathVariable long id) {
        structure.archive(id, true);
        return structure.get(id);
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Brings a unit back from the archive")
    UnitView restore(@PathVariable long id) {
        structure.archive(id, false);
        return structure.get(id);
    }
}
