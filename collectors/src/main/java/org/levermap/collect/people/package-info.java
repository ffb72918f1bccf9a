/**
 * Contributors: identities after .mailmap and the data repository's actors, bots, and the figures of
 * a window (CHAOSS bus and elephant factors, mergers, sign-off and signature shares).
 */
package org.levermap.collect.people;
