/** The link check every build runs before it publishes: internal links, anchors and assets must resolve. */
package org.levermap.render.check;
