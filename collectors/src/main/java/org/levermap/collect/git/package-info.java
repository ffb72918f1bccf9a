/**
 * Reading git repositories: opening local ones and caching clones of remote ones, the one walk over
 * a branch's history, and what git itself defines (trailers, .mailmap, signatures, tags).
 */
package org.levermap.collect.git;
