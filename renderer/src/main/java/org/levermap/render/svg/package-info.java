/**
 * SVG drawn at build time: charts, the fork graph, badges. Every text that came from a data repository
 * is escaped by {@link org.levermap.render.svg.Svg}; links are relative paths levermap made itself.
 */
package org.levermap.render.svg;
