/**
 * Synthetic UK business records with known duplicates, for benchmarks and tests: varied names,
 * typos, abbreviations, missing fields, and postcodes and phone numbers typed in different ways,
 * all reproducible from a seed. Nothing here is used when linking real data.
 */
package org.eyesandears.linkage.synth;
