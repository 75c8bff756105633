package org.eyesandears.audit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eyesandears.shared.config.Settings;

/**
 * The audit chain's checkpoints, kept outside the database: one signed line per checkpoint
 * appended to {@code audit-checkpoints.log} in {@code AUDIT_CHECKPOINT_DIR} (by default the
 * server's data folder + {@code /audit-checkpoints}), never rewritten, and each also written to the
 * server log. Someone who owns the database but not this folder (nor the key) cannot make a
 * rewritten chain agree with them (ADR 0018). Ship the file or the log lines to storage the
 * database's administrators cannot change.
 */
@ApplicationScoped
public class AuditCheckpoints {

    public static final String DIR_SETTING = "AUDIT_CHECKPOINT_DIR";
    static final String FILE = "audit-checkpoints.log";

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    /** A line of the file that is not a checkpoint: someone edited the file. */
    public static class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Path file() {
        String configured = Settings.get(DIR_SETTING);
        Path dir = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", "data"), "audit-checkpoints");
        return dir.resolve(FILE);
    }

    /**
     * Every checkpoint written so far, in the order written.
     *
     * @throws Unreadable when a line is not a checkpoint
     */
    public synchronized List<Checkpoint> all() {
        return read(file());
    }

    /** The checkpoint written last, if any. */
    public synchronized Optional<Checkpoint> last() {
        List<Checkpoint> all = read(file());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Appends a checkpoint and forces it to disk before returning. */
    public synchronized void append(Checkpoint checkpoint) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, checkpoint.format() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append the audit checkpoint to " + file, e);
        }
        LOG.info(() -> "Audit checkpoint " + checkpoint.format());
    }

    static List<Checkpoint> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoints in " + file, e);
        }
        List<Checkpoint> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                found.add(Checkpoint.parse(lines.get(i), i + 1));
            } catch (IllegalArgumentException e) {
                throw new Unreadable(e.getMessage() + ": the checkpoint file was altered.", e);
            }
        }
        return found;
    }
}
