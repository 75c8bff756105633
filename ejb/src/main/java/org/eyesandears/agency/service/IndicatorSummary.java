package org.eyesandears.agency.service;

import java.io.Serializable;
import java.util.List;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.model.Indicator;

/**
 * A golden indicator with the wording version a referral would record, the codes of the agencies
 * that ticking it routes to, the guidance officers read beside it, where it is listed and whether it
 * is offered on the card. {@code version} is what an administrator's change must name.
 */
public record IndicatorSummary(String code, String concernArea, String wording, int wordingVersion,
                               List<String> receivingAgencies, String guidance, int displayOrder, boolean active,
                               long version) implements Serializable {

    static IndicatorSummary of(Indicator indicator) {
        return new IndicatorSummary(indicator.getCode(), indicator.getConcernArea(),
                indicator.getWording(), indicator.getWordingVersion(),
                indicator.getReceivingAgencies().stream().map(Agency::getCode).sorted().toList(),
                indicator.getGuidance(), indicator.getDisplayOrder(), indicator.isActive(), indicator.getLockVersion());
    }
}
