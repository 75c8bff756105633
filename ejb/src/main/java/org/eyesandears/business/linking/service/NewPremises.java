package org.eyesandears.business.linking.service;

/** CDI event: a concern card created unconfirmed premises (fired inside the submission). */
public record NewPremises(long businessId, String agencyCode, String username) {
}
