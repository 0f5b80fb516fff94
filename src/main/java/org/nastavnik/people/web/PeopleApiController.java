package org.nastavnik.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.nastavnik.common.Violation;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.common.web.ApiProblems;
import org.nastavnik.people.DuplicatePersonException;
import org.nastavnik.people.PeopleQuery;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonRow;
import org.nastavnik.people.PersonRules;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People in the JSON API: the same service, scope and rules as the pages. Bean validation and
 * {@link PersonRules} answer 400 with every field's message; a duplicate answers 409 with the
 * existing person's id when the caller may see that person.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "Persons and their first employment")
class PeopleApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final PeopleService people;
    private final ApiProblems problems;

    PeopleApiController(PeopleService people, ApiProblems problems) {
        this.people = people;
        this.problems = problems;
    }

    @GetMapping
    @Operation(
            summary = "Search within the caller's scope",
            description = "q: words of the name in any order; category: HIGHEST, FIRST, MENTOR or METHODIST;"
                    + " sort: NAME, NAME_DESC or EXPERIENCE; page from 0, size up to 100")
    PagedModel<PersonRow> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Long positionId,
            @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "NAME") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        PeopleQuery query = new PeopleQuery(
                q,
                organizationId,
                positionId,
                subjectId,
                category == null || category.isBlank() ? null : category,
                sort);
        PageRequest request = PageRequest.of(Math.max(0, page), Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
        return new PagedModel<>(people.search(query, request));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The person card; 404 when outside the caller's scope")
    PersonCard card(@PathVariable long id) {
        return people.card(id);
    }

    @PostMapping
    @Operation(summary = "Creates a person with the first employment (organizationId and positionId required)")
    ResponseEntity<PersonCard> create(
            @Validated({Default.class, PersonForm.WithEmployment.class}) @RequestBody PersonForm form,
            BindingResult errors)
            throws BindException {
        checkRules(form, errors, true);
        long id = people.create(form.person(), form.employment());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(people.card(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes identity and contacts; the version is required (409 when stale)")
    PersonCard update(
            @PathVariable long id,
            @Validated({Default.class, OnUpdate.class}) @RequestBody PersonForm form,
            BindingResult errors)
            throws BindException {
        checkRules(form, errors, false);
        people.update(id, form.version(), form.person());
        return people.card(id);
    }

    @ExceptionHandler(DuplicatePersonException.class)
    ProblemDetail duplicate(DuplicatePersonException duplicate) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "people.duplicateFound");
        problem.setProperty(
                "errors", List.of(problems.fieldError(duplicate.field(), "person.duplicate." + duplicate.field())));
        if (duplicate.visible()) {
            problem.setProperty("existingId", duplicate.existingId());
        }
        return problem;
    }

    /** The rules that span fields, checked once every field is valid on its own. */
    private void checkRules(PersonForm form, BindingResult errors, boolean withEmployment) throws BindException {
        if (!errors.hasErrors()) {
            for (Violation v :
                    PersonRules.check(form.person(), withEmployment ? form.employment() : null, people.today())) {
                errors.rejectValue(v.field(), v.code());
            }
        }
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }
}
