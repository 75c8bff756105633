package org.eyesandears.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import org.eyesandears.shared.validation.Text;

/**
 * Every text typed on a page, for every field bound to a String: cleaned of control characters and
 * bidirectional overrides before the backing bean sees it ({@link Text#clean}).
 */
@FacesConverter(forClass = String.class)
public class TextInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return Text.clean(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
