/**
 * Contributors: identities after .mailmap, bots, and the observations of a window (every identity
 * with its commits, the CHAOSS bus factor, mergers, sign-off and signature shares). Organisations
 * are not decided here: affiliation is judged when the site is built ({@code org.levermap.model.affiliation}).
 */
package org.levermap.collect.people;
