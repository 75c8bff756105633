package org.eyesandears.user.service;

import java.io.Serializable;

/** A field officer who may be named on a visit, with their agency's name for the choice list. */
public record OfficerChoice(String username, String displayName, String agencyCode, String agencyName) implements Serializable {
}
