package org.eyesandears.reporting.service;

/**
 * A success criterion of an agency for the period: what was promised, what was measured and
 * whether it was met ({@code met} is null when nothing could be measured).
 */
public record TargetResult(String agency, String agencyName, String criterion, String target, String measured,
                           Boolean met) {
}
