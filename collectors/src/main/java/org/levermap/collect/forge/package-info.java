/**
 * Forges: who owns the repository on GitHub (and, where their APIs give the same, GitLab and
 * Forgejo), the owning organisation's profile and public members, releases and who published them.
 * Observations only, each with the API URL it was read from.
 */
package org.levermap.collect.forge;
