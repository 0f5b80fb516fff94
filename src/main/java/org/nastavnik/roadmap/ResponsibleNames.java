package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.people.StaffNames;

/**
 * Recognizes the people a responsible text names by surname and initials — «Куропаткина А.Н.»,
 * «Н.Е. Дереча», «Илюк Л. В.» — among the people of the owner unit. A name is linked only when exactly
 * one person has that surname (ё read as е, any case) and those initials; a name nobody or several
 * people have, or a surname in another case («И.Г. Ушакову») stays text. A position written out in
 * full names the one or two people who hold it ({@link #recognizePosts}); a role word («куратор»,
 * «руководитель ОО», «педагог-психолог») names the one or two people holding that position or role in
 * the owner organization ({@link #recognizeRoles}); plurals («наставники») and roles many hold stay
 * text.
 */
final class ResponsibleNames {

    private static final String SURNAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    private static final String INITIALS = "(\\p{Lu})\\.\\s*(\\p{Lu})\\.?";
    private static final Pattern SURNAME_FIRST =
            Pattern.compile(SURNAME + "\\s+" + INITIALS, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INITIALS_FIRST = Pattern.compile(
            "(\\p{Lu})\\.\\s*(\\p{Lu})\\.\\s*" + SURNAME + "(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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
    static Set<Long> recognizePosts(String text, Posts posts) {
        Set<Long> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String written = spaced(text);
        posts.fewHold.forEach((position, people) -> {
            if (position.matcher(written).find()) {
                found.addAll(people);
            }
        });
        return found;
    }

    /**
     * The posts under the owner unit, prepared once for all the lines of a save (a roadmap may have
     * 2,000): each position few hold with its pattern compiled, and the holders of each role word's
     * position — neither depends on the line.
     */
    static final class Posts {

        private final Map<Pattern, List<Long>> fewHold = new LinkedHashMap<>();
        private final Map<String, List<Long>> byRoleWord = new HashMap<>();

        private Posts(List<StaffNames.Post> posts) {
            Map<String, List<Long>> holders = new LinkedHashMap<>();
            for (StaffNames.Post post : posts) {
                if (post.position() != null && !post.position().isBlank()) {
                    holders.computeIfAbsent(spaced(post.position()), k -> new ArrayList<>())
                            .add(post.personId());
                }
            }
            holders.forEach((position, people) -> {
                if (people.size() <= MAX_HOLDERS) {
                    fewHold.put(
                            Pattern.compile(
                                    "(?<![\\p{L}-])" + Pattern.quote(position) + "(?![\\p{L}-])",
                                    Pattern.UNICODE_CHARACTER_CLASS),
                            List.copyOf(people));
                }
            });
            for (RoleWord word : ROLE_WORDS) {
                if (word.position() != null) {
                    Set<Long> holding = new LinkedHashSet<>();
                    holders.forEach((position, people) -> {
                        if (word.position().matcher(position).find()) {
                            holding.addAll(people);
                        }
                    });
                    byRoleWord.put(word.name(), List.copyOf(holding));
                }
            }
        }

        static Posts of(List<StaffNames.Post> posts) {
            return new Posts(posts);
        }

        List<Long> holding(RoleWord word) {
            return byRoleWord.getOrDefault(word.name(), List.of());
        }
    }

    /** A role word: its words in the text, the positions that hold it and the access role, each optional. */
    record RoleWord(String name, Pattern text, Pattern position, String role, int most) {}

    /** The role words of {@code roadmap/responsible-words.properties}, in order. */
    static final List<RoleWord> ROLE_WORDS = roleWords();

    /** Who holds a role in the owner organization, by the access role's name. */
    interface RoleHolders {
        List<Long> holding(String role);
    }

    /**
     * The people a text names by a role word: for each word written, the holders of its position
     * under the owner unit, or when nobody holds that, the holders of its role at the owner
     * organization — only when one or two people do ({@value #MAX_HOLDERS}, or the word's own {@code
     * .most}: one for the director), never a guess among many.
     */
    static Set<Long> recognizeRoles(String text, Posts posts, RoleHolders roles) {
        Set<Long> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String written = spaced(text);
        for (RoleWord word : ROLE_WORDS) {
            if (!word.text().matcher(written).find()) {
                continue;
            }
            List<Long> holders = posts.holding(word);
            if (holders.isEmpty() && word.role() != null) {
                holders = roles.holding(word.role()).stream().distinct().toList();
            }
            if (!holders.isEmpty() && holders.size() <= word.most()) {
                found.addAll(holders);
            }
        }
        return found;
    }

    private static List<RoleWord> roleWords() {
        java.util.Properties words = RoadmapWords.load("responsible-words");
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        List<RoleWord> roles = new ArrayList<>();
        for (String name : words.getProperty("meanings").split(",")) {
            String position = words.getProperty(name + ".position");
            roles.add(new RoleWord(
                    name,
                    Pattern.compile(words.getProperty(name + ".text"), flags),
                    position == null ? null : Pattern.compile(position, flags),
                    words.getProperty(name + ".role"),
                    Integer.parseInt(words.getProperty(name + ".most", String.valueOf(MAX_HOLDERS)))));
        }
        return List.copyOf(roles);
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

    /** The text as positions are compared: {@link #key}, runs of white space as one space. */
    private static String spaced(String text) {
        return WHITE_SPACE.matcher(key(text)).replaceAll(" ");
    }
}
