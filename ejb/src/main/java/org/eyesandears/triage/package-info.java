/**
 * Triage: each receiving agency's intelligence desk works the routings sent to it through an
 * explicit state machine, and tells the referring officer what came of them.
 */
package org.eyesandears.triage;
