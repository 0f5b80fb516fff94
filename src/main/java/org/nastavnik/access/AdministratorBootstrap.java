package org.nastavnik.access;

import org.nastavnik.common.RussianText;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In server mode the first administrator comes from {@code NASTAVNIK_ADMIN_EMAIL} and
 * {@code NASTAVNIK_ADMIN_PASSWORD}, created once when no administrator exists yet.
 */
@Component
@Order(10)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final AccessService access;
    private final PeopleService people;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final String email;
    private final String password;

    AdministratorBootstrap(
            AccessService access,
            PeopleService people,
            MessageSource messages,
            TransactionTemplate transaction,
            @Value("${nastavnik.admin.email:}") String email,
            @Value("${nastavnik.admin.password:}") String password) {
        this.access = access;
        this.people = people;
        this.messages = messages;
        this.transaction = transaction;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            if (!access.administratorExists()) {
                log.warn("No administrator yet: set NASTAVNIK_ADMIN_EMAIL and NASTAVNIK_ADMIN_PASSWORD to create one");
            }
            return;
        }
        CurrentPolicy.asSystem(() -> transaction.executeWithoutResult(status -> {
            if (access.administratorExists()) {
                return;
            }
            long personId = people.createUnattached(new PersonData(
                    messages.getMessage("access.admin.lastName", null, RussianText.RU),
                    messages.getMessage("access.admin.firstName", null, RussianText.RU),
                    null,
                    null,
                    email.strip().toLowerCase(RussianText.RU),
                    null,
                    null));
            access.createAccount(personId, email, password);
            access.grant(personId, Role.ADMIN, null);
            log.info("Created the administrator {}", email);
        }));
    }
}
