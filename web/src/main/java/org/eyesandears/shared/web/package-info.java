/**
 * Web plumbing shared by all views: sign-out, display converters, page messages ({@code Messages})
 * and the one error path for pages ({@code PageErrorHandler}).
 */
package org.eyesandears.shared.web;
