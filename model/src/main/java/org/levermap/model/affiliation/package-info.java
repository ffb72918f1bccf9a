/**
 * Affiliation, judged when the site is built: which organisation each contributor identity of a
 * snapshot counted for on the snapshot's date, from the actors as they are now. Snapshots store
 * identities (or, before they did, their collector's domain groups) as observations;
 * {@link org.levermap.model.affiliation.Affiliations} turns them into a judged
 * {@link org.levermap.model.Concentration}: organisations by ultimate parent, their shares, the
 * elephant factor and each top author's organisation. Each rule is its own class:
 * {@link org.levermap.model.affiliation.MailDomains} (providers and forwarders: individuals),
 * {@link org.levermap.model.affiliation.DomainRule} (when a domain is an organisation),
 * {@link org.levermap.model.affiliation.PersonRule} (a person's dated affiliations).
 */
package org.levermap.model.affiliation;
