package io.splicer.stitch;

import com.sun.net.httpserver.HttpServer;
import io.splicer.session.InMemorySessionStore;
import io.splicer.tracking.BeaconDeduplicator;
import io.splicer.tracking.BeaconDispatcher;
import io.splicer.tracking.BeaconService;
import io.splicer.tracking.DispatcherSettings;
import io.splicer.tracking.MacroExpander;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The server-side reporting tests' bench: a beacon sink on 127.0.0.1 (answers 204, records each
 * request), a dispatcher with one attempt per beacon (no retries) and a {@link StitchFixture} whose
 * beacon service fires into it.
 */
final class BeaconSink implements AutoCloseable {

  private final HttpServer sink;
  private final List<String> hits = Collections.synchronizedList(new ArrayList<>());
  private final BeaconDispatcher dispatcher;

  /** The stitch fixture wired to this sink. */
  final StitchFixture fixture;

  BeaconSink() throws IOException {
    sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    sink.createContext(
        "/",
        exchange -> {
          hits.add(exchange.getRequestURI().toString());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    sink.setExecutor(Executors.newSingleThreadExecutor());
    sink.start();
    DispatcherSettings d = DispatcherSettings.DEFAULTS;
    dispatcher =
        new BeaconDispatcher(
            new DispatcherSettings(
                d.requestTimeout(),
                d.initialBackoff(),
                d.maxBackoff(),
                d.retryWindow(),
                0,
                100,
                100,
                1,
                1));
    fixture =
        new StitchFixture(
            Duration.ofSeconds(3),
            new InMemorySessionStore(),
            sessions ->
                new BeaconService(
                    BeaconDeduplicator.of(sessions), MacroExpander.systemDefault(), dispatcher));
  }

  /** The sink URL of a beacon named {@code event}. */
  String beacon(String event) {
    return "http://127.0.0.1:" + sink.getAddress().getPort() + "/b/" + event;
  }

  /**
   * The events received, in arrival order, after waiting (up to 5 s) for {@code expected} of them;
   * waiting for one more than the test expects shows that no extra beacon arrives.
   */
  List<String> events(int expected) throws InterruptedException {
    for (int i = 0; i < 500 && hits.size() < expected; i++) {
      Thread.sleep(10);
    }
    List<String> out = new ArrayList<>();
    synchronized (hits) {
      for (String h : hits) {
        out.add(h.substring("/b/".length()));
      }
    }
    return out;
  }

  @Override
  public void close() {
    dispatcher.close();
    fixture.close();
    sink.stop(0);
  }
}
