package org.eyesandears.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Calls the application's REST API as one demo user, with a real bearer token. */
public final class ApiClient {

    private final String token;

    private ApiClient(String token) {
        this.token = token;
    }

    public static ApiClient as(String username) throws IOException, InterruptedException {
        return new ApiClient(Stack.token(username));
    }

    /** A client that sends the given Authorization header value as is (or none, when null). */
    public static ApiClient withRawToken(String token) {
        return new ApiClient(token);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** GET of a file (an attachment, a PDF, a calendar), accepting whatever type it is. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return download(path, "*/*");
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET of a text resource in another format than JSON, such as a CSV export. */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** GET of bytes of the given media type, such as a PDF. */
    public HttpResponse<byte[]> download(String path, String accept) throws IOException, InterruptedException {
        return Stack.HTTP.send(request(path).setHeader("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST with an Idempotency-Key header. */
    public HttpResponse<String> post(String path, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST of a body of any type, such as a CSV file; {@code headers} are name, value pairs. */
    public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder)
            throws IOException, InterruptedException {
        return Stack.HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject object(HttpResponse<String> response) {
        return Stack.json(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
