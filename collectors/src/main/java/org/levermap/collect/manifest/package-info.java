/**
 * Governance files: where GitHub looks for them, and what CODEOWNERS, MAINTAINERS, OWNERS,
 * GOVERNANCE, FUNDING.yml and contributing guides say about who maintains, who funds and whether a
 * CLA is required.
 */
package org.levermap.collect.manifest;
