package org.nastavnik.roadmap.web;

import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.web.HomePanel;
import org.nastavnik.roadmap.DueLists;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.stereotype.Component;

/** Roadmaps on the home page: how many due dates of the caller's units are overdue or due this week. */
@Component
class RoadmapHomePanel implements HomePanel {

    private final DueLists lists;
    private final AccessPolicy policy;

    RoadmapHomePanel(DueLists lists, AccessPolicy policy) {
        this.lists = lists;
        this.policy = policy;
    }

    @Override
    public Optional<Panel> panel() {
        Scope scope = policy.scope(Permission.READ);
        if (!scope.everything() && scope.paths().isEmpty()) {
            return Optional.empty();
        }
        DueLists.Counts counts = lists.counts();
        if (counts.overdue() + counts.thisWeek() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Panel("roadmap/home", "panel", Map.of("counts", counts)));
    }
}
