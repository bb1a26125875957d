package io.splicer.tracking.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingPagerTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  private static TrackingPager pager(Instant now) {
    return new TrackingPager(Clock.fixed(now, ZoneOffset.UTC));
  }

  private static TrackingJson.Response page(TrackingPager p, TrackingTimeline t, String token) {
    return assertInstanceOf(TrackingPager.Page.class, p.page(t, token)).body();
  }

  private static TrackingTimeline live(TrackingTimeline.Avail... avails) {
    return new TrackingTimeline(TrackingTimeline.TimeBase.HLS, null, 100L, List.of(avails));
  }

  private static TrackingTimeline.Avail availAt(String start, long seq) {
    return Timelines.avail(
        Long.toString(seq), start, "20", null, List.of(Timelines.hlsAd("a" + seq, start, seq, 10)));
  }

  @Test
  void page_firstCall_everythingAndToken() {
    TrackingJson.Response r = page(pager(T0), live(availAt("10", 105)), null);
    assertEquals(6, r.avails().get(0).ads().get(0).trackingEvents().size());
    assertNotNull(r.nextToken());
    assertTrue(r.nextToken().matches("[A-Za-z0-9_-]+"), r.nextToken());
  }

  @Test
  void page_tokenWithNothingNew_sameTokenBackNoAvails() {
    TrackingTimeline t = live(availAt("10", 105));
    String token = page(pager(T0), t, null).nextToken();
    TrackingJson.Response again = page(pager(T0.plusSeconds(5)), t, token);
    assertTrue(again.avails().isEmpty());
    assertEquals(token, again.nextToken());
  }

  @Test
  void page_tokenThenNewAvail_onlyNewAvailReturned() {
    String token = page(pager(T0), live(availAt("10", 105)), null).nextToken();
    TrackingTimeline later = live(availAt("10", 105), availAt("100", 150));
    TrackingJson.Response r = page(pager(T0.plusSeconds(60)), later, token);
    assertEquals(List.of("150"), r.avails().stream().map(TrackingJson.Avail::availId).toList());
    assertNotEquals(token, r.nextToken());
    TrackingJson.Response after = page(pager(T0.plusSeconds(70)), later, r.nextToken());
    assertTrue(after.avails().isEmpty());
  }

  @Test
  void page_tokenInsideAd_onlyLaterEventsAndAdsWithoutEventsDropped() {
    // token positioned at the midpoint of the ad at 10 s (20 s ad: midpoint at 20 s)
    String token = TrackingPager.encode(20_000_000L, T0.toEpochMilli());
    TrackingTimeline t =
        live(
            Timelines.avail(
                "105",
                "10",
                "40",
                null,
                List.of(
                    Timelines.hlsAd("x", "0", 100, 5), // events up to 10 s: all before the token
                    Timelines.hlsAd("y", "10", 105, 10))));
    TrackingJson.Response r = page(pager(T0), t, token);
    List<TrackingJson.Ad> ads = r.avails().get(0).ads();
    assertEquals(List.of("105"), ads.stream().map(TrackingJson.Ad::adId).toList());
    assertEquals(
        List.of("thirdQuartile", "complete"),
        ads.get(0).trackingEvents().stream().map(TrackingJson.TrackingEvent::eventType).toList());
  }

  @Test
  void page_tokenOlderThan24h_invalid() {
    TrackingTimeline t = live(availAt("10", 105));
    String token = page(pager(T0), t, null).nextToken();
    assertInstanceOf(TrackingPager.Page.class, pager(T0.plus(Duration.ofHours(24))).page(t, token));
    TrackingPager.Result late = pager(T0.plus(Duration.ofHours(24)).plusMillis(1)).page(t, token);
    TrackingPager.InvalidToken invalid = assertInstanceOf(TrackingPager.InvalidToken.class, late);
    assertTrue(invalid.reason().contains("[" + token + "]"));
  }

  @Test
  void page_garbageToken_invalid() {
    TrackingTimeline t = live(availAt("10", 105));
    for (String bad : List.of("!!!", "dDEuMQ", "eDEuMS4y", "JF57ITe48t1441mv7TmLKuZLroxDzf")) {
      assertInstanceOf(TrackingPager.InvalidToken.class, pager(T0).page(t, bad), bad);
    }
  }

  @Test
  void page_emptyTimeline_tokenStillIssued() {
    TrackingJson.Response r = page(pager(T0), live(), null);
    assertTrue(r.avails().isEmpty());
    assertNotNull(r.nextToken());
    TrackingJson.Response next = page(pager(T0), live(availAt("10", 105)), r.nextToken());
    assertEquals(1, next.avails().size());
  }
}
