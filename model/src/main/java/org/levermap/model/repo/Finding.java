package org.levermap.model.repo;

/**
 * A problem found while binding or checking a file, located by JSON Pointer until a
 * {@link SourceMap} turns it into a line and column.
 *
 * @param pointer where in the document; for an unknown key, a pointer at or below the mapping holding it
 * @param atKey whether to point at the key rather than the value
 * @param message what is wrong
 * @param unknownKey for an unknown key, its name: the key is looked up in the mapping at or above {@code pointer}
 */
record Finding(String pointer, boolean atKey, String message, String unknownKey) {

    Finding(String pointer, boolean atKey, String message) {
        this(pointer, atKey, message, null);
    }

    Problem locate(String file, SourceMap map) {
        Location where;
        if (map == null) {
            where = Location.START;
        } else if (unknownKey != null) {
            where = map.key(map.keyPointer(pointer, unknownKey));
        } else {
            where = atKey ? map.key(pointer) : map.value(pointer);
        }
        return new Problem(file, where.line(), where.column(), message);
    }
}
