package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.nastavnik.roadmap.LineChange;
import org.nastavnik.roadmap.LineDetail;
import org.nastavnik.roadmap.LineDraft;
import org.nastavnik.roadmap.LineEdit;
import org.nastavnik.roadmap.RoadmapLines;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The activities of roadmaps in the JSON API: read, added, edited with history, the same rules as the page. */
@RestController
@Tag(name = "roadmap lines", description = "One activity of a roadmap, its edits and their history")
class LineApiController {

    private final RoadmapLines lines;

    LineApiController(RoadmapLines lines) {
        this.lines = lines;
    }

    @GetMapping("/api/v1/roadmaps/{id}/lines/{position}")
    @Operation(summary = "One activity with its texts, due dates, version and history of changes")
    LineDetail line(@PathVariable long id, @PathVariable int position) {
        return lines.line(id, position);
    }

    @GetMapping("/api/v1/roadmaps/{id}/lines/{position}/history")
    @Operation(summary = "The changes of an activity, newest first: field, before, after, who and when")
    List<LineChange> history(@PathVariable long id, @PathVariable int position) {
        return lines.history(id, position);
    }

    @PostMapping("/api/v1/roadmaps/{id}/lines")
    @Operation(
            summary = "Adds an activity after the line at position «after» (at the end without it), in that line's"
                    + " section: number, activity, deadline, responsible, result, coExecutors; 201 with the new"
                    + " activity, 422 with the fields for broken rules")
    ResponseEntity<LineDetail> add(@PathVariable long id, @RequestBody LineDraft draft) {
        int position = lines.add(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/roadmaps/" + id + "/lines/" + position))
                .body(lines.line(id, position));
    }

    @PutMapping("/api/v1/roadmaps/{id}/lines/{position}")
    @Operation(
            summary = "Edits an activity (activity, deadline, responsible, result, coExecutors as they should read,"
                    + " version read); 422 with the fields for broken rules, 409 when it changed since")
    LineDetail edit(@PathVariable long id, @PathVariable int position, @RequestBody LineEdit edit) {
        lines.edit(id, position, edit);
        return lines.line(id, position);
    }
}
