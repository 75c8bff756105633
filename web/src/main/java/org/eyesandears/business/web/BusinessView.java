package org.eyesandears.business.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.register.service.BusinessPage;
import org.eyesandears.business.register.service.RegisterQueries;
import org.eyesandears.business.linking.service.ReviewService;
import org.eyesandears.shared.web.Messages;

/** A business page: its records from each agency, the agencies with an interest, its history. */
@Named
@ViewScoped
public class BusinessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterQueries register;

    @Inject
    ReviewService review;

    private Long id;
    private BusinessPage page;

    /** Loads the business named in the address; an unknown one answers 404 (and is audited as a refusal). */
    public void load() {
        if (id != null && page == null) {
            page = register.page(id).orElse(null);
            if (page == null) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        }
    }

    /** Separates a record from this business again (analysts). */
    public void undo(long recordId) {
        try {
            review.undo(recordId);
            Messages.info("The record was separated: it is a business of its own again.");
        } finally {
            page = register.page(id).orElse(null);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BusinessPage getPage() {
        return page;
    }
}
