/**
 * Web plumbing shared by all views: sign-out, display converters.
 */
package org.eyesandears.shared.web;
