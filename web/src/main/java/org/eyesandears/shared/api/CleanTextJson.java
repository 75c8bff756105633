package org.eyesandears.shared.api;

import java.lang.reflect.Type;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.eyesandears.shared.validation.Text;

/**
 * The API's JSON binding: every string in a request body is cleaned of control characters and
 * bidirectional overrides as it is read ({@link Text#clean}), as page input is.
 */
@Provider
public class CleanTextJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new CleanString()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Reads a JSON string as cleaned text; null stays null, a number or boolean reads as written. */
    public static final class CleanString implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return Text.clean(value instanceof JsonString text ? text.getString() : value.toString());
        }
    }
}
