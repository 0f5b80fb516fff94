package org.nastavnik.people;

import java.util.List;
import java.util.Map;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.stereotype.Component;

/** A person's participations as the card shows them. */
@Component
class ParticipantViews {

    private final Participants participants;
    private final StructureService structure;

    ParticipantViews(Participants participants, StructureService structure) {
        this.participants = participants;
        this.structure = structure;
    }

    /** Current first; {@code editable} is where the caller may change them. */
    List<ParticipantView> of(long personId, Scope editable) {
        List<Participant> list = participants.findByPersonIdOrderByEndedOnDescIdAsc(personId);
        Map<Long, UnitView> units =
                structure.byIds(list.stream().map(Participant::organizationId).toList());
        return list.stream()
                .map(p -> new ParticipantView(
                        p.id(),
                        units.get(p.organizationId()).shortName(),
                        p.data(),
                        p.endedOn(),
                        p.version(),
                        p.endedOn() == null && editable.covers(p.organizationPath())))
                .toList();
    }
}
