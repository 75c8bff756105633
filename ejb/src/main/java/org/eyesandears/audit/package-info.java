/**
 * The audit trail of DPA 2018 s62 operations: who, their agency, when, what, on which object,
 * why, from where. Ids only; chained under a key (ADR 0018); the auditor's search and "who has
 * seen". Every context writes to it, so it depends on no context (the subject access report, which
 * reads referrals and visits, is the subjectaccess context's).
 */
package org.eyesandears.audit;
