package org.nastavnik.roadmap.web;

import org.nastavnik.roadmap.CascadeService;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapTemplates;
import org.nastavnik.roadmap.RoadmapView;
import org.nastavnik.roadmap.TrackingService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of a roadmap's page, shown as it is or again with the errors of one of its forms. */
@Component
class RoadmapPage {

    private final RoadmapService roadmaps;
    private final TrackingService tracking;
    private final CascadeService cascade;
    private final RoadmapTemplates templates;

    RoadmapPage(RoadmapService roadmaps, TrackingService tracking, CascadeService cascade, RoadmapTemplates templates) {
        this.roadmaps = roadmaps;
        this.tracking = tracking;
        this.cascade = cascade;
        this.templates = templates;
    }

    String show(long id, Model model) {
        RoadmapView roadmap = roadmaps.get(id);
        TrackingService.Tracking t = tracking.tracking(id);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("tracking", t);
        model.addAttribute("tracked", t.mayMark() && t.anyTracked());
        boolean mayRequire = cascade.mayRequire(id);
        model.addAttribute("requirements", cascade.requirements(id));
        model.addAttribute("mayRequire", mayRequire);
        model.addAttribute("template", templates.isTemplate(id));
        model.addAttribute("mayDescribe", roadmaps.mayDescribe(id));
        if (!model.containsAttribute("describe")) {
            model.addAttribute("describe", DescribeController.DescribeForm.of(roadmap));
        }
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", ApprovalForm.of(roadmap));
        }
        return "roadmap/view";
    }
}
