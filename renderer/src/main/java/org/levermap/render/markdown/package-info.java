/** Curated Markdown, rendered and then sanitised before it is embedded in a page. */
package org.levermap.render.markdown;
