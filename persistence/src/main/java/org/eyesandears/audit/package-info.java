/**
 * The audit trail: one record per collection, alteration, consultation, disclosure, combination
 * or erasure of intelligence (Data Protection Act 2018 s62), with ids only, never personal data.
 */
package org.eyesandears.audit;
