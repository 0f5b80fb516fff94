package org.nastavnik.common.web;

import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Russian plural forms in templates: {@code ${@plural.of(5, 'people.years')}} reads the message
 * {@code people.years.many} with the count as its argument.
 */
@Component("plural")
public class Plural {

    private final MessageSource messages;

    public Plural(MessageSource messages) {
        this.messages = messages;
    }

    public String of(long count, String code) {
        return messages.getMessage(
                code + "." + RussianText.pluralForm(count), new Object[] {count}, LocaleContextHolder.getLocale());
    }
}
