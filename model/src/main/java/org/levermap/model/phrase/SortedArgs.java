package org.levermap.model.phrase;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A phrase's arguments, sorted by name and unmodifiable, in two arrays: a build holds hundreds of
 * thousands of phrases (every reason of every assessment of every snapshot), and a tree map with its
 * entries and wrapper costs about three times as much for the two or three arguments a phrase has.
 */
final class SortedArgs extends AbstractMap<String, Arg> {

    private static final SortedArgs EMPTY = new SortedArgs(new String[0], new Arg[0]);

    private final String[] names;
    private final Arg[] values;

    private SortedArgs(String[] names, Arg[] values) {
        this.names = names;
        this.values = values;
    }

    /** {@code args} sorted by name (a null name is refused, as a tree map refuses it). */
    static SortedArgs of(Map<String, Arg> args) {
        if (args instanceof SortedArgs sorted) {
            return sorted;
        }
        if (args.isEmpty()) {
            return EMPTY;
        }
        String[] names = args.keySet().toArray(new String[0]);
        Arrays.sort(names);
        Arg[] values = new Arg[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = args.get(names[i]);
        }
        return new SortedArgs(names, values);
    }

    /** These arguments and one more (or another value for a name already there). */
    SortedArgs with(String name, Arg arg) {
        int at = Arrays.binarySearch(names, name);
        if (at >= 0) {
            Arg[] changed = values.clone();
            changed[at] = arg;
            return new SortedArgs(names, changed);
        }
        int insert = -at - 1;
        String[] moreNames = new String[names.length + 1];
        Arg[] moreValues = new Arg[names.length + 1];
        System.arraycopy(names, 0, moreNames, 0, insert);
        System.arraycopy(values, 0, moreValues, 0, insert);
        moreNames[insert] = name;
        moreValues[insert] = arg;
        System.arraycopy(names, insert, moreNames, insert + 1, names.length - insert);
        System.arraycopy(values, insert, moreValues, insert + 1, names.length - insert);
        return new SortedArgs(moreNames, moreValues);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && Arrays.binarySearch(names, s) >= 0;
    }

    @Override
    public Arg get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        int at = Arrays.binarySearch(names, s);
        return at >= 0 ? values[at] : null;
    }

    @Override
    public Set<Entry<String, Arg>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Arg>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Arg> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Arg> e = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
