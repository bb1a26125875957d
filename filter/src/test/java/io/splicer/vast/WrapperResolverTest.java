package io.splicer.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WrapperResolverTest {

  private final CorpusFetcher corpus = new CorpusFetcher();

  private VastResolution resolve(VastFetcher fetcher, WrapperLimits limits, String file)
      throws Exception {
    return new WrapperResolver(fetcher, limits).resolve(CorpusFetcher.uri(file)).get();
  }

  @Test
  void resolve_relativeWrapperChain_mergesWrapperTrackingIntoInline() throws Exception {
    VastResolution r = resolve(corpus, WrapperLimits.defaults(), "wrapper-a.xml");
    ResolvedAd ad = r.ads().get(0);
    assertEquals("ad_id_0001", ad.adId());
    assertEquals(
        List.of(
            CorpusFetcher.uri("wrapper-b.xml").toString(),
            CorpusFetcher.uri("sample.xml").toString()),
        ad.wrapperChain());
    // InLine's first, then wrapper-b's, then wrapper-a's
    assertEquals(
        "http://example.com/impression1_asset:[ASSETURI]_[CACHEBUSTING]", ad.impressions().get(0));
    assertTrue(ad.impressions().contains("http://example.com/wrapperB-impression1"));
    assertTrue(ad.impressions().contains("http://example.com/wrapperA-impression"));
    assertEquals(
        List.of(
            "http://example.com/error_[ERRORCODE]",
            "http://example.com/wrapperB-error",
            "http://example.com/wrapperA-error"),
        ad.errorUrls());
    List<String> starts = ad.trackingEvents("start").stream().map(TrackingEvent::uri).toList();
    assertEquals(
        List.of(
            "http://example.com/linear-start",
            "http://example.com/wrapperB-linear-start",
            "http://example.com/wrapperA-linear-start1",
            "http://example.com/wrapperA-linear-start2"),
        starts);
    assertTrue(ad.clickTracking().contains("http://example.com/wrapperA-linear-clicktracking3"));
    assertTrue(ad.trackingEvents("progress").stream().anyMatch(t -> "60%".equals(t.offset())));
    assertEquals(io.splicer.core.MediaTime.ofMillis(90_123), ad.duration());
    assertTrue(ad.buffetGroup() > 0);
  }

  @Test
  void resolve_legacyVastAdTagUrl_followsUrlElement() throws Exception {
    VastResolution r = resolve(corpus, WrapperLimits.defaults(), "wrapper-legacy.xml");
    assertEquals(1, r.ads().size());
    assertTrue(r.ads().get(0).impressions().contains("http://example.com/wrapper-impression"));
  }

  @Test
  void resolve_adPodOfWrappers_keepsPodOrderAndInheritsSequence() throws Exception {
    VastResolution r = resolve(corpus, WrapperLimits.defaults(), "wrapper-multiple-ads.xml");
    assertEquals(
        List.of("VPAID", "20001", "ad_id_0001", "ad_id_0002", "preroll-1"),
        r.ads().stream().map(ResolvedAd::adId).toList());
    assertEquals(1, r.ads().get(0).sequence());
    assertEquals(2, r.ads().get(1).sequence());
  }

  @Test
  void resolve_depthLimit_reports302() throws Exception {
    VastResolution r =
        resolve(corpus, WrapperLimits.defaults().withMaxWrapperDepth(1), "wrapper-a.xml");
    // wrapper-a → wrapper-b is allowed, wrapper-b → sample.xml would be the 2nd level
    VastError first = r.errors().get(0);
    assertEquals(IabErrorCode.WRAPPER_LIMIT, first.code());
    assertEquals("4321", first.adId());
    assertTrue(first.errorUrls().contains("http://example.com/wrapperA-error"));
    assertTrue(first.errorUrls().contains("http://example.com/wrapperB-error"));
  }

  @Test
  void resolve_wrapperLoop_reports300() throws Exception {
    String loop =
        """
        <VAST version="4.3"><Ad id="L"><Wrapper><AdSystem>x</AdSystem>
        <VASTAdTagURI>loop.xml</VASTAdTagURI><Error>http://e/[ERRORCODE]</Error>
        <Impression>http://i</Impression></Wrapper></Ad></VAST>""";
    VastFetcher fetcher =
        uri ->
            CompletableFuture.completedFuture(
                new FetchedDocument(uri, loop.getBytes(StandardCharsets.UTF_8)));
    VastResolution r =
        new WrapperResolver(fetcher, WrapperLimits.defaults())
            .resolve(URI.create("http://ads.test/loop.xml"))
            .get();
    assertEquals(0, r.ads().size());
    assertEquals(IabErrorCode.WRAPPER, r.errors().get(0).code());
    assertTrue(r.errors().get(0).message().contains("loop"), r.errors().get(0).message());
  }

  @Test
  void resolve_fetcherNeverCompletes_reports301AfterTimeout() throws Exception {
    CompletableFuture<FetchedDocument> never = new CompletableFuture<>();
    VastFetcher fetcher =
        uri -> uri.getPath().endsWith("wrapper-b.xml") ? never : corpus.fetch(uri);
    WrapperLimits limits = WrapperLimits.defaults().withPerRequestTimeout(Duration.ofMillis(50));
    VastResolution r = resolve(fetcher, limits, "wrapper-a.xml");
    VastError timeout =
        r.errors().stream().filter(e -> "4321".equals(e.adId())).findFirst().orElseThrow();
    assertEquals(IabErrorCode.WRAPPER_TIMEOUT, timeout.code());
    assertTrue(never.isCancelled(), "the pending fetch is cancelled");
    assertEquals(List.of("VPAID"), r.ads().stream().map(ResolvedAd::adId).toList());
  }

  @Test
  void resolve_totalBudgetSpent_reports301WithoutFetching() throws Exception {
    AtomicLong clock = new AtomicLong();
    VastFetcher slow =
        uri -> {
          clock.addAndGet(Duration.ofSeconds(6).toNanos()); // each fetch "takes" 6 s
          return corpus.fetch(uri);
        };
    WrapperResolver resolver = new WrapperResolver(slow, WrapperLimits.defaults(), clock::get);
    VastResolution r = resolver.resolve(CorpusFetcher.uri("wrapper-a.xml")).get();
    // wrapper-a (0→6 s), wrapper-b (6→12 s); at 12 s the 10 s budget is spent: sample.xml and
    // vpaid.xml are never fetched
    assertEquals(0, r.ads().size());
    assertEquals(2, r.errors().size());
    for (VastError e : r.errors()) {
      assertEquals(IabErrorCode.WRAPPER_TIMEOUT, e.code());
      assertTrue(e.message().contains("budget"), e.message());
    }
    assertEquals(2, corpus.fetched.size());
  }

  @Test
  void resolve_fetchedBytesWithoutAds_reports303WithRootErrorUrls() throws Exception {
    WrapperResolver resolver = new WrapperResolver(corpus, WrapperLimits.defaults());
    VastResolution r =
        resolver
            .resolve(CorpusFetcher.bytes("vast/vast-client-js/empty-no-ad.xml"), CorpusFetcher.BASE)
            .get();
    assertEquals(IabErrorCode.NO_ADS, r.errors().get(0).code());
    assertTrue(!r.errors().get(0).errorUrls().isEmpty());
  }

  @Test
  void resolve_allowMultipleAdsFalse_keepsOneAdAtWrapperSequence() throws Exception {
    Map<String, String> docs =
        Map.of(
            "/top.xml",
            """
            <VAST version="4.3">
             <Ad id="s1" sequence="1"><InLine><AdSystem>a</AdSystem><AdTitle>t</AdTitle>
              <Impression>http://i1</Impression><Creatives><Creative><Linear>
              <Duration>00:00:10</Duration><MediaFiles><MediaFile delivery="progressive"
              type="video/mp4" width="640" height="360">http://m/1.mp4</MediaFile></MediaFiles>
              </Linear></Creative></Creatives></InLine></Ad>
             <Ad id="w2" sequence="2"><Wrapper allowMultipleAds="false"><AdSystem>a</AdSystem>
              <VASTAdTagURI>https://ads.test/redirect.xml</VASTAdTagURI></Wrapper></Ad>
            </VAST>""",
            "/redirect.xml",
            """
            <VAST version="4.3">
             <Ad id="alone"><InLine><AdSystem>a</AdSystem><AdTitle>t</AdTitle>
              <Impression>http://i3</Impression><Creatives><Creative><Linear>
              <Duration>00:00:05.500</Duration><MediaFiles><MediaFile>http://m/3.mp4</MediaFile>
              </MediaFiles></Linear></Creative></Creatives></InLine></Ad>
             <Ad id="r1" sequence="1"><InLine><AdSystem>a</AdSystem><AdTitle>t</AdTitle>
              <Impression>http://i2</Impression><Creatives><Creative><Linear>
              <Duration>00:00:15</Duration><MediaFiles><MediaFile>http://m/2.mp4</MediaFile>
              </MediaFiles></Linear></Creative></Creatives></InLine></Ad>
            </VAST>""");
    VastFetcher fetcher =
        uri ->
            CompletableFuture.completedFuture(
                new FetchedDocument(uri, docs.get(uri.getPath()).getBytes(StandardCharsets.UTF_8)));
    VastResolution r =
        new WrapperResolver(fetcher, WrapperLimits.defaults())
            .resolve(URI.create("https://ads.test/top.xml"))
            .get();
    assertEquals(List.of("s1", "r1"), r.ads().stream().map(ResolvedAd::adId).toList());
    assertEquals(2, r.ads().get(1).sequence());
    assertEquals(List.of(), r.errors());
  }

  @Test
  void resolve_nonLinear_keepsOverlayAdsWithWrapperTrackingAndRejectsLinearOnly() throws Exception {
    Map<String, String> docs =
        Map.of(
            "/top.xml",
            """
            <VAST version="4.1">
             <Ad id="w"><Wrapper><AdSystem>a</AdSystem>
              <Impression>http://w/impression</Impression>
              <VASTAdTagURI>https://ads.test/overlay.xml</VASTAdTagURI>
              <Creatives><Creative><NonLinearAds>
               <TrackingEvents><Tracking event="close">http://w/close</Tracking></TrackingEvents>
               <NonLinear><NonLinearClickTracking>http://w/click</NonLinearClickTracking></NonLinear>
              </NonLinearAds></Creative></Creatives></Wrapper></Ad>
             <Ad id="lin"><InLine><AdSystem>a</AdSystem><AdTitle>t</AdTitle>
              <Impression>http://i</Impression><Creatives><Creative><Linear>
              <Duration>00:00:10</Duration><MediaFiles><MediaFile>http://m/1.mp4</MediaFile>
              </MediaFiles></Linear></Creative></Creatives></InLine></Ad>
            </VAST>""",
            "/overlay.xml",
            """
            <VAST version="4.1">
             <Ad id="ov"><InLine><AdSystem>a</AdSystem><AdTitle>t</AdTitle>
              <Impression>http://ov/impression</Impression><Creatives><Creative id="c">
              <NonLinearAds><NonLinear width="300" height="50" minSuggestedDuration="00:00:05">
               <StaticResource creativeType="image/png">http://ov/x.png</StaticResource>
              </NonLinear><TrackingEvents><Tracking event="creativeView">http://ov/view</Tracking>
              </TrackingEvents></NonLinearAds></Creative></Creatives></InLine></Ad>
            </VAST>""");
    VastFetcher fetcher =
        uri ->
            CompletableFuture.completedFuture(
                new FetchedDocument(uri, docs.get(uri.getPath()).getBytes(StandardCharsets.UTF_8)));
    VastResolution r =
        new WrapperResolver(fetcher, WrapperLimits.defaults())
            .resolve(URI.create("https://ads.test/top.xml"), Linearity.NON_LINEAR)
            .get();
    assertEquals(List.of("ov"), r.ads().stream().map(ResolvedAd::adId).toList());
    ResolvedAd ov = r.ads().get(0);
    assertEquals(List.of("http://ov/impression", "http://w/impression"), ov.impressions());
    assertEquals(List.of(), ov.mediaFiles());
    assertEquals(
        io.splicer.core.MediaTime.ofSeconds(5),
        ov.nonLinear().get(0).nonLinears().get(0).minSuggestedTime());
    assertEquals(
        List.of(
            "creativeView=http://ov/view", "close=http://w/close", "clickTracking=http://w/click"),
        ov.nonLinear().stream()
            .flatMap(c -> c.trackingEvents().stream())
            .map(t -> t.event() + "=" + t.uri())
            .toList());
    assertEquals(1, r.errors().size(), r.errors().toString());
    assertEquals(IabErrorCode.UNEXPECTED_LINEARITY, r.errors().get(0).code());
    // the same document resolved for a linear break keeps the linear ad only
    VastResolution linear =
        new WrapperResolver(fetcher, WrapperLimits.defaults())
            .resolve(URI.create("https://ads.test/top.xml"))
            .get();
    assertEquals(List.of("lin"), linear.ads().stream().map(ResolvedAd::adId).toList());
  }
}
