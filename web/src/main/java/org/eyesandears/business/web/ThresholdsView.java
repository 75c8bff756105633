package org.eyesandears.business.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.linking.service.LinkThresholds;
import org.eyesandears.business.linking.service.RegisterIndex;

/** The linkage thresholds this server runs with, for the pages that explain them. */
@Named
@RequestScoped
public class ThresholdsView {

    @Inject
    RegisterIndex index;

    public LinkThresholds getThresholds() {
        return index.thresholds();
    }
}
