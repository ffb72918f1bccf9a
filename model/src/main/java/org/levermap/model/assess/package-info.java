/**
 * The assessment: judgements derived from a project's curated levers and one snapshot's observations
 * when the site is built, never stored. Every rule is a small class that reads like the rule it
 * implements; {@link org.levermap.model.assess.Assessor} applies them.
 */
package org.levermap.model.assess;
