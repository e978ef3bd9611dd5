package org.opendars.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded pipe from the thread that splits a release to the HTTP client thread that sends one half of it.
 * Unlike {@link java.io.PipedInputStream} it does not care which threads read, and it can be aborted: the reader
 * then fails instead of seeing the end, so a body cut short is never sent as if it were whole.
 */
final class BodyPipe {

    private static final byte[] END = new byte[0];
    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<byte[]> chunks;
    private final int chunkSize;
    private final AtomicBoolean handedOut = new AtomicBoolean();
    private volatile String abortedBecause;

    BodyPipe(int chunkSize, int chunksInFlight) {
        this.chunkSize = chunkSize;
        this.chunks = new ArrayBlockingQueue<>(chunksInFlight);
    }

    /** Stops both ends: the writer's next write and the reader's next read fail with this reason. */
    void abort(String reason) {
        if (abortedBecause == null) {
            abortedBecause = reason;
        }
        chunks.clear();
    }

    OutputStream output() {
        return new Output();
    }

    /** The reading end, once: a second reader (a retried request) would send a body without its start. */
    InputStream input() {
        if (handedOut.getAndSet(true)) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("a release body can be sent only once");
                }
            };
        }
        return new Input();
    }

    private void failIfAborted() throws IOException {
        String reason = abortedBecause;
        if (reason != null) {
            throw new Aborted(reason);
        }
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (true) {
                failIfAborted();
                if (chunks.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending");
        }
    }

    /** The pipe was aborted: by a service's answer, or because the file could not be split. */
    static final class Aborted extends IOException {
        Aborted(String reason) {
            super("aborted: " + reason);
        }
    }

    private final class Output extends OutputStream {
        private byte[] buffer = new byte[chunkSize];
        private int count;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                handOver();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (count == buffer.length) {
                    handOver();
                }
                int n = Math.min(length, buffer.length - count);
                System.arraycopy(bytes, offset, buffer, count, n);
                count += n;
                offset += n;
                length -= n;
            }
        }

        private void handOver() throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            if (count > 0) {
                put(count == buffer.length ? buffer : Arrays.copyOf(buffer, count));
                buffer = new byte[chunkSize];
                count = 0;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                handOver();
                put(END);
                closed = true;
            }
        }
    }

    private final class Input extends InputStream {
        private byte[] current = END;
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            try {
                while (position == current.length) {
                    failIfAborted();
                    if (ended) {
                        return -1;
                    }
                    byte[] next = chunks.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == END) {
                        ended = true;
                    } else if (next != null) {
                        current = next;
                        position = 0;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while sending");
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, bytes, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // A reader that stops early leaves the writer nobody to write to.
            if (!ended) {
                abort("the request stopped reading its body");
            }
        }
    }
}
