package org.nastavnik.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.roadmap.CascadeFilter;
import org.nastavnik.roadmap.CascadeMatrices;
import org.nastavnik.roadmap.CascadeMatrix;
import org.nastavnik.roadmap.CascadeService;
import org.nastavnik.roadmap.DueDate;
import org.nastavnik.roadmap.DueStatus;
import org.nastavnik.roadmap.EvidenceDraft;
import org.nastavnik.roadmap.Fulfilment;
import org.nastavnik.roadmap.Requirement;
import org.nastavnik.roadmap.RequirementDraft;
import org.nastavnik.roadmap.RequirementKind;
import org.nastavnik.roadmap.RoadmapDraft;
import org.nastavnik.roadmap.RoadmapLine;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.TrackingService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A roadmap of the current academic year, from {@code demo/roadmap.txt} (its first line the title
 * pattern, its second the reason a date is not applicable, its third the organizations' note of how
 * they fulfilled a requirement, then the table), for every municipality and
 * for school No. 5, with most past dates done (some with a link as evidence), one not applicable,
 * and the rest left overdue, so that the tracking pages are not empty; a municipality's first two
 * activities are required of its organizations (the cascade), some of which have fulfilled them.
 */
@Component
class DemoRoadmaps {

    private final RoadmapService roadmaps;
    private final TrackingService tracking;
    private final CascadeService cascade;
    private final CascadeMatrices matrices;

    DemoRoadmaps(RoadmapService roadmaps, TrackingService tracking, CascadeService cascade, CascadeMatrices matrices) {
        this.roadmaps = roadmaps;
        this.tracking = tracking;
        this.cascade = cascade;
        this.matrices = matrices;
    }

    /** Call as the system, after the units exist. */
    void fill(List<UnitView> owners) {
        AcademicYear year = AcademicYear.of(LocalDate.now());
        // the title, the reason of a date not applicable, the organizations' note, then the table
        String[] text = text().split("\n", 4);
        for (UnitView owner : owners) {
            String title = MessageFormat.format(text[0], owner.shortName(), year.toString());
            long id = roadmaps.create(new RoadmapDraft(owner.id(), title, year.firstDay(), year.lastDay(), text[3]));
            track(id, text[1]);
            if (owner.level() == UnitLevel.MUNICIPALITY) {
                requireOfOrganizations(id);
                fulfil(id, text[2]);
            }
        }
    }

    /**
     * A municipality's items 1.1 (its order and roadmap: each organization's own approved roadmap
     * counts) and 1.2 (the banks) required of its organizations by their first dates, so the cascade
     * matrix shows schools done and late.
     */
    private void requireOfOrganizations(long roadmapId) {
        for (RoadmapLine line : roadmaps.get(roadmapId).lines()) {
            if (line.section() || line.dueDates().isEmpty() || line.position() > 3) {
                continue;
            }
            RequirementKind kind = line.position() == 2 ? RequirementKind.ROADMAP : RequirementKind.ACTION;
            cascade.require(
                    roadmapId,
                    line.position(),
                    new RequirementDraft(line.dueDates().get(0), List.of(), kind, null));
        }
    }

    /**
     * What the organizations recorded, so the matrix shows a mix: every third organization has done
     * everything (with a note of how), every third only the banks' update, the rest nothing yet.
     */
    private void fulfil(long roadmapId, String note) {
        CascadeMatrix matrix = matrices.matrix(new CascadeFilter(roadmapId, null, null, false, false, null));
        int index = 0;
        for (CascadeMatrix.Row row : matrix.rows()) {
            int share = index++ % 3;
            for (int c = 0; c < matrix.columns().size(); c++) {
                Requirement requirement = matrix.columns().get(c).requirement();
                boolean done =
                        share == 0 || (share == 1 && c == matrix.columns().size() - 1);
                if (!done || row.cells().get(c).status() == DueStatus.DONE) {
                    continue;
                }
                Fulfilment before = cascade.fulfilment(requirement.id(), row.organizationId());
                cascade.addEvidence(
                        requirement.id(),
                        row.organizationId(),
                        EvidenceDraft.link(null, requirement.number() + ": " + note),
                        null);
                cascade.mark(requirement.id(), row.organizationId(), DueStatus.DONE, null, before.version());
            }
        }
    }

    /** Of the dates past: every third left as it is (overdue), one not applicable, the others done. */
    private void track(long roadmapId, String notApplicable) {
        TrackingService.Tracking t = tracking.tracking(roadmapId);
        int index = 0;
        for (List<DueDate> ofItem : t.byPosition().values()) {
            for (DueDate date : ofItem) {
                if (!date.dated() || !date.dueOn().isBefore(t.today())) {
                    continue;
                }
                index++;
                if (index % 3 == 0) {
                    continue;
                }
                if (index == 4) {
                    tracking.mark(date.id(), DueStatus.NOT_APPLICABLE, notApplicable, date.version());
                    continue;
                }
                if (index % 2 == 1) {
                    tracking.addEvidence(
                            date.id(), EvidenceDraft.link("https://example.org/nastavnichestvo/" + date.id(), null));
                }
                tracking.mark(date.id(), DueStatus.DONE, null, date.version());
            }
        }
    }

    private static String text() {
        try (InputStream in = new ClassPathResource("demo/roadmap.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
