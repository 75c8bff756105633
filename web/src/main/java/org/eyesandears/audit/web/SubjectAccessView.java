package org.eyesandears.audit.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.subjectaccess.service.SubjectAccessReport;
import org.eyesandears.subjectaccess.service.SubjectAccessService;

/**
 * The subject access report as a page of its own (audit/subject-access.xhtml), made to be printed
 * or saved as PDF: the name asked about, when and by whom it was made, the referrals and visits
 * naming the person or business and what was done with them. The name is posted, never put in
 * the address, so that it stays out of access logs and browser history.
 */
@Named
@ViewScoped
public class SubjectAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubjectAccessService subjectAccess;

    @Inject
    transient Clock clock;

    private String subject;
    private SubjectAccessReport subjectReport;
    private Instant madeAt;

    public void build() {
        subjectReport = subjectAccess.report(subject);
        madeAt = clock.instant();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public SubjectAccessReport getSubjectReport() {
        return subjectReport;
    }

    public Instant getMadeAt() {
        return madeAt;
    }
}
