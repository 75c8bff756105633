package org.eyesandears.business.linking.service;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads back the explanation JSON the engine wrote when it scored a pair. */
final class Explanations {

    record Parsed(String summary, List<ExplanationStep> steps) {
    }

    private Explanations() {
    }

    static Parsed parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            List<ExplanationStep> steps = o.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .map(s -> new ExplanationStep(s.getString("step"), text(s, "value_a"), text(s, "value_b"),
                            text(s, "level"), number(s, "weight"), number(s, "tf_adjustment"),
                            number(s, "running_total"), s.getString("text")))
                    .toList();
            return new Parsed(o.getString("summary"), steps);
        }
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static double number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : 0;
    }
}
