package org.eyesandears.shared.web;

import jakarta.faces.convert.FacesConverter;

/** Shows a UTC instant as the time of day in Europe/London, e.g. "14:05:09". */
@FacesConverter("londonTime")
public class LondonTimeConverter extends LondonInstantConverter {

    public LondonTimeConverter() {
        super("HH:mm:ss");
    }
}
