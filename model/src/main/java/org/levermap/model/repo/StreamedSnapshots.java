package org.levermap.model.repo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.levermap.model.Snapshot;

/**
 * The snapshots of a streamed data repository as the map {@link DataRepository#snapshots()} gives: each
 * project's list is read from its files when asked for and not kept. Code that walks every project's
 * snapshots still works, reading them all; a build asks the {@link SnapshotStore} for what it needs.
 */
final class StreamedSnapshots extends AbstractMap<String, List<Snapshot>> {

    private final SnapshotStore store;

    StreamedSnapshots(SnapshotStore store) {
        this.store = store;
    }

    SnapshotStore store() {
        return store;
    }

    @Override
    public List<Snapshot> get(Object key) {
        return key instanceof String id && store.projects().contains(id) ? load(id) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return store.projects().contains(key);
    }

    @Override
    public int size() {
        return store.projects().size();
    }

    @Override
    public Set<Entry<String, List<Snapshot>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<Snapshot>>> iterator() {
                Iterator<String> ids = store.projects().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return ids.hasNext();
                    }

                    @Override
                    public Entry<String, List<Snapshot>> next() {
                        String id = ids.next();
                        return new SimpleImmutableEntry<>(id, load(id));
                    }
                };
            }

            @Override
            public int size() {
                return store.projects().size();
            }
        };
    }

    /** A file with problems (one changed since a build checked it, say) fails here, saying which. */
    private List<Snapshot> load(String id) {
        try {
            return store.load(id);
        } catch (DataException e) {
            throw new UnreadableSnapshots(e);
        }
    }
}
