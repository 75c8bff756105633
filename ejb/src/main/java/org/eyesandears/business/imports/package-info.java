/**
 * Imports: an agency's dataset and its column mapping, its CSV files uploaded, previewed, imported
 * in the background in chunks of their own transactions, with each row's problems kept and each
 * imported row linked as it arrives (through {@code business.linking}).
 */
package org.eyesandears.business.imports;
