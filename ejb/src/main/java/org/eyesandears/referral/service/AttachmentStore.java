package org.eyesandears.referral.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Attachment files, outside the web root: {@code ATTACHMENTS_DIR}, by default the server's data
 * folder. A file written in a transaction that then rolls back is deleted again.
 */
@ApplicationScoped
public class AttachmentStore {

    @Resource
    TransactionSynchronizationRegistry transactions;

    Path directory() {
        String configured = System.getenv("ATTACHMENTS_DIR");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", "data"), "attachments");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the attachments folder " + dir, e);
        }
    }

    /** Writes the bytes under a new random key, removed again if the transaction rolls back. */
    public String write(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path file = directory().resolve(key);
        try {
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // Left behind, it is an unreferenced file: harmless, and named by nothing.
                    }
                }
            }
        });
        return key;
    }

    /**
     * Deletes the file once the current transaction has committed (erasure); if it rolls back the
     * file stays, like the row that names it.
     */
    public void deleteAfterCommit(String key) {
        Path file = path(key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        java.util.logging.Logger.getLogger(AttachmentStore.class.getName()).severe(
                                () -> "Erased attachment file could not be deleted: " + file + " (" + e + ")");
                    }
                }
            }
        });
    }

    public Path path(String key) {
        return directory().resolve(UUID.fromString(key).toString());
    }
}
