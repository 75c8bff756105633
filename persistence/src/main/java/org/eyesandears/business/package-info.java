/**
 * The business register: businesses and premises that referrals, visits and agency datasets are
 * about. A business first met on a concern card is recorded unconfirmed, for the linkage analysts.
 * Its services are in three parts: {@code business.imports} (agencies' dataset files),
 * {@code business.linking} (which business a record is) and {@code business.register} (reading the
 * register). Referrals and visits hold a business by association; the register knows neither and
 * asks them through {@code BusinessHistorySource} (ADR 0023, 0024).
 */
package org.eyesandears.business;
