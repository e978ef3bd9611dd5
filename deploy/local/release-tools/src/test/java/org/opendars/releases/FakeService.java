package org.opendars.releases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for one service's release endpoint: records each request (its body, and whether the body arrived
 * whole) and answers as told.
 */
final class FakeService implements AutoCloseable {

    record Request(String method, String path, String query, String authorization, String contentType,
            String body, boolean whole) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final CountDownLatch answered = new CountDownLatch(1);

    private volatile int status = 202;
    private volatile String contentType = "application/json";
    private volatile String answer = "{\"status\":\"ACCEPTED\"}";
    private volatile int readBeforeAnswering = -1;
    private volatile CountDownLatch readAfter;

    FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers with this status and problem body once it has read {@code bytes} of the body (-1: all of it). */
    FakeService refusing(int status, String problem, int bytes) {
        this.status = status;
        this.contentType = "application/problem+json";
        this.answer = problem;
        this.readBeforeAnswering = bytes;
        return this;
    }

    /** Reads nothing of a body until {@code other} has answered. */
    FakeService readingOnlyAfter(FakeService other) {
        this.readAfter = other.answered;
        return this;
    }

    Request request() throws InterruptedException {
        Request request = requests.poll(30, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request reached " + uri());
        }
        return request;
    }

    /** The request, if one came within the time; a request that never started is no request. */
    java.util.Optional<Request> requestWithin(java.time.Duration time) throws InterruptedException {
        return java.util.Optional.ofNullable(requests.poll(time.toMillis(), TimeUnit.MILLISECONDS));
    }

    boolean received() {
        return !requests.isEmpty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean whole = false;
        try (InputStream in = exchange.getRequestBody()) {
            CountDownLatch wait = readAfter;
            if (wait != null) {
                wait.await(30, TimeUnit.SECONDS);
            }
            if (readBeforeAnswering < 0) {
                in.transferTo(body);
                whole = true;
            } else {
                body.write(in.readNBytes(readBeforeAnswering));
            }
        } catch (IOException | InterruptedException cutShort) {
            whole = false;
        }
        try {
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client aborted; what it sent is recorded all the same
        } finally {
            answered.countDown();
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body.toString(StandardCharsets.UTF_8),
                    whole));
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
