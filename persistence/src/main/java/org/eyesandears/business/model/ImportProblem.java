package org.eyesandears.business.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of an imported file that could not be used, with its line number(s) in the file. */
@Entity
@Table(name = "import_problem")
public class ImportProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "line_from", nullable = false)
    private int lineFrom;

    @Column(name = "line_to", nullable = false)
    private int lineTo;

    @Column(nullable = false, length = 500)
    private String message;

    protected ImportProblem() {
        // for JPA
    }

    public ImportProblem(long jobId, int lineFrom, int lineTo, String message) {
        this.jobId = jobId;
        this.lineFrom = lineFrom;
        this.lineTo = lineTo;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
    }

    public int getLineFrom() {
        return lineFrom;
    }

    public int getLineTo() {
        return lineTo;
    }

    public String getMessage() {
        return message;
    }
}
