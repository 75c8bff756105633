/**
 * The REST API's shared parts: the application path and OpenAPI description, the 401 challenge
 * for calls without a token, and the JSON error body every failure maps to.
 */
package org.eyesandears.shared.api;
