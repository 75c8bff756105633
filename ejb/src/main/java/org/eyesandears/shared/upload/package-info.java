/**
 * Uploaded files, whichever context takes them (a referral's attachments, an agency's dataset):
 * the optional virus scan and safe file names.
 */
package org.eyesandears.shared.upload;
