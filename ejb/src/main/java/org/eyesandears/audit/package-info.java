/**
 * The audit trail of DPA 2018 s62 operations: who, their agency, when, what, on which object,
 * why, from where. Ids only; an auditor's view and tamper evidence come with the governance work.
 */
package org.eyesandears.audit;
