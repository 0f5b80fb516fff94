package org.nastavnik.support;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API as one account calls it (HTTP Basic), with the answers parsed. */
public final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String email;
    private final String password;

    private Api(int port, String email, String password) {
        this.port = port;
        this.email = email;
        this.password = password;
    }

    public static Api as(int port, String email) {
        return new Api(port, email, DemoAccounts.PASSWORD);
    }

    public static Api as(int port, String email, String password) {
        return new Api(port, email, password);
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    public Response get(String path) {
        return call("GET", path, null);
    }

    public Response post(String path, Object body) {
        return call("POST", path, body);
    }

    public Response put(String path, Object body) {
        return call("PUT", path, body);
    }

    public Response delete(String path) {
        return call("DELETE", path, null);
    }

    /** Sends the body as it is when it is a string (for malformed JSON), otherwise as JSON. */
    public Response call(String method, String path, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        return new Response(WebSession.api(port, method, path, email, password, json));
    }

    /** The file an endpoint answers (an export, a document); fails unless it answers 200. */
    public byte[] bytes(String method, String path, Object body) {
        String json = body == null ? null : JSON.writeValueAsString(body);
        HttpResponse<byte[]> response = WebSession.apiBytes(port, method, path, email, json);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** An answer: status, content type and the body as JSON (missing node when empty). */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String text() {
            return raw.body();
        }

        public JsonNode json() {
            return raw.body() == null || raw.body().isBlank() ? JSON.missingNode() : JSON.readTree(raw.body());
        }

        /** The message the problem lists for a field, or null. */
        public String fieldMessage(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }
    }
}
