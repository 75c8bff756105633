/**
 * Explanations: why a pair of records scored as it did, as a "waterfall" that starts from the prior
 * and adds each field's weight in turn to reach the final match weight, with plain-English wording
 * for the user interface. The strength words ("strong evidence of a match") come from weight
 * bands, so every field is described on the same scale.
 */
package org.eyesandears.linkage.explain;
