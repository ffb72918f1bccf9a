/**
 * {@code levermap serve}: a preview server on 127.0.0.1 that serves the built site, rebuilds it when the
 * data or the theme changes, and reloads the open page.
 */
package org.levermap.cli.serve;
