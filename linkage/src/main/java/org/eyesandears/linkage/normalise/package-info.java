/**
 * Normalisation: turning the many ways agencies type a name, address, postcode, phone number,
 * company number or UPRN into one canonical form per field, so that comparisons see the same
 * thing when the same thing was meant. Rules are generic (UK first, but tolerant of other
 * countries' formats such as US ZIP codes and 7/10-digit phone numbers); nothing here knows about
 * any particular data set.
 */
package org.eyesandears.linkage.normalise;
