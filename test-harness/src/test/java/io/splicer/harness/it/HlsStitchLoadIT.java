package io.splicer.harness.it;

import static io.splicer.harness.it.StitchAssets.ad;
import static io.splicer.harness.it.StitchAssets.header;
import static io.splicer.harness.it.StitchAssets.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.harness.it.HlsStitchIT.Session;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live stitching across several breaks with the fake origin's clock, slate on ADS failure, and 100
 * concurrent sessions × every rendition, over HTTP through the deployed filter.
 */
@ExtendWith(ArquillianExtension.class)
class HlsStitchLoadIT {

  static final String ORIGIN = "load-origin";
  private static final int SESSIONS = 100;
  private static final int PARALLEL = 40;
  private static final String MASTER = "v1/master/h/main/stitch/pod/master.m3u8";

  @Deployment(name = "origin", order = 1, testable = false)
  static WebArchive origin() {
    return StitchAssets.addTo(Wars.origin(ORIGIN));
  }

  @Deployment(name = "stitch", order = 2, testable = false)
  static WebArchive splicer() {
    String origin = originBase();
    String ads = origin + "ads/vast?s=[session.uuid]&avail=[avail.index]";
    return Wars.splicer(
        "load",
        Map.of(
            "configDir",
            StitchAssets.configurations(
                    Map.of(
                        "main",
                        Map.of("VideoContentSourceUrl", origin, "AdDecisionServerUrl", ads),
                        "slate",
                        Map.of(
                            "VideoContentSourceUrl",
                            origin,
                            "AdDecisionServerUrl",
                            ads,
                            "SlateAdUrl",
                            origin + "stitch/creatives/slate/index.m3u8")))
                .toString()));
  }

  static String originBase() {
    return "http://127.0.0.1:" + Wars.port() + "/" + ORIGIN + "/";
  }

  @ArquillianResource
  @OperateOnDeployment("stitch")
  private URL base;

  @ArquillianResource
  @OperateOnDeployment("origin")
  private URL originUrl;

  @BeforeEach
  void resetAds() {
    Http.send("DELETE", originUrl, "ads/_requests");
    Http.post(originUrl, "ads/_default", StitchAssets.vastTemplate(originBase()));
  }

  /**
   * The fake live channel (5 × 6 s window, a 12 s break at every sequence 10k) refreshed every 6 s
   * of its clock from sequence 95 to 125: three breaks, each replaced by its own 12 s ad.
   */
  @Test
  void live_refreshedAcrossThreeBreaks_countersMonotonic_renditionsAgree_oneAdsRequestPerBreak() {
    Http.post(originUrl, "live/_clock?set=600", "");
    Session s = Session.open(base, "v1/master/h/main/livemaster.m3u8");
    assertEquals(2, s.renditions.size());
    List<Map<Long, String>> bySequence = List.of(new HashMap<>(), new HashMap<>());
    long[] lastMs = {-1, -1};
    long[] lastDs = {-1, -1};
    for (int step = 0; step <= 26; step++) {
      Http.post(originUrl, "live/_clock?set=" + (600 + 6 * step), "");
      List<String> previous = null;
      for (int r = 0; r < 2; r++) {
        String out = s.get(s.renditions.get(r));
        assertEquals(List.of(), StitchAssets.problems(out), out);
        long ms = header(out, "#EXT-X-MEDIA-SEQUENCE");
        long ds = Math.max(0, header(out, "#EXT-X-DISCONTINUITY-SEQUENCE"));
        assertTrue(ms >= lastMs[r], "media sequence went back at step " + step + "\n" + out);
        assertTrue(ds >= lastDs[r], "discontinuity sequence went back at step " + step + out);
        lastMs[r] = ms;
        lastDs[r] = ds;
        List<String> n = names(out);
        for (int i = 0; i < n.size(); i++) {
          String before = bySequence.get(r).putIfAbsent(ms + i, n.get(i));
          assertEquals(before == null ? n.get(i) : before, n.get(i), "sequence " + (ms + i) + out);
        }
        if (previous != null) {
          assertEquals(previous, n, "renditions disagree at step " + step);
        }
        previous = n;
      }
    }
    List<String> timeline = new ArrayList<>(new TreeMap<>(bySequence.get(0)).values());
    for (int k = 10; k <= 12; k++) {
      assertTrue(
          !timeline.contains("seg_" + (10 * k)) && !timeline.contains("seg_" + (10 * k + 1)),
          "break " + k + " not replaced: " + timeline);
      List<String> expected = new ArrayList<>(List.of("seg_" + (10 * k - 1)));
      expected.addAll(ad("ad" + (k - 9)));
      expected.add("seg_" + (10 * k + 2));
      assertTrue(
          String.join(",", timeline).contains(String.join(",", expected)),
          "break " + k + " expected " + expected + " in " + timeline);
    }
    assertTrue(lastDs[0] >= 4, "discontinuities of the breaks that slid out: " + lastDs[0]);
    assertEquals(List.of("1", "2", "3"), avails(Http.text(originUrl, "ads/_requests"), s.id));
  }

  @Test
  void live_adsFailsWithSlateConfigured_breakFilledWithSlate() {
    Http.send("DELETE", originUrl, "ads/_requests");
    Http.post(originUrl, "ads/_script?status=503&contentType=text/plain", "down");
    Http.post(originUrl, "live/_clock?set=612", ""); // window 97..101, break at 100
    Session s = Session.open(base, "v1/master/h/slate/livemaster.m3u8");
    for (String rendition : s.renditions) {
      String out = s.get(rendition);
      assertEquals(List.of("seg_97", "seg_98", "seg_99", "slate-0", "slate-0"), names(out), out);
      assertEquals(List.of(), StitchAssets.problems(out), out);
    }
  }

  /**
   * {@value #SESSIONS} sessions on the ad-pod seed at once ({@value #PARALLEL} sessions in flight,
   * each asking its renditions concurrently): every answer 200, every session gets its own three
   * decisions in both renditions, and the ADS sees sessions × breaks requests.
   */
  @Test
  void concurrentSessions_allRenditions_consistent_adsRequestsSessionsTimesBreaks()
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    Map<String, List<String>> playlists = new ConcurrentHashMap<>();
    List<Future<?>> sessions = new ArrayList<>();
    try {
      for (int i = 0; i < SESSIONS; i++) {
        sessions.add(
            pool.submit(
                () -> {
                  List<String> children = StitchAssets.variantUris(get(client, MASTER).join());
                  List<CompletableFuture<String>> media = new ArrayList<>();
                  for (String c : children) {
                    media.add(get(client, c));
                  }
                  playlists.put(
                      children.get(0),
                      media.stream()
                          .map(CompletableFuture::join)
                          .map(t -> StitchAssets.followSegmentRedirects(base, t))
                          .toList());
                }));
      }
      for (Future<?> f : sessions) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> expected = new ArrayList<>(ad("ad1"));
    expected.add("Somecontent1");
    expected.addAll(ad("ad2"));
    expected.add("Somecontent2");
    expected.add("Videocontent");
    expected.addAll(ad("ad3"));
    assertEquals(SESSIONS, playlists.size());
    for (Map.Entry<String, List<String>> e : playlists.entrySet()) {
      assertEquals(2, e.getValue().size());
      for (String out : e.getValue()) {
        assertEquals(expected, names(out), e.getKey() + "\n" + out);
      }
    }
    String log = Http.text(originUrl, "ads/_requests");
    Matcher m =
        Pattern.compile("^GET \\S*[?&]s=([0-9a-f-]{36})&avail=(\\d+)", Pattern.MULTILINE)
            .matcher(log);
    Map<String, List<String>> bySession = new HashMap<>();
    int total = 0;
    while (m.find()) {
      bySession.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
      total++;
    }
    assertEquals(SESSIONS * 3, total, "ADS requests = sessions × breaks");
    assertEquals(SESSIONS, bySession.size());
    for (Map.Entry<String, List<String>> e : bySession.entrySet()) {
      assertEquals(
          List.of("1", "2", "3"), e.getValue().stream().sorted().toList(), "session " + e.getKey());
    }
  }

  private CompletableFuture<String> get(HttpClient client, String path) {
    URI uri = Http.uri(base, path);
    return client
        .sendAsync(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString())
        .thenApply(
            r -> {
              assertEquals(200, r.statusCode(), uri + "\n" + r.body());
              return r.body();
            });
  }

  private static List<String> avails(String log, String sessionId) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("^GET \\S*[?&]s=" + sessionId + "&avail=(\\d+)", Pattern.MULTILINE)
            .matcher(log);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
