/**
 * Licenses as the rules read them: the family of one SPDX id and of a whole SPDX expression. One
 * owner for both, so the collectors and the build-time assessment sort licenses alike.
 */
package org.levermap.model.license;
