/**
 * Record linkage for Eyes and Ears: deciding which records held by different agencies (or twice by
 * one agency) describe the same business or premises. This package owns the input record type
 * ({@link org.eyesandears.linkage.Record}) and the one-call facade ({@link
 * org.eyesandears.linkage.LinkageEngine}) that normalises, blocks, fits a model, scores and
 * clusters; the sub-packages own each of those steps. Plain Java, no container types, so the same
 * engine serves the EJB layer and the command line.
 */
package org.eyesandears.linkage;
