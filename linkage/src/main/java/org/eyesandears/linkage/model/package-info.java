/**
 * The Fellegi-Sunter scoring model: which fields are compared and at which agreement levels
 * ({@link org.eyesandears.linkage.model.Field}, {@link org.eyesandears.linkage.model.Comparer}),
 * the fitted parameters (m and u probabilities, prior, term-frequency tables) in {@link
 * org.eyesandears.linkage.model.LinkageModel}, and how they are estimated without labelled data
 * ({@link org.eyesandears.linkage.model.ModelTrainer}: u from random pairs, m by
 * expectation-maximisation over the candidate pairs). A fitted model is saved as JSON and reused
 * to score new records against an existing register.
 */
package org.eyesandears.linkage.model;
