package org.eyesandears.referral.service;

import java.io.Serializable;

/** A file an officer attached to the card, as it arrived: its name and bytes. */
public record Upload(String fileName, byte[] content) implements Serializable {
}
