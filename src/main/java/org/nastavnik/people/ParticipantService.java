package org.nastavnik.people;

import java.time.LocalDate;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pupils, students, graduates and employers' specialists in student mentorship. A participation
 * belongs to an organization like an employment does: the caller adds and changes it in the
 * organizations where they may edit people, and it makes the person visible there.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    private final PeopleService people;
    private final Participants participants;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    ParticipantService(
            PeopleService people, Participants participants, AccessPolicy policy, ApplicationEventPublisher events) {
        this.people = people;
        this.participants = participants;
        this.policy = policy;
        this.events = events;
    }

    /** Creates a person who takes part as a pupil, student, graduate or employer's specialist. */
    @Transactional
    public long createPerson(PersonData person, ParticipantData data) {
        UnitView organization = people.editableOrganization(data.organizationId());
        FieldProblem.requireNone(PersonRules.check(person, null, people.today()));
        ParticipantData normalized = checked(data, person);
        Person saved = people.register(person, organization.path());
        save(new Participant(saved.id(), organization.path(), normalized));
        return saved.id();
    }

    @Transactional
    public long add(long personId, ParticipantData data) {
        Person person = people.changeable(personId);
        UnitView organization = people.editableOrganization(data.organizationId());
        return save(new Participant(personId, organization.path(), checked(data, person.data())));
    }

    @Transactional
    public void update(long personId, long participantId, long expectedVersion, ParticipantData data) {
        Person person = people.changeable(personId);
        Participant participant = editable(personId, participantId);
        if (participant.version() != expectedVersion) {
            throw new ConcurrentChangeException("participant", participantId);
        }
        if (data.organizationId() != participant.organizationId()) {
            throw new FieldProblem("organizationId", "participant.organization.fixed");
        }
        ParticipantData normalized = checked(data, person.data());
        Map<String, Object> before = participant.snapshot();
        participant.apply(normalized);
        participants.flush();
        events.publishEvent(new ChangeRecorded(
                "participant",
                participantId,
                participant.organizationPath(),
                "update",
                before,
                participant.snapshot()));
    }

    @Transactional
    public void end(long personId, long participantId, LocalDate on) {
        people.changeable(personId);
        Participant participant = editable(personId, participantId);
        if (participant.endedOn() != null) {
            throw new FieldProblem("endedOn", "participant.end.already");
        }
        FieldProblem.requireNone(ParticipantRules.checkEnd(on, people.today()));
        Map<String, Object> before = participant.snapshot();
        participant.end(on);
        participants.flush();
        events.publishEvent(new ChangeRecorded(
                "participant", participantId, participant.organizationPath(), "end", before, participant.snapshot()));
    }

    private long save(Participant participant) {
        Participant saved = participants.saveAndFlush(participant);
        events.publishEvent(new ChangeRecorded(
                "participant", saved.id(), saved.organizationPath(), "create", Map.of(), saved.snapshot()));
        return saved.id();
    }

    private ParticipantData checked(ParticipantData data, PersonData person) {
        ParticipantData normalized = data.normalized();
        FieldProblem.requireNone(ParticipantRules.check(normalized, person.birthDate(), people.today()));
        return normalized;
    }

    private Participant editable(long personId, long participantId) {
        return participants
                .findById(participantId)
                .filter(p -> p.of(personId, policy.scope(Permission.EDIT_PEOPLE)))
                .orElseThrow(() -> new NotFoundException("participant", participantId));
    }
}
