package org.eyesandears.reporting.service;

import java.io.Serializable;

/**
 * Referrals submitted by the officers of one team of the manager's agency.
 *
 * @param team  the team as the identity provider named it at submission; null for "No team recorded"
 * @param label the team, or "No team recorded"
 */
public record TeamCount(String team, String label, long referrals) implements Serializable {

    public static final String NO_TEAM = "No team recorded";
}
