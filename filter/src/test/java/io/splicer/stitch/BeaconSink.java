package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpServer;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
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

  /** One variant, media playlist {@code v/index.m3u8}. */
  static final String MULTIVARIANT =
      "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,"
          + "CODECS=\"avc1.4d401e,mp4a.40.2\"\nv/index.m3u8\n";

  /** 8 s of VOD content without markers (two 4 s segments). */
  static final String CONTENT =
      "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:0\n"
          + "#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:4.000,\nc0.ts\n#EXTINF:4.000,\nc1.ts\n"
          + "#EXT-X-ENDLIST\n";

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

  /**
   * Stitches {@link #MULTIVARIANT} and media playlist 0 ({@link #CONTENT}) for the session with the
   * ADS answering {@code adsBody}; the URIs of the ad segments written.
   */
  List<String> stitchHlsAds(Session s, String adsBody) throws Exception {
    StitchFixture f = fixture;
    f.ads = uri -> new StitchFixture.Answer(200, adsBody, 0);
    f.stitch(
        f.config(), s, StitchScope.MULTIVARIANT, StitchFixture.ORIGIN + "index.m3u8", MULTIVARIANT);
    String media = f.stitch(f.config(), s, 0, StitchFixture.ORIGIN + "v/index.m3u8", CONTENT);
    List<String> ads = new ArrayList<>();
    for (String line : media.split("\n")) {
      if (!line.startsWith("#") && !line.contains("origin.test")) {
        ads.add(line);
      }
    }
    return ads;
  }

  /** A viewer requesting {@code /v1/segment} URLs in order; the events each request fired. */
  List<String> viewHls(Session s, List<String> urls) {
    List<String> fired = new ArrayList<>();
    for (String url : urls) {
      String[] p = url.split("/");
      SegmentRef ref = SegmentRef.parse(p[p.length - 2], p[p.length - 1]).orElseThrow();
      SessionAds.SegmentAnswer a =
          fixture.stitcher.reporting().onSegment(s, fixture.config(), ref, ClientInfo.NONE);
      fired.addAll(assertInstanceOf(SessionAds.Redirect.class, a).fired());
    }
    return fired;
  }

  @Override
  public void close() {
    dispatcher.close();
    fixture.close();
    sink.stop(0);
  }
}
