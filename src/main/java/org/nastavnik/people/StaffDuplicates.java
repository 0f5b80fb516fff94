package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nastavnik.common.imports.ImportProblem;
import org.nastavnik.common.imports.ImportProblems;
import org.springframework.stereotype.Component;

/**
 * Finds people a staff list would add twice: rows repeating an earlier row of the file ({@link
 * InFile}), and rows matching a person already in the database, by the rules of {@link
 * PeopleService#findDuplicate} (same СНИЛС, same e-mail, or same full name and birth date). The database is asked once per rule
 * with arrays of keys, not once per row; anonymized people have none of these keys. An import asks
 * only for the rows it could not save: the unique indexes of {@code person} refuse the others.
 */
@Component
class StaffDuplicates {

    private final PersonIdentities identities;
    private final PeopleService people;

    StaffDuplicates(PersonIdentities identities, PeopleService people) {
        this.identities = identities;
        this.people = people;
    }

    /** Rows repeating an earlier row of the same file, fed chunk by chunk in the file's order. */
    static final class InFile {

        private final StaffVocabulary vocabulary;
        private final ImportProblems problems;
        private final Map<String, Integer> snils;
        private final Map<String, Integer> emails;
        private final Map<String, Integer> names;

        /** @param expectedRows the rows the file declares, to size the maps once (0 when unknown) */
        InFile(StaffVocabulary vocabulary, ImportProblems problems, int expectedRows) {
            this.vocabulary = vocabulary;
            this.problems = problems;
            int capacity = (int) (Math.min(Math.max(expectedRows, 16), StaffSheetReader.MAX_ROWS) / 0.75f) + 1;
            this.snils = new HashMap<>(capacity);
            this.emails = new HashMap<>(capacity);
            this.names = new HashMap<>(capacity);
        }

        void check(List<StaffRow> rows) {
            for (StaffRow row : rows) {
                PersonData person = row.person();
                repeated(snils, person.snils(), row, StaffColumn.SNILS, vocabulary, problems);
                repeated(emails, person.email(), row, StaffColumn.EMAIL, vocabulary, problems);
                repeated(names, nameAndBirth(row), row, StaffColumn.LAST_NAME, vocabulary, problems);
            }
        }
    }

    /**
     * Rows naming someone already saved, each in its column: with that person's «Фамилия И. О.»
     * when the caller may see them, else saying the person is in an organization out of sight (as
     * the person form does), so the curator knows whom to turn to.
     */
    void inDatabase(List<StaffRow> rows, StaffVocabulary vocabulary, ImportProblems problems) {
        Map<String, PersonIdentities.Found> snils =
                identities.find("snils", rows.stream().map(r -> r.person().snils()));
        Map<String, PersonIdentities.Found> emails =
                identities.find("email", rows.stream().map(r -> r.person().email()));
        Map<String, PersonIdentities.Found> names = existingNames(rows);
        List<Long> found = new ArrayList<>();
        Stream.of(snils, emails, names).forEach(m -> m.values().forEach(f -> found.add(f.id())));
        Map<Long, String> visible = people.visibleShortNames(found);
        for (StaffRow row : rows) {
            PersonData person = row.person();
            PersonIdentities.Found bySnils = person.snils() == null ? null : snils.get(person.snils());
            if (bySnils != null) {
                add(problems, row, StaffColumn.SNILS, person.snils(), "snils", visible.get(bySnils.id()), vocabulary);
            }
            PersonIdentities.Found byEmail = person.email() == null ? null : emails.get(person.email());
            if (byEmail != null) {
                add(problems, row, StaffColumn.EMAIL, person.email(), "email", visible.get(byEmail.id()), vocabulary);
            }
            String name = nameAndBirth(row);
            PersonIdentities.Found byName = name == null ? null : names.get(name);
            if (byName != null) {
                add(
                        problems,
                        row,
                        StaffColumn.LAST_NAME,
                        person.fullName(),
                        "lastName",
                        visible.get(byName.id()),
                        vocabulary);
            }
        }
    }

    private Map<String, PersonIdentities.Found> existingNames(List<StaffRow> rows) {
        List<String> keys = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        for (StaffRow row : rows) {
            if (nameAndBirth(row) != null) {
                keys.add(row.nameKey());
                births.add(row.person().birthDate());
            }
        }
        return identities.findByName(keys, births);
    }

    private static void repeated(
            Map<String, Integer> seen,
            String key,
            StaffRow row,
            StaffColumn column,
            StaffVocabulary vocabulary,
            ImportProblems problems) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row.row());
        if (first != null) {
            String shown = column == StaffColumn.LAST_NAME ? row.person().fullName() : key;
            problems.add(new ImportProblem(
                    row.row(), vocabulary.header(column), shown, "people.import.duplicateInFile", first));
        }
    }

    /** @param who the person's «Фамилия И. О.» when the caller may see them, else null */
    private static void add(
            ImportProblems problems,
            StaffRow row,
            StaffColumn column,
            String value,
            String rule,
            String who,
            StaffVocabulary vocabulary) {
        problems.add(
                who == null
                        ? new ImportProblem(
                                row.row(),
                                vocabulary.header(column),
                                value,
                                "people.import.duplicate." + rule + ".elsewhere")
                        : new ImportProblem(
                                row.row(), vocabulary.header(column), value, "people.import.duplicate." + rule, who));
    }

    /** Full name and birth date as one key, or null without both (the rule needs the date). */
    private static String nameAndBirth(StaffRow row) {
        PersonData person = row.person();
        if (person.birthDate() == null || person.lastName() == null || person.firstName() == null) {
            return null;
        }
        return key(row.nameKey(), person.birthDate());
    }

    private static String key(String nameKey, LocalDate birthDate) {
        return PersonIdentities.nameAndBirth(nameKey, birthDate);
    }
}
