package org.eyesandears.user.service;

/** A user as other contexts need them: who, in which agency, and where to e-mail them (may be null). */
public record UserContact(String username, String displayName, String email, String agencyCode) {
}
