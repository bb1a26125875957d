package io.splicer.bench;

import com.sun.net.httpserver.HttpServer;
import io.splicer.ads.AdsClient;
import io.splicer.ads.AdsClientSettings;
import io.splicer.ads.AdsEvents;
import io.splicer.ads.AdsRequestTemplate;
import io.splicer.ads.AdsResult;
import io.splicer.ads.AdsVariables;
import io.splicer.ads.SessionVariables;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The ADS client's cost per decision against a local ADS (JDK HttpServer on 127.0.0.1): template
 * expansion, HTTP over a reused connection, parsing and wrapper resolution. {@code hops} is the
 * number of VAST wrappers before the InLine response; overhead per hop = (t(n) − t(0)) / n.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdsClientBenchmark {

  private static final String INLINE =
      "<VAST version=\"3.0\"><Ad id=\"a1\" sequence=\"1\"><InLine><AdSystem>b</AdSystem>"
          + "<AdTitle>t</AdTitle><Impression><![CDATA[http://b.example/imp]]></Impression>"
          + "<Creatives><Creative id=\"c1\"><Linear><Duration>00:00:15</Duration>"
          + "<TrackingEvents><Tracking event=\"start\"><![CDATA[http://b.example/s]]></Tracking>"
          + "</TrackingEvents><MediaFiles><MediaFile delivery=\"streaming\""
          + " type=\"application/x-mpegURL\" width=\"1280\" height=\"720\">"
          + "<![CDATA[http://cdn.example/a1/index.m3u8]]></MediaFile></MediaFiles></Linear>"
          + "</Creative></Creatives></InLine></Ad></VAST>";

  private static final SessionVariables VIEWER =
      new SessionVariables(
          "896976764",
          "e039fd39-09f0-46b2-aca9-9871cc116cde",
          "10.0.0.7",
          Optional.of("203.0.113.9"),
          "BenchPlayer/1.0",
          Optional.empty(),
          Optional.empty());

  @Param({"0", "1", "3"})
  public int hops;

  private HttpServer server;
  private ExecutorService serverThreads;
  private AdsClient client;
  private AdsRequestTemplate template;
  private AdsVariables variables;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus the
    // client's delayed ACK adds ~40 ms per response on loopback, which would swamp the figures.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    serverThreads = Executors.newFixedThreadPool(2);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          int level = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
          String body = level == 0 ? INLINE : wrapper(level - 1);
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "application/xml");
          ex.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    client = new AdsClient(AdsClientSettings.defaults(), new AdsEvents());
    template =
        AdsRequestTemplate.get(
            "http://127.0.0.1:"
                + server.getAddress().getPort()
                + "/ads/"
                + hops
                + "?sid=[session.id]&ua=[session.user_agent]&d=[session.avail_duration_ms]");
    variables = AdsVariables.builder().session(VIEWER).build();
  }

  private static String wrapper(int next) {
    return "<VAST version=\"3.0\"><Ad id=\"w"
        + next
        + "\"><Wrapper><AdSystem>w</AdSystem><VASTAdTagURI><![CDATA[/ads/"
        + next
        + "]]></VASTAdTagURI><Impression><![CDATA[http://b.example/w]]></Impression>"
        + "<Creatives/></Wrapper></Ad></VAST>";
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Benchmark
  public AdsResult decision() {
    AdsResult r = client.request(template, variables, Optional.of(VIEWER)).join();
    if (r.failure().isPresent()) {
      throw new IllegalStateException("ADS failed: " + r.failure().get());
    }
    return r;
  }
}
