/** The application's health endpoint for load balancers and container probes. */
package org.eyesandears.shared.health;
