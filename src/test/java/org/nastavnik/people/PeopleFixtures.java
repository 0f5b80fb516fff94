package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.support.WebSession;

/** Fresh people created through the pages, with names nobody else uses. */
final class PeopleFixtures {

    private PeopleFixtures() {}

    /** A surname unique to this run: the stem and random Latin letters. */
    static String uniqueSurname(String stem) {
        StringBuilder name = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    /** A teacher of mathematics in the curator's (first editable) organization; returns the id. */
    static long teacher(WebSession curator, String lastName) {
        long organization = firstEditableOrganization(curator);
        Map<String, String> form = new LinkedHashMap<>(person(lastName));
        form.putAll(employment(organization, "2015-09-01"));
        HttpResponse<String> response = curator.post("/people/new", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return idFrom(response);
    }

    static Map<String, String> person(String lastName) {
        return Map.of(
                "lastName", lastName, "firstName", "Anna", "middleName", "", "birthDate", "1990-05-01", "version", "0");
    }

    static Map<String, String> employment(long organization, String pedagogicalSince) {
        return Map.of(
                "organizationId", String.valueOf(organization),
                "positionId", "1",
                "subjectIds", "3",
                "pedagogicalSince", pedagogicalSince,
                "organizationSince", "2018-09-01",
                "qualification", "FIRST",
                "mentorCategorySince", "",
                "methodistCategorySince", "");
    }

    static long firstEditableOrganization(WebSession session) {
        String page = session.get("/people/new").body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(page);
        assertThat(option.find()).as("an organization to choose").isTrue();
        return Long.parseLong(option.group(1));
    }

    static long idFrom(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("/people/(\\d+)$").matcher(location);
        assertThat(id.find()).as(location).isTrue();
        return Long.parseLong(id.group(1));
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
