/**
 * The command line: {@code link} (read CSV files, link, write pairs, clusters and explanations),
 * {@code generate} (synthetic UK business records with known duplicates, for benchmarks) and
 * {@code evaluate} (pairwise precision, recall and F1 of a clustering against a truth column).
 * Argument parsing, CSV input with bad-row reporting, and output files live here; the engine does
 * not know it is being run from a terminal.
 */
package org.eyesandears.linkage.cli;
