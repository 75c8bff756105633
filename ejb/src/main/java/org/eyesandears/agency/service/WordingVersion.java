package org.eyesandears.agency.service;

import java.io.Serializable;
import java.time.Instant;

/** One wording an indicator has had: which version, the words, who set them and when. */
public record WordingVersion(int version, String wording, String changedBy, Instant changedAt) implements Serializable {
}
