/**
 * Writing the site: into a staging folder next to the output, swapped in only when the build is
 * complete, with unchanged files kept as they were; and the record that lets a rebuild with nothing
 * changed skip the work.
 */
package org.levermap.render.output;
