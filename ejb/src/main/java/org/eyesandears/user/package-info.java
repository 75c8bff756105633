/**
 * Users as the application knows them: the signed-in caller's profile (created at first login,
 * refreshed from the token) and the administrators' list of everyone who has signed in.
 */
package org.eyesandears.user;
