/**
 * Clustering: turning accepted pairwise links into groups of records that describe one business.
 * Links are joined strongest first (connected components), with a guard against chaining: two
 * clusters that are already established are only joined on strong evidence or on several
 * independent links, never through one weak link.
 */
package org.eyesandears.linkage.cluster;
