/**
 * Blocking: choosing which pairs of records are worth comparing, so that a million records do not
 * mean half a trillion comparisons. Several independent rules (same postcode, same phone, same
 * company number, same UPRN, same house number and street word, same name, a shared rare name
 * word) each put records into blocks; the candidate pairs are the union over all rules. Blocks
 * bigger than a cap are not compared all-against-all: inside them only records whose names sort
 * close together are paired, so a common key cannot explode the pair count.
 */
package org.eyesandears.linkage.blocking;
