package org.eyesandears.business.imports.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where uploaded dataset files wait for their import: the server's data folder + /imports
 * (IMPORTS_DIR overrides), outside the web root; a file is deleted when its import ends.
 */
@ApplicationScoped
public class ImportFiles {

    public Path path(long jobId) {
        return dir().resolve("import-" + jobId + ".csv");
    }

    public void save(long jobId, byte[] content) {
        try {
            Files.createDirectories(dir());
            Files.write(path(jobId), content);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the uploaded file", e);
        }
    }

    public void delete(long jobId) {
        try {
            Files.deleteIfExists(path(jobId));
        } catch (IOException e) {
            // Only a leftover file; the next import of the same job id does not exist.
        }
    }

    private static Path dir() {
        String configured = System.getenv("IMPORTS_DIR");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "imports");
    }
}
