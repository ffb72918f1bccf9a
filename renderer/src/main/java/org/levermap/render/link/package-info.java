/** Links out of the site: which URLs may become links, and where evidence lives on a forge. */
package org.levermap.render.link;
