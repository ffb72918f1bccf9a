/** Files for feed readers and search engines: the Atom feed, the sitemap, robots.txt. */
package org.levermap.render.feed;
