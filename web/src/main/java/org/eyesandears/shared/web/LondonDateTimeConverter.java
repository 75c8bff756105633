package org.eyesandears.shared.web;

import jakarta.faces.convert.FacesConverter;

/** Shows a UTC instant as the date and time in Europe/London, e.g. "21 Nov 2026, 14:05". */
@FacesConverter("londonDateTime")
public class LondonDateTimeConverter extends LondonInstantConverter {

    public LondonDateTimeConverter() {
        super("d MMM yyyy, HH:mm");
    }
}
