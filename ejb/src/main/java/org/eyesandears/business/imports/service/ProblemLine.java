package org.eyesandears.business.imports.service;

import java.io.Serializable;

/** A row of an imported file that could not be used: "lines 12-13: no name (id 77)". */
public record ProblemLine(int lineFrom, int lineTo, String message) implements Serializable {

    public String lines() {
        return lineFrom == lineTo ? "line " + lineFrom : "lines " + lineFrom + "-" + lineTo;
    }
}
