package org.eyesandears.agency.service;

import java.util.List;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.model.Indicator;

/**
 * A golden indicator with the wording version a referral would record, and the codes of the
 * agencies that ticking it routes to.
 */
public record IndicatorSummary(String code, String concernArea, String wording, int wordingVersion,
                               List<String> receivingAgencies) {

    static IndicatorSummary of(Indicator indicator) {
        return new IndicatorSummary(indicator.getCode(), indicator.getConcernArea(),
                indicator.getWording(), indicator.getWordingVersion(),
                indicator.getReceivingAgencies().stream().map(Agency::getCode).sorted().toList());
    }
}
