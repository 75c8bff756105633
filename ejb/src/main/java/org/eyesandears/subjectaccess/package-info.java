/**
 * Subject access: the auditor's report of everything the application holds that names a person
 * or business (referrals, visits) and the audit records of it. It reads through the referral,
 * visit and audit contexts' queries and owns no data.
 */
package org.eyesandears.subjectaccess;
