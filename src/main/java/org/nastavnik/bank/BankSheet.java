package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.RowCells;
import org.nastavnik.common.imports.Sheets;
import org.nastavnik.people.PersonIdentities;

/**
 * Reads the first sheet of a bank import into rows: who each row is about and the profile it
 * gives. Every cell that cannot be read adds a problem in its column; the rules of a profile are
 * checked later, when the organization and the stored profile are known.
 */
final class BankSheet {

    static final int MAX_ROWS = 50_000;
    static final int DEFAULT_DEFICIT_LEVEL = 2;

    /** A deficit with its level after it: «Название (3)», «Название — 3», «Название: 3». */
    private static final Pattern LEVELLED =
            Pattern.compile("^(.+?)\\s*(?:\\(([1-3])\\)|[:\\u2013\\u2014-]\\s*([1-3]))$");

    /** One data row as read; {@code mentor} or {@code mentee} is set, as the bank is. */
    record Line(int row, String organization, PersonIdentities.Key person, MentorData mentor, MenteeData mentee) {}

    private final Bank bank;
    private final BankVocabulary words;
    private final ImportProblems problems;

    BankSheet(Bank bank, BankVocabulary words, ImportProblems problems) {
        this.bank = bank;
        this.words = words;
        this.problems = problems;
    }

    List<Line> read(byte[] content) {
        Set<BankColumn> columns = BankColumn.of(bank);
        Map<BankColumn, String> headers = new EnumMap<>(BankColumn.class);
        columns.forEach(c -> headers.put(c, words.header(c)));
        Set<BankColumn> dates = EnumSet.copyOf(columns);
        dates.removeIf(c -> !c.isDate());
        List<Line> lines = new ArrayList<>();
        Sheets.read(
                content,
                BankColumn.class,
                headers,
                BankColumn.required(bank),
                dates,
                MAX_ROWS,
                "import.file.noRows",
                problems,
                (row, cells) -> lines.add(line(new RowCells<>(row, cells, words::header, problems))));
        return lines;
    }

    private Line line(RowCells<BankColumn> in) {
        PersonIdentities.Key person = new PersonIdentities.Key(
                in.name(BankColumn.LAST_NAME, true),
                in.name(BankColumn.FIRST_NAME, true),
                in.name(BankColumn.MIDDLE_NAME, false),
                in.date(BankColumn.BIRTH_DATE),
                in.snils(BankColumn.SNILS),
                in.email(BankColumn.EMAIL));
        String organization = in.text(BankColumn.ORGANIZATION);
        LocalDate consentOn = in.date(BankColumn.CONSENT_ON);
        String consentDocument = in.text(BankColumn.CONSENT_DOCUMENT);
        ProfileStatus status = in.text(BankColumn.STATUS) == null
                ? ProfileStatus.ACTIVE
                : word(in, BankColumn.STATUS, ProfileStatus.class, "bank.status");
        if (bank == Bank.MENTORS) {
            Set<MentoringFormat> formats = new LinkedHashSet<>();
            for (String item : in.items(BankColumn.FORMATS, true)) {
                MentoringFormat format = words.value(MentoringFormat.class, "bank.format", item);
                if (format == null) {
                    in.problem(BankColumn.FORMATS, "bank.import.word.unknown", item);
                } else {
                    formats.add(format);
                }
            }
            String network = in.text(BankColumn.NETWORK);
            Boolean networkAvailable = network == null ? Boolean.FALSE : words.answer(network);
            if (networkAvailable == null) {
                in.problem(BankColumn.NETWORK, "bank.import.answer");
            }
            MentorData mentor = new MentorData(
                    references(in, BankColumn.COMPETENCIES, words::competency),
                    in.text(BankColumn.COMPETENCY_NOTE),
                    references(in, BankColumn.SUBJECTS, words::subject),
                    in.integer(BankColumn.CAPACITY, 0, BankRules.CAPACITY_MAX),
                    Boolean.TRUE.equals(networkAvailable),
                    formats.isEmpty() && in.text(BankColumn.FORMATS) == null
                            ? Set.of(MentoringFormat.IN_PERSON)
                            : formats,
                    consentOn,
                    consentDocument,
                    status);
            return new Line(in.row(), organization, person, mentor, null);
        }
        String category = in.text(BankColumn.CATEGORY);
        String format = in.text(BankColumn.PREFERRED_FORMAT);
        MenteeData mentee = new MenteeData(
                category == null
                        ? in.reject(BankColumn.CATEGORY, "bank.category.required")
                        : word(in, BankColumn.CATEGORY, MenteeCategory.class, "bank.category"),
                in.text(BankColumn.REQUEST),
                format == null ? null : word(in, BankColumn.PREFERRED_FORMAT, MentoringFormat.class, "bank.format"),
                consentOn,
                consentDocument,
                status,
                deficits(in));
        return new Line(in.row(), organization, person, null, mentee);
    }

    private <E extends Enum<E>> E word(RowCells<BankColumn> in, BankColumn column, Class<E> type, String prefix) {
        E value = words.value(type, prefix, in.text(column));
        return value != null ? value : in.reject(column, "bank.import.word.unknown", in.text(column));
    }

    /**
     * The ids of the names listed in the cell. Names may contain commas, so an item is split at
     * commas only when it is not a name as a whole.
     */
    private static List<Long> references(RowCells<BankColumn> in, BankColumn column, Function<String, Long> ids) {
        Set<Long> found = new LinkedHashSet<>();
        for (String item : in.items(column, false)) {
            Long id = ids.apply(item);
            if (id != null) {
                found.add(id);
                continue;
            }
            for (String part : item.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Long partId = ids.apply(part);
                if (partId == null) {
                    in.problem(column, "bank.import.reference.unknown", part.strip());
                } else {
                    found.add(partId);
                }
            }
        }
        return List.copyOf(found);
    }

    private List<DeficitMark> deficits(RowCells<BankColumn> in) {
        String sourceText = in.text(BankColumn.DEFICIT_SOURCE);
        DeficitSource source = sourceText == null
                ? DeficitSource.DIAGNOSTICS
                : word(in, BankColumn.DEFICIT_SOURCE, DeficitSource.class, "bank.source");
        List<DeficitMark> marks = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (String item : in.items(BankColumn.DEFICITS, false)) {
            int level = DEFAULT_DEFICIT_LEVEL;
            String name = item;
            Matcher levelled = LEVELLED.matcher(item);
            if (words.deficit(item) == null && levelled.matches()) {
                name = levelled.group(1);
                level = Integer.parseInt(levelled.group(2) != null ? levelled.group(2) : levelled.group(3));
            }
            Long id = words.deficit(name);
            if (id == null) {
                in.problem(BankColumn.DEFICITS, "bank.import.reference.unknown", name);
            } else if (seen.add(id) && source != null) {
                marks.add(new DeficitMark(id, source, level));
            }
        }
        return marks;
    }
}
