package org.eyesandears.business.imports.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, before it runs: the file's columns, the first mapped rows, how many
 * rows are usable and which are not (with line numbers).
 */
public record ImportPreview(List<String> header, List<Map<String, String>> firstRows, int usableRows,
                            int badRows, List<ProblemLine> problems) implements Serializable {

    public ImportPreview {
        header = List.copyOf(header);
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
    }
}
