package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.people.StaffNames;

/**
 * Recognizes the people a responsible text names by surname and initials — «Куропаткина А.Н.»,
 * «Н.Е. Дереча», «Илюк Л. В.» — among the people of the owner unit. A name is linked only when exactly
 * one person has that surname (ё read as е, any case) and those initials; a name nobody or several
 * people have, a surname in another case («И.Г. Ушакову») or a role («куратор») stays text. A
 * position written out in full names the one or two people who hold it ({@link #recognizePosts}).
 */
final class ResponsibleNames {

    private static final String SURNAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    private static final String INITIALS = "(\\p{Lu})\\.\\s*(\\p{Lu})\\.?";
    private static final Pattern SURNAME_FIRST =
            Pattern.compile(SURNAME + "\\s+" + INITIALS, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INITIALS_FIRST = Pattern.compile(
            "(\\p{Lu})\\.\\s*(\\p{Lu})\\.\\s*" + SURNAME + "(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS);

    private ResponsibleNames() {}

    /** A name as written: the surname and the two initials. */
    record Written(String surname, String first, String middle) {}

    /** The names written in the text, in order. */
    static List<Written> written(String text) {
        List<Written> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Matcher m = SURNAME_FIRST.matcher(text);
        while (m.find()) {
            names.add(new Written(m.group(1), m.group(2), m.group(3)));
        }
        m = INITIALS_FIRST.matcher(text);
        while (m.find()) {
            names.add(new Written(m.group(3), m.group(1), m.group(2)));
        }
        return names;
    }

    /** The people the text names unambiguously, in the order written. */
    static Set<Long> recognize(String text, List<StaffNames.Named> people) {
        Set<Long> found = new LinkedHashSet<>();
        for (Written name : written(text)) {
            List<StaffNames.Named> matches = people.stream()
                    .filter(p -> same(p.lastName(), name.surname())
                            && initial(p.firstName(), name.first())
                            && initial(p.middleName(), name.middle()))
                    .toList();
            if (matches.size() == 1) {
                found.add(matches.get(0).personId());
            }
        }
        return found;
    }

    /** A position that names a role only when so few people hold it under the owner unit. */
    static final int MAX_HOLDERS = 2;

    /**
     * The people the text names by their position written out in full as whole words — «Директор»,
     * «Заместитель директора по УВР», «Педагог-психолог» — when at most {@value #MAX_HOLDERS} people
     * hold it under the owner unit; a position many hold («учитель») names nobody in particular.
     */
    static Set<Long> recognizePosts(String text, List<StaffNames.Post> posts) {
        Set<Long> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String written = key(text).replaceAll("\\s+", " ");
        java.util.Map<String, List<Long>> holders = new java.util.LinkedHashMap<>();
        posts.forEach(p -> holders.computeIfAbsent(key(p.position()).replaceAll("\\s+", " "), k -> new ArrayList<>())
                .add(p.personId()));
        holders.forEach((position, people) -> {
            if (people.size() <= MAX_HOLDERS
                    && !position.isBlank()
                    && Pattern.compile(
                                    "(?<![\\p{L}-])" + Pattern.quote(position) + "(?![\\p{L}-])",
                                    Pattern.UNICODE_CHARACTER_CLASS)
                            .matcher(written)
                            .find()) {
                found.addAll(people);
            }
        });
        return found;
    }

    private static boolean same(String stored, String written) {
        return stored != null && key(stored).equals(key(written));
    }

    private static boolean initial(String name, String letter) {
        return name != null && !name.isEmpty() && key(name.substring(0, 1)).equals(key(letter));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('\u0451', '\u0435');
    }
}
