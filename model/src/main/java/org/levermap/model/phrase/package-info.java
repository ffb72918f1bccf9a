/**
 * What a judgement says, as structure: a key naming the statement and typed arguments (actor ids,
 * license expressions, counts, dates). The words are added at the edge (the renderer's phrasebook), so
 * the model composes no sentence and names no actor in display text.
 */
package org.levermap.model.phrase;
