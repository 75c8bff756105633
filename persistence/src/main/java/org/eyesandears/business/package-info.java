/**
 * The business register: businesses and premises that referrals, visits and agency datasets are
 * about. A business first met on a concern card is recorded unconfirmed, for the linkage analysts.
 */
package org.eyesandears.business;
