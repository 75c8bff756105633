package org.eyesandears.visit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eyesandears.shared.config.Settings;

/**
 * Clash-check settings from the environment (or system properties of the same name):
 * VISIT_CLASH_WINDOW_DAYS (default 14) and VISIT_OFFICER_CEILING (default 8).
 */
@ApplicationScoped
public class VisitSettings {

    static final int DEFAULT_WINDOW_DAYS = 14;
    static final int DEFAULT_OFFICER_CEILING = 8;

    @Produces
    VisitClashPolicy clashPolicy() {
        return new VisitClashPolicy(setting("VISIT_CLASH_WINDOW_DAYS", DEFAULT_WINDOW_DAYS),
                setting("VISIT_OFFICER_CEILING", DEFAULT_OFFICER_CEILING));
    }

    static int setting(String name, int fallback) {
        String value = Settings.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 1) {
                throw new IllegalStateException(name + " must be a positive whole number, not " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a positive whole number, not " + value, e);
        }
    }
}
