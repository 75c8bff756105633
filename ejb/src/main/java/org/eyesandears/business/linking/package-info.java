/**
 * Linking: which business of the register a source record is. The linkage engine scores a record
 * against the register ({@code RegisterIndex}, {@code Linker}) and links it, or leaves the pair to
 * the analysts' review queue ({@code ReviewService}), where links are also undone; premises first
 * met on a concern card are scored after the referral commits. Uses neither imports nor the
 * register's reads.
 */
package org.eyesandears.business.linking;
