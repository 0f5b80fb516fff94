package org.nastavnik.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates of generated orders, one per {@link OrderType}: the built-in Russian text of the
 * messages until an administrator changes it. A template may name only its type's placeholders
 * ({@link OrderType#placeholders()}); an unknown one, or a lone brace, is refused beside its field.
 * Anyone generating an order may {@link #fill} a template; only administrators read and change them.
 */
@Service
@Transactional(readOnly = true)
public class OrderTemplates {

    public static final int TITLE_MAX = 500;
    public static final int PREAMBLE_MAX = 4_000;
    public static final int CLAUSES_MAX = 8_000;
    public static final int SIGNER_MAX = 200;
    /** What a blank value is printed as: a line to write it in by hand. */
    public static final String BLANK = "__________";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("^\\d{1,3}\\s*[.)]\\s*");

    /** A placeholder with its Russian label for the edit page. */
    public record Placeholder(String name, String label) {}

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OrderTemplates(JdbcClient jdbc, AccessPolicy policy, MessageSource messages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.messages = messages;
        this.events = events;
    }

    /** Whether the caller administers the system (and so edits templates). */
    public boolean mayEdit() {
        return policy.scope(Permission.EDIT_CATALOGS).everything();
    }

    /** Every type's template; administrators only. */
    public List<TemplateView> list() {
        requireAdministrator();
        return Arrays.stream(OrderType.values()).map(this::current).toList();
    }

    /** The type's template as it is now; administrators only. */
    public TemplateView get(OrderType type) {
        requireAdministrator();
        return current(type);
    }

    /** The type's placeholders with their labels. */
    public List<Placeholder> placeholders(OrderType type) {
        return type.placeholders().stream()
                .map(name -> new Placeholder(name, text("document.placeholder." + name)))
                .toList();
    }

    /**
     * Changes the template: every field checked at once (required, length, placeholders of the
     * type only), clauses one per line with typed numbers («1.», «2)») dropped, as the document
     * numbers them. A version other than the current one is a {@link ConcurrentChangeException}.
     */
    @Transactional
    public TemplateView save(OrderType type, TemplateEdit edit) {
        requireAdministrator();
        String title = RussianText.trimToNull(edit.title());
        String preamble = String.join("\n", paragraphs(edit.preamble(), false));
        String clauses = String.join("\n", paragraphs(edit.clauses(), true));
        String signer = RussianText.trimToNull(edit.signerPosition());
        List<Violation> problems = new ArrayList<>();
        required(problems, "title", title, TITLE_MAX);
        if (preamble.length() > PREAMBLE_MAX) {
            problems.add(new Violation("preamble", "document.template.tooLong", PREAMBLE_MAX));
        }
        if (clauses.isEmpty()) {
            problems.add(new Violation("clauses", "document.template.clauses.required"));
        } else if (clauses.length() > CLAUSES_MAX) {
            problems.add(new Violation("clauses", "document.template.tooLong", CLAUSES_MAX));
        }
        required(problems, "signerPosition", signer, SIGNER_MAX);
        placeholderProblems(type, "title", title, problems);
        placeholderProblems(type, "preamble", preamble, problems);
        placeholderProblems(type, "clauses", clauses, problems);
        placeholderProblems(type, "signerPosition", signer, problems);
        if (edit.version() == null) {
            problems.add(new Violation("version", "document.template.version.required"));
        }
        FieldProblem.requireNone(problems);
        TemplateView before = current(type);
        int changed;
        if (before.builtIn()) {
            changed = edit.version() != 0
                    ? 0
                    : jdbc.sql(
                                    "insert into document_template (type, title, preamble, clauses, signer_position,"
                                            + " version, updated_by) values (?, ?, ?, ?, ?, 1, ?) on conflict (type) do nothing")
                            .params(type.name(), title, preamble, clauses, signer, policy.actor())
                            .update();
        } else {
            changed = jdbc.sql("update document_template set title = ?, preamble = ?, clauses = ?,"
                            + " signer_position = ?, version = version + 1, updated_by = ?, updated_at = now()"
                            + " where type = ? and version = ?")
                    .params(title, preamble, clauses, signer, policy.actor(), type.name(), edit.version())
                    .update();
        }
        if (changed == 0) {
            throw new ConcurrentChangeException("order template", type);
        }
        TemplateView after = current(type);
        events.publishEvent(
                new ChangeRecorded("orderTemplate", type.ordinal(), null, "update", values(before), values(after)));
        return after;
    }

    /** Returns the template to its built-in text; the version must be the current one. */
    @Transactional
    public TemplateView reset(OrderType type, Long version) {
        requireAdministrator();
        TemplateView before = current(type);
        if (before.builtIn()) {
            return before;
        }
        int deleted = jdbc.sql("delete from document_template where type = ? and version = ?")
                .params(type.name(), version == null ? -1 : version)
                .update();
        if (deleted == 0) {
            throw new ConcurrentChangeException("order template", type);
        }
        TemplateView after = current(type);
        events.publishEvent(
                new ChangeRecorded("orderTemplate", type.ordinal(), null, "reset", values(before), values(after)));
        return after;
    }

    /**
     * The type's template with the values put in for its placeholders. A placeholder without a
     * value (or a blank one) is printed as {@link #BLANK}, to be written in by hand; a value for a
     * name the type does not have is a programming error.
     */
    public FilledOrder fill(OrderType type, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (!type.placeholders().contains(name)) {
                throw new IllegalArgumentException("No placeholder {" + name + "} in orders of type " + type);
            }
        }
        TemplateView template = current(type);
        return new FilledOrder(
                fill(template.title(), values),
                paragraphs(template.preamble(), false).stream()
                        .map(p -> fill(p, values))
                        .toList(),
                paragraphs(template.clauses(), true).stream()
                        .map(c -> fill(c, values))
                        .toList(),
                fill(template.signerPosition(), values));
    }

    /**
     * An order of the type filled with the example values of the messages, as the edit page offers
     * it for download (with an example list of pairs for {@link OrderType#PAIRS_FIXING}).
     */
    public OrderContent sample(OrderType type) {
        requireAdministrator();
        Map<String, String> examples = new LinkedHashMap<>();
        type.placeholders().forEach(name -> examples.put(name, text("document.example." + name)));
        FilledOrder filled = fill(type, examples);
        OrderContent.Annex annex = null;
        if (type == OrderType.PAIRS_FIXING) {
            annex = new OrderContent.Annex(
                    text("document.example.annex.title"),
                    List.of(text("document.example.annex.headers").split("\\|")),
                    List.of(
                            List.of(text("document.example.annex.row1").split("\\|")),
                            List.of(text("document.example.annex.row2").split("\\|"))));
        }
        return new OrderContent(
                text("document.example.authority"),
                examples.get("organization"),
                text("document.example.place"),
                examples.get("number"),
                LocalDate.parse(examples.get("date"), OrderWords.DATE),
                filled.title(),
                filled.preamble(),
                filled.clauses(),
                annex,
                filled.signerPosition(),
                examples.get("head"),
                List.of());
    }

    /** The problems of the placeholders in one field's text: unknown names and lone braces. */
    static void placeholderProblems(OrderType type, String field, String text, List<Violation> problems) {
        if (text == null) {
            return;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!type.placeholders().contains(name)) {
                problems.add(new Violation(
                        field,
                        "document.template.placeholder.unknown",
                        name,
                        type.placeholders().stream()
                                .map(p -> "{" + p + "}")
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")));
                return;
            }
        }
        String rest = matcher.reset().replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            problems.add(new Violation(field, "document.template.placeholder.brace"));
        }
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = RussianText.trimToNull(values.get(matcher.group(1)));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? BLANK : value));
        }
        return matcher.appendTail(filled).toString();
    }

    /** Non-blank lines, stripped; for clauses without the numbers typed in front of them. */
    private static List<String> paragraphs(String text, boolean clauses) {
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .map(String::strip)
                .map(line -> clauses ? CLAUSE_NUMBER.matcher(line).replaceFirst("") : line)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static void required(List<Violation> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new Violation(field, "document.template.required"));
        } else if (value.length() > max) {
            problems.add(new Violation(field, "document.template.tooLong", max));
        }
    }

    private TemplateView current(OrderType type) {
        Optional<TemplateView> stored = jdbc.sql("select title, preamble, clauses, signer_position, version,"
                        + " updated_by, updated_at from document_template where type = ?")
                .param(type.name())
                .query((rs, n) -> new TemplateView(
                        type,
                        rs.getString("title"),
                        rs.getString("preamble"),
                        rs.getString("clauses"),
                        rs.getString("signer_position"),
                        false,
                        rs.getLong("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
        return stored.orElseGet(() -> builtIn(type));
    }

    private TemplateView builtIn(OrderType type) {
        String prefix = "document.template." + type.name();
        return new TemplateView(
                type,
                text(prefix + ".title"),
                text(prefix + ".preamble"),
                text(prefix + ".clauses"),
                text(prefix + ".signer"),
                true,
                0,
                null,
                (Instant) null);
    }

    private static Map<String, Object> values(TemplateView template) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", template.title());
        values.put("preamble", template.preamble());
        values.put("clauses", template.clauses());
        values.put("signerPosition", template.signerPosition());
        return values;
    }

    private void requireAdministrator() {
        if (!mayEdit()) {
            throw new ForbiddenException("edit order templates");
        }
    }

    /** The message as written: placeholders in braces are not MessageFormat arguments here. */
    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
