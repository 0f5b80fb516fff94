package org.nastavnik.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, signs in through the form and
 * sends the CSRF token of the last page it read with every form post.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signs in, answering the second-factor step with codes of the given secret when asked. */
    public static WebSession signInWithSecondFactor(int port, String email, String totpSecret) {
        WebSession session = new WebSession(port);
        session.get("/login");
        var response = session.post("/login", Map.of("username", email, "password", DemoAccounts.PASSWORD));
        if (!response.headers().firstValue("Location").orElse("").endsWith("/login/second-factor")) {
            throw new IllegalStateException("No second-factor step for " + email);
        }
        session.get("/login/second-factor");
        var verified = session.post("/login/second-factor", Map.of("code", Totp.code(totpSecret)));
        if (!verified.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("Second factor refused for " + email);
        }
        session.get("/");
        return session;
    }

    public static WebSession signIn(int port, String email) {
        return signIn(port, email, DemoAccounts.PASSWORD);
    }

    public static WebSession signIn(int port, String email, String password) {
        WebSession session = new WebSession(port);
        session.get("/login");
        HttpResponse<String> response = session.post("/login", Map.of("username", email, "password", password));
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + email + ": " + response.statusCode());
        }
        // The token changes at sign-in; read a page so that the next post carries the new one.
        session.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        remember(response.body());
        return response;
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any method with a form body (for the access matrix), with the CSRF token. */
    public HttpResponse<String> send(String method, String path, Map<String, String> form) {
        if (method.equals("GET")) {
            return get(path);
        }
        if (method.equals("POST")) {
            return post(path, form);
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(encodeForm(fields)));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return send(request);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodeForm(fields))));
        remember(response.body());
        return response;
    }

    /** A multipart form post with one file, the CSRF token in the form, as a browser without scripts. */
    public HttpResponse<String> upload(
            String path, Map<String, String> form, String fileField, String fileName, byte[] content) {
        return upload(path, form, fileField, fileName, content, false);
    }

    /** The same post as htmx sends it: the CSRF token in a header, with {@code HX-Request}. */
    public HttpResponse<String> uploadWithHtmx(
            String path, Map<String, String> form, String fileField, String fileName, byte[] content) {
        return upload(path, form, fileField, fileName, content, true);
    }

    private HttpResponse<String> upload(
            String path, Map<String, String> form, String fileField, String fileName, byte[] content, boolean htmx) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null && !htmx) {
            fields.put("_csrf", csrf);
        }
        String boundary = "----nastavnik" + System.nanoTime();
        byte[] body = multipart(boundary, fields, fileField, fileName, content);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (htmx) {
            request.header("HX-Request", "true").header("X-XSRF-TOKEN", csrf);
        }
        HttpResponse<String> response = send(request);
        remember(response.body());
        return response;
    }

    /** A multipart API call with HTTP Basic credentials (no session), as another system uploads a file. */
    public static HttpResponse<String> apiUpload(
            int port, String path, String email, Map<String, String> form, String fileName, byte[] content) {
        String boundary = "----nastavnik" + System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (email + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, form, "file", fileName, content)))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(
            String boundary, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A JSON API call with HTTP Basic credentials (no session). */
    public static HttpResponse<String> api(int port, String method, String path, String email, String json) {
        return api(port, method, path, email, DemoAccounts.PASSWORD, json);
    }

    /** A JSON API call with HTTP Basic credentials of any account (no session). */
    public static HttpResponse<String> api(
            int port, String method, String path, String email, String password, String json) {
        return call(port, method, path, email, password, json, HttpResponse.BodyHandlers.ofString());
    }

    /** An API call answering a file (an export, a document), with the demo password. */
    public static HttpResponse<byte[]> apiBytes(int port, String method, String path, String email, String json) {
        return call(port, method, path, email, DemoAccounts.PASSWORD, json, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> call(
            int port,
            String method,
            String path,
            String email,
            String password,
            String json,
            HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (email != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), handler);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void remember(String body) {
        if (body == null) {
            return;
        }
        Matcher matcher = CSRF.matcher(body);
        if (matcher.find()) {
            csrf = matcher.group(1);
            return;
        }
        Matcher meta = CSRF_META.matcher(body);
        if (meta.find()) {
            csrf = meta.group(1);
        }
    }

    private static String encodeForm(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
