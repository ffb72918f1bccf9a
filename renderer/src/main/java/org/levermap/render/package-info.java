/**
 * The renderer: turns a loaded {@link org.levermap.model.repo.DataRepository} into the static site.
 */
package org.levermap.render;
