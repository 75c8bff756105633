package org.eyesandears.reporting.service;

import java.io.Serializable;

/**
 * A success criterion of an agency for the period: what was promised, what was measured and
 * whether it was met ({@code met} is null when nothing could be measured; {@code notYetDue} then
 * says whether that is because the routings' feedback windows have not passed yet).
 */
public record TargetResult(String agency, String agencyName, String criterion, String target, String measured,
                           Boolean met, boolean notYetDue) implements Serializable {
}
