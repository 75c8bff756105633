package org.eyesandears.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eyesandears.it.Stack;

/**
 * A signed-in page session of {@link CanaryCrawlIT}, as a browser gets one but over plain HTTP:
 * open the application, follow the redirect to Keycloak's real login page, post the username and
 * password to its form, follow the redirects back. Cookies are kept per host by hand, because
 * Keycloak marks its cookies Secure even over http (which {@code java.net.CookieManager} would then
 * never send). Afterwards every GET and Faces postback reuses the application's session cookie.
 */
final class CanaryCrawlWeb {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

    /** host:port -> cookie name -> value. */
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    final String username;

    private CanaryCrawlWeb(String username) {
        this.username = username;
    }

    /** A session signed in through Keycloak's login page; null username: a session never signed in. */
    static CanaryCrawlWeb signIn(String username) throws IOException, InterruptedException {
        CanaryCrawlWeb web = new CanaryCrawlWeb(username);
        if (username == null) {
            return web;
        }
        Page login = web.follow(Stack.appUrl() + "/index.xhtml", "GET", null);
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form for " + username + " at " + login.url());
        }
        String form = "username=" + enc(username) + "&password=" + enc(username) + "&credentialId=";
        Page home = web.follow(action.group(1).replace("&amp;", "&"), "POST", form);
        if (!home.url().startsWith(Stack.appUrl()) || home.status() != 200) {
            throw new IllegalStateException(username + " did not get back to the application: " + home.status()
                    + " " + home.url());
        }
        return web;
    }

    /** A page or file as fetched: the final URL after redirects, its status, type and bytes. */
    record Page(String url, int status, String contentType, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** GET of an application path (or absolute URL), following redirects within the application only. */
    Page get(String pathOrUrl) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : Stack.appUrl() + pathOrUrl;
        return follow(url, "GET", null, false);
    }

    /**
     * A Faces postback of {@code page}'s form: the view state and PrimeFaces' CSP nonce of the page
     * as given, plus {@code fields}. {@code ajax}: a PrimeFaces partial request.
     */
    Page postback(Page page, Map<String, String> fields, boolean ajax) throws IOException, InterruptedException {
        return postback(page, fields, ajax, true);
    }

    /** As {@link #postback(Page, Map, boolean)}; {@code withNonce} false leaves PrimeFaces' CSP nonce out. */
    Page postback(Page page, Map<String, String> fields, boolean ajax, boolean withNonce)
            throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (!state.find()) {
            return null;
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        if (withNonce && nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page.url()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        HttpResponse<byte[]> response = send(request, URI.create(page.url()));
        return new Page(page.url(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private Page follow(String url, String method, String form) throws IOException, InterruptedException {
        return follow(url, method, form, true);
    }

    private Page follow(String url, String method, String form, boolean anywhere)
            throws IOException, InterruptedException {
        for (int hops = 0; hops < 10; hops++) {
            URI uri = URI.create(url);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if ("POST".equals(method)) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
            } else {
                request.GET();
            }
            HttpResponse<byte[]> response = send(request, uri);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return new Page(url, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            }
            String next = uri.resolve(location).toString();
            if (!anywhere && !next.startsWith(Stack.appUrl())) {
                // Sent to sign in (or elsewhere): what this reader gets is the redirect itself.
                return new Page(next, response.statusCode(), "", response.body());
            }
            url = next;
            method = "GET";
        }
        throw new IllegalStateException("Too many redirects from " + url);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, URI uri) throws IOException, InterruptedException {
        String host = uri.getHost() + ":" + uri.getPort();
        Map<String, String> jar = cookies.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        request.timeout(java.time.Duration.ofSeconds(60));
        HttpResponse<byte[]> response = Stack.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
        }
        return response;
    }

    /** The same-application links of a page: href and src values, entities decoded, fragments dropped. */
    static List<String> links(String html) {
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"#]+)").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (link.startsWith(Stack.appUrl())) {
                link = link.substring(Stack.appUrl().length());
            }
            if (link.startsWith("/") && !link.startsWith("//")) {
                out.add(link);
            }
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
