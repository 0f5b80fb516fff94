package org.nastavnik.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Named test data: people and lookups that every integration test needs. */
public final class Fixtures {

    /** Position "teacher" of the reference list. */
    public static final long TEACHER = 1;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {}

    /** A surname nobody else has in this run (letters only, as names must be). */
    /** «Фамилия И. О.» of the person a demo account belongs to, as pages show who did something. */
    public static String shortName(org.springframework.jdbc.core.simple.JdbcClient jdbc, String email) {
        return jdbc.sql("select p.last_name, p.first_name, p.middle_name from account a join person p"
                        + " on p.id = a.person_id where a.username = ?")
                .param(email)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2).charAt(0) + "."
                        + (rs.getString(3) == null || rs.getString(3).isEmpty()
                                ? ""
                                : " " + rs.getString(3).charAt(0) + "."))
                .single();
    }

    public static String uniqueLastName(String stem) {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder suffix = new StringBuilder();
        long value = System.nanoTime() % 100_000_000L + n * 7919L;
        do {
            suffix.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        return stem + suffix;
    }

    /** The JSON body of a young teacher hired this year by the organization. */
    public static Map<String, Object> youngTeacher(long organizationId, String lastName) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("lastName", lastName);
        person.put("firstName", "Anna");
        person.put("middleName", "Petrovna");
        person.put("birthDate", "2001-03-15");
        person.put("email", lastName.toLowerCase() + "@school.test");
        person.put("organizationId", organizationId);
        person.put("positionId", TEACHER);
        person.put("pedagogicalSince", "2024-09-01");
        person.put("organizationSince", "2024-09-01");
        return person;
    }

    /** The organization of a head's or curator's role: the only one they see. */
    public static long ownOrganization(int port, String email) {
        for (JsonNode unit : Api.as(port, email).get("/api/v1/units").json()) {
            if ("ORGANIZATION".equals(unit.path("level").asString())) {
                return unit.path("id").asLong();
            }
        }
        throw new IllegalStateException(email + " sees no organization");
    }
}
