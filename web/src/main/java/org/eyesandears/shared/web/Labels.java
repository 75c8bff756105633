package org.eyesandears.shared.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Codes (enum constants such as statuses, purposes, categories) in words, the one way pages show
 * them: {@code #{labels.words(visit.status)}} gives "no further action" inside a sentence,
 * {@code #{labels.sentence(visit.status)}} gives "No further action" alone in a cell or heading.
 * Views call this rather than spelling labels out in nested EL conditions. Where a context words
 * its codes in its own terms (routing statuses for the officer, {@code RoutingText}), it keeps them.
 */
@Named
@ApplicationScoped
public class Labels {

    /** For EL: {@link #wordsOf}. */
    public String words(String code) {
        return wordsOf(code);
    }

    /** For EL: {@link #sentenceOf}. */
    public String sentence(String code) {
        return sentenceOf(code);
    }

    /** {@code NO_FURTHER_ACTION} becomes "no further action"; null becomes "". */
    public static String wordsOf(String code) {
        return code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.UK);
    }

    /** {@code NO_FURTHER_ACTION} becomes "No further action"; null becomes "". */
    public static String sentenceOf(String code) {
        String words = wordsOf(code);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
