package org.eyesandears.referral.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.referral.service.ReferralDetail;
import org.eyesandears.referral.service.ReferralQueries;

/**
 * One referral in full, for those who may see it. Anyone else gets "not found", exactly as for a
 * reference never issued.
 */
@Named
@ViewScoped
public class ReferralDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralQueries queries;

    private String reference;
    private ReferralDetail referral;

    /** Loads the referral named by the {@code ref} parameter (page action). */
    public void load() throws IOException {
        if (referral != null) {
            return;
        }
        referral = reference == null ? null : queries.find(reference.trim()).orElse(null);
        if (referral == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such referral");
            faces.responseComplete();
        }
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public ReferralDetail getReferral() {
        return referral;
    }
}
