package org.eyesandears.visit.service;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.eyesandears.visit.service.VisitClashPolicy.Clash;

/** The plan clashes with other visits and no reason to go ahead was given: nothing was saved. */
@ApplicationException(rollback = true)
public class VisitClashException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Clash> clashes;

    public VisitClashException(List<Clash> clashes) {
        super(clashes.size() + " clash warning(s): give a reason to go ahead");
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
