/**
 * The one owner of levermap's wording: the phrasebook ({@code words.properties}, one entry per reason
 * code, phrase key, change text, flag and term) and {@link org.levermap.render.words.Words}, which puts a
 * model {@link org.levermap.model.phrase.Phrase} into a sentence, naming actors through the actor
 * directory. The views, the JSON API, the Atom feed and the terminal all speak through it; a data
 * repository may override entries in {@code templates/words.properties}.
 */
package org.levermap.render.words;
