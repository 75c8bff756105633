package org.eyesandears.business.imports.service;

/** CDI event: an import job was committed and may start. */
public record ImportQueued(long jobId) {
}
