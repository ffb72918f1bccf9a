package org.levermap.model.repo;

/**
 * A problem found in a bound record, located by JSON Pointer until a {@link SourceMap} turns it
 * into a line and column.
 *
 * @param pointer where in the document
 * @param atKey whether to point at the key rather than the value
 * @param message what is wrong
 */
record Finding(String pointer, boolean atKey, String message) {

    Problem locate(String file, SourceMap map) {
        Location where = map == null ? Location.START : atKey ? map.key(pointer) : map.value(pointer);
        return new Problem(file, where.line(), where.column(), message);
    }
}
