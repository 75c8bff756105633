/**
 * Users as the application knows them: a local profile per person signed in through the identity
 * provider, created at first login. Roles and agency always come from the token; the profile keeps
 * what the application needs to show and reference people (name, agency, first and last login).
 */
package org.eyesandears.user;
