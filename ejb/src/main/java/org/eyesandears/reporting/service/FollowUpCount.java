package org.eyesandears.reporting.service;

import java.io.Serializable;

/** Follow-up tasks of joint visits owned by an agency, not done, past their due date today. */
public record FollowUpCount(String agency, String agencyName, long overdue) implements Serializable {
}
