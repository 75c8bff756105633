package org.eyesandears.visit.model;

/** An invited agency's answer; the lead agency takes part by definition. */
public enum InvitationResponse {
    INVITED, ACCEPTED, DECLINED
}
