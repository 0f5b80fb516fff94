package org.nastavnik.roadmap.web;

import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.web.HomePanel;
import org.nastavnik.roadmap.CascadeMatrices;
import org.nastavnik.roadmap.DueLists;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.stereotype.Component;

/**
 * Roadmaps on the home page: how many due dates of the caller's units are overdue or due this week,
 * and how many requirements of higher roadmaps the organizations the caller reads have not fulfilled
 * in time (a curator: their own school's; a coordinator: all of the municipality's).
 */
@Component
class RoadmapHomePanel implements HomePanel {

    private final DueLists lists;
    private final CascadeMatrices matrices;
    private final AccessPolicy policy;

    RoadmapHomePanel(DueLists lists, CascadeMatrices matrices, AccessPolicy policy) {
        this.lists = lists;
        this.matrices = matrices;
        this.policy = policy;
    }

    @Override
    public Optional<Panel> panel() {
        Scope scope = policy.scope(Permission.READ);
        if (!scope.everything() && scope.paths().isEmpty()) {
            return Optional.empty();
        }
        DueLists.Counts counts = lists.counts();
        long lateRequirements = matrices.lateCells();
        if (counts.overdue() + counts.thisWeek() + lateRequirements == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Panel("roadmap/home", "panel", Map.of("counts", counts, "lateRequirements", lateRequirements)));
    }
}
