package org.eyesandears.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * The dev realm that {@code ./run.sh} and the tests import, made from the production realm
 * ({@code realm/eyesandears-realm.json}) and the few things development changes
 * ({@code realm/dev-realm-changes.json}): the dev client secret, localhost addresses, the public
 * {@code eyesandears-cli} client with password grants, no one-time code and no password policy.
 * Everything else (roles, agency groups, token lifetimes, mappers) has one source, the production
 * file. See ADR 0019.
 *
 * <p>How the changes apply: objects are merged key by key, a {@code null} removes the key, an array
 * of clients is merged client by client ({@code clientId}; a new one is added), any other array is
 * replaced. Keys starting with {@code _} are notes for people and are dropped.
 */
public final class DevRealm {

    static final String PRODUCTION_REALM = "eyesandears-realm.json";
    static final String DEV_CHANGES = "dev-realm-changes.json";
    static final String DEMO_USERS = "eyesandears-users-0.json";

    private DevRealm() {
    }

    /**
     * Writes the dev realm into {@code target} (as {@code eyesandears-realm.json}, the name Keycloak's
     * import expects) and returns the files to import: the dev realm and the demo users.
     *
     * @param realmDir the repository's {@code realm/} folder
     */
    public static List<Path> write(Path realmDir, Path target) throws IOException {
        JsonObject realm = merge(read(realmDir.resolve(PRODUCTION_REALM)), read(realmDir.resolve(DEV_CHANGES)));
        String json = realm.toString();
        if (json.contains("${")) {
            throw new IllegalStateException("The dev realm still has a ${...} placeholder of the production"
                    + " realm; give it a dev value in " + realmDir.resolve(DEV_CHANGES));
        }
        Files.createDirectories(target);
        Path file = target.resolve(PRODUCTION_REALM);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(realm);
        }
        return List.of(file, realmDir.resolve(DEMO_USERS));
    }

    /**
     * Writes the production realm unchanged except for its name and {@code sslRequired}
     * ({@code external}: a test Keycloak speaks plain HTTP on loopback), so the tests can import it
     * beside the dev realm, placeholders and all, as Keycloak imports it in production.
     */
    public static Path writeProductionCopy(Path realmDir, Path target, String realmName) throws IOException {
        JsonObject copy = Json.createObjectBuilder(read(realmDir.resolve(PRODUCTION_REALM)))
                .add("realm", realmName).add("sslRequired", "external").build();
        Files.createDirectories(target);
        Path file = target.resolve(realmName + "-realm.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(copy);
        }
        return file;
    }

    static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Json.createReader(in).readObject();
        }
    }

    /** {@code base} with {@code changes} applied by the rules in the class comment. */
    static JsonObject merge(JsonObject base, JsonObject changes) {
        JsonObjectBuilder merged = Json.createObjectBuilder();
        base.forEach((key, value) -> {
            if (!changes.containsKey(key)) {
                merged.add(key, value);
            }
        });
        changes.forEach((key, change) -> {
            JsonValue original = base.get(key);
            if (key.startsWith("_") || change.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            if (original instanceof JsonObject object && change instanceof JsonObject patch) {
                merged.add(key, merge(object, patch));
            } else if ("clients".equals(key) && original instanceof JsonArray clients && change instanceof JsonArray patch) {
                merged.add(key, mergeClients(clients, patch));
            } else {
                merged.add(key, change);
            }
        });
        return merged.build();
    }

    private static JsonArray mergeClients(JsonArray clients, JsonArray changes) {
        List<JsonObject> result = new ArrayList<>(clients.getValuesAs(JsonObject.class));
        for (JsonObject change : changes.getValuesAs(JsonObject.class)) {
            String clientId = change.getString("clientId");
            int index = -1;
            for (int i = 0; i < result.size(); i++) {
                if (clientId.equals(result.get(i).getString("clientId", null))) {
                    index = i;
                }
            }
            if (index < 0) {
                result.add(merge(JsonValue.EMPTY_JSON_OBJECT, change));
            } else {
                result.set(index, merge(result.get(index), change));
            }
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        result.forEach(array::add);
        return array.build();
    }
}
