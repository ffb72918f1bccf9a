package org.levermap.model.repo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip at the fastest level, for the records a build writes every time and the next build reads once
 * (the key memo, the back buffer's record): a little larger than at the default level, written in a
 * fraction of the time, on the path of every rebuild.
 */
public final class FastGzip extends GZIPOutputStream {

    /** Compresses into {@code out} through a buffer of {@code size} bytes. */
    public FastGzip(OutputStream out, int size) throws IOException {
        super(out, size);
        def.setLevel(Deflater.BEST_SPEED);
    }
}
