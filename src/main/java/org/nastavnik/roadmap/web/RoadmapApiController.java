package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapSummary;
import org.nastavnik.roadmap.RoadmapView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Roadmaps in the JSON API: the same service and scope as the pages. */
@RestController
@Tag(name = "roadmaps", description = "Roadmaps of units with their deadlines as written and as read")
class RoadmapApiController {

    private final RoadmapService roadmaps;

    RoadmapApiController(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping("/api/v1/roadmaps")
    @Operation(summary = "The roadmaps of the units in the caller's scope, newest first")
    List<RoadmapSummary> list() {
        return roadmaps.list();
    }

    @GetMapping("/api/v1/roadmaps/{id}")
    @Operation(summary = "One roadmap with its sections and activities; each deadline with its kind and due dates")
    RoadmapView get(@PathVariable long id) {
        return roadmaps.get(id);
    }
}
