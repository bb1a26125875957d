package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.session.ClientInfo;
import io.splicer.session.InMemorySessionStore;
import io.splicer.session.Session;
import io.splicer.session.SessionManager;
import io.splicer.session.SessionParams;
import io.splicer.session.SessionSettings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashSegmentRefTest {

  @Test
  void parse_plainPathAndEncodedIds_decodedIdsRawPath() {
    DashSegmentRef r =
        DashSegmentRef.parse("1550252760.0", "1550252760.0_1", "video/seg_000000001.m4s")
            .orElseThrow();
    assertEquals("1550252760.0", r.availId());
    assertEquals("1550252760.0_1", r.adPeriodId());
    assertEquals("video/seg_000000001.m4s", r.path());
    DashSegmentRef enc = DashSegmentRef.parse("a%20b", "a%2Fb_1", "x%20y.m4s").orElseThrow();
    assertEquals("a b", enc.availId());
    assertEquals("a/b_1", enc.adPeriodId());
    assertEquals("x y.m4s", enc.decodedPath());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../secret.m4s",
        "a/../../b.m4s",
        "./a.m4s",
        "a/./b.m4s",
        "%2e%2e/a.m4s",
        "%2E./a.m4s",
        "a%2fb.m4s",
        "a%2F..%2Fb",
        "a%5cb.m4s",
        "a\\b.m4s",
        "/etc/passwd",
        "//evil.test/a.m4s",
        "http://evil.test/a.m4s",
        "https:%2F%2Fevil.test",
        "a//b.m4s",
        "a/",
        "a%00.m4s",
        "a%0a.m4s",
        "a%zz.m4s",
        "a%2",
        "a b.m4s",
        "a\nb",
        ""
      })
  void parse_unsafePaths_refused(String path) {
    assertEquals(Optional.empty(), DashSegmentRef.parse("p", "p_1", path), path);
  }

  @Test
  void parse_overlongPathOrId_refused() {
    assertTrue(DashSegmentRef.parse("p", "p_1", "a".repeat(DashSegmentRef.MAX_PATH)).isPresent());
    assertEquals(
        Optional.empty(),
        DashSegmentRef.parse("p", "p_1", "a".repeat(DashSegmentRef.MAX_PATH + 1)));
    assertEquals(Optional.empty(), DashSegmentRef.parse("p".repeat(300), "p_1", "a.m4s"));
    assertEquals(Optional.empty(), DashSegmentRef.parse("", "p_1", "a.m4s"));
  }

  @Test
  void routePrefix_withAndWithoutPublicOrigin_encodedConfigName() {
    SessionManager m =
        new SessionManager(new InMemorySessionStore(), SessionSettings.DEFAULTS, Clock.systemUTC());
    Session s =
        m.create(
            SessionManager.Kind.IMPLICIT, "my cfg", "a.mpd", SessionParams.NONE, ClientInfo.NONE);
    StitchScope root = new StitchScope(s, "/app", "h", -1, "http://o/", null);
    assertEquals(
        "/app/v1/dashsegment/h/my%20cfg/" + s.id() + "/",
        DashSegmentRef.routePrefix(root, "my cfg"));
    StitchScope abs = new StitchScope(s, "", "h", -1, "http://o/", null, "https://edge.test");
    assertEquals(
        "https://edge.test/v1/dashsegment/h/cfg/" + s.id() + "/",
        DashSegmentRef.routePrefix(abs, "cfg"));
  }

  @Test
  void played_adCutShort_segmentsUpToTheCut() {
    List<MediaTime> twos = List.of(sec(2), sec(2), sec(2), sec(2), sec(2));
    assertEquals(List.of(sec(2), sec(2), sec(2), sec(1)), DashReporting.played(twos, 7_000_000));
    assertEquals(twos, DashReporting.played(twos, 10_000_000));
    assertEquals(twos, DashReporting.played(twos, 0));
  }

  @Test
  void instant_xsDateTimeWithAndWithoutZone_utc() {
    assertEquals("2024-01-01T00:00:00Z", DashReporting.instant("2024-01-01T00:00:00Z").toString());
    assertEquals(
        "2024-01-01T00:00:00Z", DashReporting.instant("2024-01-01T01:00:00+01:00").toString());
    assertEquals("2024-01-01T00:00:00Z", DashReporting.instant("2024-01-01T00:00:00").toString());
    assertEquals(null, DashReporting.instant("yesterday"));
  }

  private static MediaTime sec(long s) {
    return MediaTime.ofSeconds(s);
  }
}
