package org.eyesandears.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import org.eyesandears.shared.time.London;

/** Shows a UTC instant in Europe/London with a fixed pattern; for display only. */
abstract class LondonInstantConverter implements Converter<Instant> {

    private final DateTimeFormatter format;

    LondonInstantConverter(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.UK).withZone(London.ZONE);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException(getClass().getSimpleName() + " is for display only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format.format(value);
    }
}
