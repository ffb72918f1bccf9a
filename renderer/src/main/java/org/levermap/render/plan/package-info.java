/** The page plan: every file of the site, where it goes and how it is produced. */
package org.levermap.render.plan;
