package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theChainIsWholeAfterChangesAndAFalsifiedRecordBreaksIt() {
        transaction.executeWithoutResult(status -> audit.record(
                new ChangeRecorded("test", 1, "/1/", "update", Map.of("name", "before"), Map.of("name", "after"))));
        assertThat(audit.verify()).isEmpty();

        long last = jdbc.sql("select max(id) from audit_log").query(Long.class).single();
        String actor = jdbc.sql("select actor from audit_log where id = ?")
                .param(last)
                .query(String.class)
                .single();
        jdbc.sql("update audit_log set actor = 'intruder' where id = ?")
                .param(last)
                .update();
        assertThat(jdbc.sql("select actor from audit_log where id = ?")
                        .param(last)
                        .query(String.class)
                        .single())
                .as("the database refuses updates")
                .isEqualTo(actor);

        transaction.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable rule audit_log_no_update").update();
            jdbc.sql("update audit_log set actor = 'intruder' where id = ?")
                    .param(last)
                    .update();
            jdbc.sql("alter table audit_log enable rule audit_log_no_update").update();
        });
        try {
            assertThat(audit.verify()).contains(last);
        } finally {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("alter table audit_log disable rule audit_log_no_update")
                        .update();
                jdbc.sql("update audit_log set actor = ? where id = ?")
                        .params(actor, last)
                        .update();
                jdbc.sql("alter table audit_log enable rule audit_log_no_update")
                        .update();
            });
        }
        assertThat(audit.verify()).isEmpty();
    }
}
