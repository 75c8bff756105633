/**
 * The REST API's shared parts: the application path and OpenAPI description, the 401 answers for
 * calls without a token and for refused tokens, and the JSON error body every failure maps to.
 */
package org.eyesandears.shared.api;
