/** The site's data as JSON: the API, the search index and shields.io badge endpoints. */
package org.levermap.render.json;
