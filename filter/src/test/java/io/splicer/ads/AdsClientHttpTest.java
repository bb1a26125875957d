package io.splicer.ads;

import static io.splicer.ads.LocalAds.resource;
import static io.splicer.ads.LocalAds.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.vast.IabErrorCode;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.TimeOffset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ADS client against a real HTTP server on 127.0.0.1 (reference §5.1, §6). */
class AdsClientHttpTest {

  private static final SessionVariables VIEWER =
      new SessionVariables(
          "896976764",
          "e039fd39-09f0-46b2-aca9-9871cc116cde",
          "10.0.0.7",
          Optional.of("203.0.113.9"),
          "TestPlayer/1.0",
          Optional.empty(),
          Optional.empty());

  private final CountDownLatch release = new CountDownLatch(1);
  private LocalAds ads;
  private AdsClient client;

  @BeforeEach
  void start() throws IOException {
    ads = new LocalAds();
    ads.xml("/vast", resource("inline-two-ads.xml"))
        .xml("/empty", "<VAST version=\"4.2\"/>")
        .xml("/blank", "")
        .xml("/malformed", "<VAST version=\"3.0\"><Ad id=\"x\"><InLine>")
        .xml("/notvast", "<html><body>hello</body></html>")
        .route("/fail", ex -> send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8)))
        .route("/slow", ex -> awaitRelease())
        .route("/huge", ex -> send(ex, 200, "application/xml", new byte[2 << 20]))
        .route("/redirect", ex -> redirect(ex, "/vast"))
        .route("/gzip", ex -> gzipped(ex, resource("inline-two-ads.xml")))
        .xml("/wrapper1", wrapper(1, ads.base() + "/wrapper2"))
        .xml("/wrapper2", wrapper(2, "/vast"))
        .xml("/loop", wrapper(9, "/loop"))
        .xml("/vmap", resource("vmap.xml"));
    client =
        new AdsClient(
            AdsClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(30)),
            new AdsEvents());
  }

  @AfterEach
  void stop() {
    release.countDown();
    client.close();
    ads.close();
  }

  private AdsResult call(String pathAndQuery) {
    AdsVariables vars = AdsVariables.builder().session(VIEWER).build();
    return client
        .request(AdsRequestTemplate.get(ads.base() + pathAndQuery), vars, Optional.of(VIEWER))
        .orTimeout(30, TimeUnit.SECONDS)
        .join();
  }

  @Test
  void request_inlineVast_adsInOrderAndViewerHeadersForwarded() {
    AdsResult r = call("/vast?sid=[session.id]&g=[player_params.genre]");
    assertTrue(r.failure().isEmpty(), r.toString());
    List<ResolvedAd> resolved = r.vast().orElseThrow().ads();
    assertEquals(List.of("ad-1", "ad-2"), resolved.stream().map(ResolvedAd::adId).toList());
    assertEquals(ads.base() + "/vast?sid=896976764&g=", r.requestUrl());
    LocalAds.Seen seen = ads.seen.get(0);
    assertEquals("TestPlayer/1.0", seen.header("User-Agent"));
    assertEquals("203.0.113.9", seen.header("X-Forwarded-For"));
    assertEquals(1, client.events().count(AdsEventType.WARNING_URL_VARIABLE_SUBSTITUTION_FAILED));
  }

  @Test
  void request_seedExample_70sBreakTwo40sAds_oneAdThenSlate() {
    AdsResult r = call("/vast");
    BreakPlan<ResolvedAd> plan =
        BreakPlanner.planReplacement(
            MediaTime.ofSeconds(70),
            r.toResponse(),
            CreativeReadiness.alwaysReady(),
            FillSettings.withSlate());
    assertEquals(1, plan.ads().size());
    assertEquals("ad-1", plan.ads().get(0).candidate().ad().adId());
    assertEquals(MediaTime.ofSeconds(30), plan.slateDuration());
    assertEquals(SkipReason.AVAIL_DURATION_EXCEEDED, plan.skipped().get(0).reason());
  }

  @Test
  void request_productionReadiness_progressiveOnlyAdSkippedAsUnsupported() {
    AdsResult r = call("/vast");
    BreakPlan<ResolvedAd> plan =
        BreakPlanner.planInsertion(r.toResponse(), new StreamingMediaReadiness());
    assertEquals(List.of("ad-1"), plan.ads().stream().map(a -> a.candidate().ad().adId()).toList());
    assertEquals(SkipReason.UNSUPPORTED_MEDIA_FILE, plan.skipped().get(0).reason());
    assertEquals("creative-2", plan.skipped().get(0).candidate().creativeKey());
  }

  @Test
  void request_slowAds_timeoutFailureWith301AndSlate() {
    // /slow never answers until the test ends, so any timeout fires; the value is irrelevant.
    client.close();
    client =
        new AdsClient(
            AdsClientSettings.defaults()
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(1)),
            new AdsEvents());
    AdsResult r = call("/slow");
    assertFailure(r, AdsFailure.Kind.TIMEOUT, IabErrorCode.WRAPPER_TIMEOUT);
    assertEquals(1, client.events().count(AdsEventType.ERROR_ADS_TIMEOUT));
    BreakPlan<ResolvedAd> plan =
        BreakPlanner.planReplacement(
            MediaTime.ofSeconds(30),
            r.toResponse(),
            CreativeReadiness.alwaysReady(),
            FillSettings.withSlate());
    assertEquals(MediaTime.ofSeconds(30), plan.slateDuration());
    assertEquals(r.failure(), plan.adsFailure());
  }

  @Test
  void request_server500_httpStatusFailureAndContent() {
    AdsResult r = call("/fail");
    assertFailure(r, AdsFailure.Kind.HTTP_STATUS, IabErrorCode.WRAPPER_TIMEOUT);
    assertTrue(r.failure().get().detail().contains("[500]"), r.failure().get().detail());
    BreakPlan<ResolvedAd> plan =
        BreakPlanner.planReplacement(
            MediaTime.ofSeconds(30),
            r.toResponse(),
            CreativeReadiness.alwaysReady(),
            FillSettings.NONE);
    assertEquals(MediaTime.ofSeconds(30), plan.contentDuration());
    assertTrue(!plan.isPersonalized());
  }

  @Test
  void request_emptyVastAndBlankBody_emptyFailureWith303() {
    assertFailure(call("/empty"), AdsFailure.Kind.EMPTY, IabErrorCode.NO_ADS);
    assertFailure(call("/blank"), AdsFailure.Kind.EMPTY, IabErrorCode.NO_ADS);
    assertEquals(2, client.events().count(AdsEventType.EMPTY_VAST_RESPONSE));
  }

  @Test
  void request_malformedOrNotVast_malformedFailureWithParseCode() {
    AdsResult broken = call("/malformed");
    assertEquals(AdsFailure.Kind.MALFORMED, broken.failure().orElseThrow().kind());
    assertEquals(IabErrorCode.XML_PARSE, broken.failure().get().code());
    AdsResult html = call("/notvast");
    assertEquals(AdsFailure.Kind.MALFORMED, html.failure().orElseThrow().kind());
    assertTrue(
        html.failure().get().code() == IabErrorCode.VERSION_UNSUPPORTED
            || html.failure().get().code() == IabErrorCode.XML_PARSE,
        html.failure().get().toString());
  }

  @Test
  void request_bodyOverCap_tooLargeFailure() {
    assertFailure(call("/huge"), AdsFailure.Kind.TOO_LARGE, IabErrorCode.XML_PARSE);
  }

  @Test
  void request_unknownRoute404_httpStatusFailure() {
    assertFailure(call("/nowhere"), AdsFailure.Kind.HTTP_STATUS, IabErrorCode.WRAPPER_TIMEOUT);
  }

  @Test
  void request_connectionRefused_ioFailure() throws IOException {
    String dead;
    try (LocalAds other = new LocalAds()) {
      dead = other.base();
    }
    AdsResult r =
        client
            .request(
                AdsRequestTemplate.get(dead + "/vast"),
                AdsVariables.builder().build(),
                Optional.empty())
            .join();
    assertEquals(AdsFailure.Kind.IO, r.failure().orElseThrow().kind());
  }

  @Test
  void request_wrapperChainOverHttp_resolvedWithMergedTrackingAndHeaders() {
    AdsResult r = call("/wrapper1");
    assertTrue(r.failure().isEmpty(), r.toString());
    ResolvedAd first = r.vast().orElseThrow().ads().get(0);
    assertEquals("ad-1", first.adId());
    assertTrue(first.impressions().contains("http://beacons.example/imp/1"));
    assertTrue(first.impressions().contains("http://beacons.example/wrapper-imp/1"));
    assertTrue(first.impressions().contains("http://beacons.example/wrapper-imp/2"));
    assertEquals(3, first.trackingEvents("start").size());
    assertEquals(
        List.of("/wrapper1", "/wrapper2", "/vast"),
        ads.seen.stream().map(s -> s.uri().getPath()).toList());
    for (LocalAds.Seen s : ads.seen) {
      assertEquals("TestPlayer/1.0", s.header("User-Agent"), s.uri().toString());
      assertEquals("203.0.113.9", s.header("X-Forwarded-For"), s.uri().toString());
    }
    assertEquals(2, client.events().count(AdsEventType.VAST_REDIRECT));
  }

  @Test
  void request_wrapperLoop_wrapperFailureNoException() {
    AdsResult r = call("/loop");
    assertEquals(AdsFailure.Kind.WRAPPER, r.failure().orElseThrow().kind());
  }

  @Test
  void request_httpRedirectAndGzip_followedAndDecoded() {
    assertEquals(2, call("/redirect").vast().orElseThrow().ads().size());
    assertEquals(2, call("/gzip").vast().orElseThrow().ads().size());
  }

  @Test
  void request_vmap_breaksResolvedOverHttp() {
    AdsResult r = call("/vmap");
    assertTrue(r.isVmap(), r.toString());
    assertEquals(3, r.vmapBreaks().size());
    assertTrue(r.vmapBreaks().get(0).adBreak().timeOffset() instanceof TimeOffset.Start);
    assertEquals(2, r.vmapBreaks().get(0).resolution().ads().size());
    assertEquals(2, r.vmapBreaks().get(1).resolution().ads().size());
    assertTrue(r.vmapBreaks().get(2).resolution().ads().isEmpty());
  }

  @Test
  void request_postWithBodyTemplate_bodyAndHeadersSent() {
    AdsRequestTemplate t =
        AdsRequestTemplate.of(
            ads.base() + "/vast",
            "POST",
            Map.of("Content-Type", "application/json"),
            Optional.of("{\"id\":\"{{session.uuid}}\"}"),
            false);
    AdsResult r =
        client
            .request(t, AdsVariables.builder().session(VIEWER).build(), Optional.of(VIEWER))
            .join();
    assertTrue(r.failure().isEmpty());
    LocalAds.Seen seen = ads.seen.get(0);
    assertEquals("POST", seen.method());
    assertEquals(
        "{\"id\":\"e039fd39-09f0-46b2-aca9-9871cc116cde\"}",
        new String(seen.body(), StandardCharsets.UTF_8));
  }

  @Test
  void request_manyConcurrent_boundedPerHost() {
    AdsClient narrow =
        new AdsClient(
            AdsClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20))
                .withConcurrency(2, 100),
            new AdsEvents());
    AtomicInteger now = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    CountDownLatch twoIn = new CountDownLatch(2);
    CountDownLatch gate = new CountDownLatch(1);
    ads.route(
        "/gate",
        ex -> {
          max.accumulateAndGet(now.incrementAndGet(), Math::max);
          twoIn.countDown();
          try {
            gate.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          now.decrementAndGet();
          send(
              ex,
              200,
              "application/xml",
              resource("inline-two-ads.xml").getBytes(StandardCharsets.UTF_8));
        });
    try {
      List<CompletableFuture<AdsResult>> all = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        all.add(
            narrow.request(
                AdsRequestTemplate.get(ads.base() + "/gate"),
                AdsVariables.builder().build(),
                Optional.empty()));
      }
      awaitQuietly(twoIn);
      assertEquals(2, ads.seen.size());
      gate.countDown();
      for (CompletableFuture<AdsResult> f : all) {
        assertTrue(f.orTimeout(30, TimeUnit.SECONDS).join().failure().isEmpty());
      }
      assertEquals(2, max.get());
      assertEquals(6, ads.seen.size());
    } finally {
      gate.countDown();
      narrow.close();
    }
  }

  @Test
  void close_thenRequest_ioFailureNotException() {
    client.close();
    assertEquals(AdsFailure.Kind.IO, call("/vast").failure().orElseThrow().kind());
  }

  private static void assertFailure(AdsResult r, AdsFailure.Kind kind, IabErrorCode code) {
    AdsFailure f = r.failure().orElseThrow(() -> new AssertionError("no failure: " + r));
    assertEquals(kind, f.kind(), f.toString());
    assertEquals(code, f.code(), f.toString());
    assertTrue(r.toResponse().candidates().isEmpty());
  }

  private void awaitRelease() {
    awaitQuietly(release);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String wrapper(int level, String next) {
    return resource("wrapper.xml").replace("LEVEL", Integer.toString(level)).replace("NEXT", next);
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }

  private static void gzipped(com.sun.net.httpserver.HttpExchange ex, String xml)
      throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    ex.getResponseHeaders().set("Content-Encoding", "gzip");
    send(ex, 200, "application/xml", buf.toByteArray());
  }
}
