package org.eyesandears.referral.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A golden indicator as it was worded when the referral was submitted. */
@Embeddable
public class ReferralIndicator {

    @Column(name = "indicator_code", nullable = false, length = 60)
    private String code;

    @Column(name = "concern_area", nullable = false, length = 100)
    private String concernArea;

    @Column(nullable = false, length = 500)
    private String wording;

    @Column(name = "wording_version", nullable = false)
    private int wordingVersion;

    protected ReferralIndicator() {
        // for JPA
    }

    public ReferralIndicator(String code, String concernArea, String wording, int wordingVersion) {
        this.code = code;
        this.concernArea = concernArea;
        this.wording = wording;
        this.wordingVersion = wordingVersion;
    }

    public String getCode() {
        return code;
    }

    public String getConcernArea() {
        return concernArea;
    }

    public String getWording() {
        return wording;
    }

    public int getWordingVersion() {
        return wordingVersion;
    }
}
