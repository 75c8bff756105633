package org.eyesandears.business.imports.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eyesandears.business.linking.service.RegisterIndex;
import org.eyesandears.business.model.ImportStatus;
import org.eyesandears.linkage.RegisterMatcher;
import org.eyesandears.shared.security.Roles;

/**
 * Runs an import in the background, under the identity of the analyst who started it: reads the
 * file, records its bad rows, then imports and links the usable rows in chunks of
 * {@value #CHUNK} rows, each in its own transaction ({@link ImportChunks}), so progress is
 * visible and a cancel takes effect at the next chunk. Rows already imported when a cancel
 * arrives stay imported.
 */
@Stateless
@RolesAllowed(Roles.ANALYST)
public class ImportWorker {

    static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @Inject
    ImportChunks chunks;

    @Inject
    ImportFiles files;

    @Inject
    RegisterIndex index;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId) {
        try {
            ImportChunks.JobStart start = chunks.begin(jobId);
            DatasetFile.Read read;
            try (InputStream in = Files.newInputStream(files.path(jobId))) {
                read = DatasetFile.read(in, ColumnMapping.parse(start.columnMap()), 0);
            } catch (DatasetFile.UnreadableFileException e) {
                chunks.finish(jobId, ImportStatus.FAILED, e.getMessage());
                return;
            }
            chunks.recordProblems(jobId, read.rows().size() + read.problems().size(), read.problems());
            RegisterMatcher matcher = index.matcher();
            List<DatasetFile.Row> rows = read.rows();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                if (chunks.cancelRequested(jobId)) {
                    chunks.finish(jobId, ImportStatus.CANCELLED, null);
                    return;
                }
                chunks.process(jobId, start.datasetId(), start.startedBy(),
                        rows.subList(from, Math.min(rows.size(), from + CHUNK)), matcher);
            }
            chunks.finish(jobId, ImportStatus.COMPLETED, null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "import " + jobId + " failed", e);
            chunks.finish(jobId, ImportStatus.FAILED, "The import stopped on an error: " + e.getMessage());
        } finally {
            index.invalidate();
            files.delete(jobId);
        }
    }
}
