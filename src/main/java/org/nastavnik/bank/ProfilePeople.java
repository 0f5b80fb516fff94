package org.nastavnik.bank;

import java.util.List;
import java.util.Objects;
import org.nastavnik.common.Experience;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.people.EmploymentView;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.stereotype.Component;

/**
 * The person behind a profile as the people module knows them: visible to the caller, working or
 * learning in the profile's organization, with the facts of their employment there.
 */
@Component
public class ProfilePeople {

    private final PeopleService people;
    private final AccessPolicy policy;
    private final StructureService structure;

    ProfilePeople(PeopleService people, AccessPolicy policy, StructureService structure) {
        this.people = people;
        this.policy = policy;
        this.structure = structure;
    }

    /** The person's card; 404 outside the caller's scope. */
    PersonCard card(long personId) {
        return people.card(personId);
    }

    /** The organizations where the person works or learns now and the caller may keep the banks. */
    public List<UnitView> editableOrganizations(PersonCard person) {
        List<Long> ids = java.util.stream.Stream.concat(
                        person.employments().stream()
                                .filter(EmploymentView::mayEdit)
                                .map(EmploymentView::organizationId),
                        person.participants().stream().filter(p -> p.mayEdit()).map(p -> p.data()
                                .organizationId()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return structure.byIds(ids).values().stream().filter(u -> !u.archived()).toList();
    }

    /**
     * The organization a new profile's form starts with: the one asked for when the caller may keep
     * its banks, else the first; 403 when the caller keeps none of the person's organizations.
     */
    public UnitView newProfileOrganization(PersonCard person, Long organizationId) {
        List<UnitView> organizations = editableOrganizations(person);
        if (organizations.isEmpty()) {
            throw new ForbiddenException("add a profile");
        }
        return organizations.stream()
                .filter(u -> organizationId != null && u.id() == organizationId)
                .findFirst()
                .orElse(organizations.get(0));
    }

    /**
     * The organization a new profile is for: one where the person works or learns now and the
     * caller may keep the banks.
     */
    UnitView organizationFor(PersonCard person, Long organizationId) {
        if (person.anonymizedOn() != null) {
            throw new ForbiddenException("profile of an anonymized person");
        }
        if (organizationId == null) {
            throw new FieldProblem("organizationId", "bank.organization.required");
        }
        return editableOrganizations(person).stream()
                .filter(u -> u.id() == organizationId)
                .findFirst()
                .orElseThrow(() -> new FieldProblem("organizationId", "bank.organization.notCurrent"));
    }

    /** Whether the caller may change profiles of the organization with this path. */
    boolean mayEdit(String organizationPath) {
        return policy.scope(Permission.EDIT_PEOPLE).covers(organizationPath);
    }

    /** Whether the caller sees a profile: within their scope, or their own. */
    boolean readable(long personId, String organizationPath) {
        Scope scope = policy.scope(Permission.READ);
        return scope.covers(organizationPath) || Long.valueOf(personId).equals(policy.personId());
    }

    /** The signed-in person. */
    Long self() {
        return policy.personId();
    }

    public ProfileFacts facts(PersonCard person, long organizationId) {
        return person.employments().stream()
                .filter(e -> e.active() && e.organizationId() == organizationId)
                .findFirst()
                .map(this::facts)
                .orElse(ProfileFacts.NONE);
    }

    private ProfileFacts facts(EmploymentView employment) {
        var data = employment.data();
        // without the date the experience is unknown, not zero (zero would make a young specialist)
        Experience total = data.pedagogicalSince() == null ? null : employment.pedagogicalExperience();
        return new ProfileFacts(
                employment.position(),
                data.qualification() == null ? null : data.qualification().name(),
                total,
                data.mentorCategorySince() != null,
                data.methodistCategorySince() != null);
    }
}
