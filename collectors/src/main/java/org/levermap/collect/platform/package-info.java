/**
 * The one entry point of the platform collectors: {@link org.levermap.collect.platform.PlatformCollector}
 * asks every source a project names (forge, hub, registries, domain) and keeps what each answered; one
 * failing source never loses the others.
 */
package org.levermap.collect.platform;
