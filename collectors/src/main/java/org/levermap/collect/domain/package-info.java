/** Domains: who registered the project's website domain and when, from RDAP (RFC 9083). */
package org.levermap.collect.domain;
