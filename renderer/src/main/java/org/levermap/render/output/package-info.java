/**
 * Writing the site: into a staging folder next to the output, swapped in only when the build is
 * complete, with unchanged files kept as they were; double-buffered, the previous site kept beside the
 * output as the back buffer and brought up to date in only the paths that differ; and the records that
 * let a rebuild with nothing changed skip the work and a rebuild carry unchanged pages over.
 */
package org.levermap.render.output;
