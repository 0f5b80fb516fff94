package org.nastavnik.access.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Russian labels for the keys and values of audit records ({@code @auditLabels} in templates):
 * the form's own label where there is one ({@code person.lastName}), a general one otherwise
 * ({@code audit.key.archived}), the key itself as the last resort.
 */
@Component("auditLabels")
class AuditLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String entity(String type) {
        return first(type, "audit.entity." + type);
    }

    public String action(String action) {
        return first(action, "audit.action." + action);
    }

    public String key(String entityType, String key) {
        return first(key, entityType + "." + key, "audit.key." + key);
    }

    public String value(String entityType, String key, Object value) {
        if (value == null) {
            return "\u2014";
        }
        if (value instanceof Boolean flag) {
            return first(flag.toString(), "audit.value." + flag);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        String text = value.toString();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text).format(DATE);
        }
        if (text.matches("[A-Z][A-Z_]+")) {
            return first(text, entityType + "." + key + "." + text, key + "." + text);
        }
        return text;
    }

    private String first(String fallback, String... codes) {
        for (String code : codes) {
            String message = messages.getMessage(code, null, null, LocaleContextHolder.getLocale());
            if (message != null) {
                return message;
            }
        }
        return fallback;
    }
}
