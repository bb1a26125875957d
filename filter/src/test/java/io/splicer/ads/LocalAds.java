package io.splicer.ads;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A scriptable ADS on 127.0.0.1 (JDK HttpServer, ephemeral port) for client tests. */
final class LocalAds implements AutoCloseable {

  /** A request the server saw. */
  record Seen(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** Answers one exchange. */
  @FunctionalInterface
  interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();

  LocalAds() throws IOException {
    // Headers and body go out in separate writes: avoid Nagle + delayed-ACK stalls on loopback.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          seen.add(
              new Seen(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body));
          Route r = routes.get(exchange.getRequestURI().getPath());
          try {
            if (r == null) {
              send(exchange, 404, "text/plain", "no route".getBytes(StandardCharsets.UTF_8));
            } else {
              r.handle(exchange);
            }
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  LocalAds route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  LocalAds xml(String path, String body) {
    return route(
        path, ex -> send(ex, 200, "application/xml", body.getBytes(StandardCharsets.UTF_8)));
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static String resource(String name) {
    try (InputStream in = LocalAds.class.getResourceAsStream("/ads/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource [" + name + "]");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
