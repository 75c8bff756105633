/**
 * The register's reads and its one write from outside: the radar, the businesses of interest to
 * several agencies, a business's page with its history (records, links, and the referrals and
 * visits their contexts contribute as {@code BusinessHistorySource}s), the concern card's
 * type-ahead, and the unconfirmed premises a concern card adds.
 */
package org.eyesandears.business.register;
