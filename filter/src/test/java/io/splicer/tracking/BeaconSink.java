package io.splicer.tracking;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/** A local beacon sink on 127.0.0.1 recording every request, with a scriptable status. */
final class BeaconSink implements AutoCloseable {

  /** One received request. */
  record Hit(String pathAndQuery, String userAgent, String forwardedFor) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final List<Hit> hits = new ArrayList<>();
  private final AtomicInteger concurrent = new AtomicInteger();
  private final AtomicInteger maxConcurrent = new AtomicInteger();
  private volatile IntSupplier status = () -> 200;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  BeaconSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(pool);
    server.createContext(
        "/",
        exchange -> {
          int now = concurrent.incrementAndGet();
          maxConcurrent.accumulateAndGet(now, Math::max);
          try {
            Map<String, List<String>> h = exchange.getRequestHeaders();
            synchronized (hits) {
              hits.add(
                  new Hit(
                      exchange.getRequestURI().getRawPath()
                          + (exchange.getRequestURI().getRawQuery() == null
                              ? ""
                              : "?" + exchange.getRequestURI().getRawQuery()),
                      first(h, "User-Agent"),
                      first(h, "X-Forwarded-For")));
            }
            gate.await(30, TimeUnit.SECONDS);
            exchange.sendResponseHeaders(status.getAsInt(), -1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            concurrent.decrementAndGet();
            exchange.close();
          }
        });
    server.start();
  }

  private static String first(Map<String, List<String>> h, String name) {
    List<String> v = h.get(name);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  void respond(int code) {
    status = () -> code;
  }

  void respond(IntSupplier code) {
    status = code;
  }

  /** Requests hang until {@link #open()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void open() {
    gate.countDown();
  }

  List<Hit> hits() {
    synchronized (hits) {
      return List.copyOf(hits);
    }
  }

  int maxConcurrent() {
    return maxConcurrent.get();
  }

  @Override
  public void close() {
    open();
    server.stop(0);
    pool.shutdownNow();
  }
}
