package org.levermap.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.levermap.model.repo.Sha256;

/**
 * One of {@code count} parts of a data repository's projects, numbered from 1 ({@code --shard 2/4}).
 *
 * <p>A project belongs to the shard of highest weight for it (rendezvous hashing), a weight being the first
 * eight bytes of SHA-256 of the project id, a zero byte and the shard number. It depends on nothing but the
 * id and the count: not on the other projects, the JVM or the order of folders. So adding or removing a
 * project moves no other one, and going from {@code n} to {@code n + 1} shards moves only the projects the
 * new shard wins, about one in {@code n + 1}.
 *
 * @param index this shard's number, 1 to {@code count}
 * @param count how many shards the projects are split into, at least 1
 */
record Shard(int index, int count) {

    Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 ≤ I ≤ N, not " + index + "/" + count);
        }
    }

    /** Reads {@code I/N}, e.g. {@code 2/4}; the message of the exception says what is wrong. */
    static Shard parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not I/N (e.g. 2/4: the second of four shards)");
        }
        int index;
        int count;
        try {
            index = Integer.parseInt(text.substring(0, slash).strip());
            count = Integer.parseInt(text.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not I/N (e.g. 2/4: the second of four shards)");
        }
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: I counts from 1 to N (1/" + Math.max(count, 1)
                    + " … " + Math.max(count, 1) + "/" + Math.max(count, 1) + ")");
        }
        return new Shard(index, count);
    }

    /** Whether the project of this id is collected by this shard. */
    boolean owns(String projectId) {
        return of(projectId, count) == index;
    }

    /** The shard, 1 to {@code count}, that the project of this id belongs to. */
    static int of(String projectId, int count) {
        int best = 1;
        long bestWeight = 0;
        for (int s = 1; s <= count; s++) {
            long w = weight(projectId, s);
            if (s == 1 || Long.compareUnsigned(w, bestWeight) > 0) {
                best = s;
                bestWeight = w;
            }
        }
        return best;
    }

    private static long weight(String projectId, int shard) {
        MessageDigest sha = Sha256.digest();
        sha.update(projectId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] d = sha.digest(Integer.toString(shard).getBytes(StandardCharsets.UTF_8));
        long w = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            w = (w << 8) | (d[i] & 0xff);
        }
        return w;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
