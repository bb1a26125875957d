package io.splicer.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.session.ClientInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MacroExpanderTest {

  private final MacroExpander expander =
      new MacroExpander(
          Clock.fixed(Instant.parse("2026-11-21T08:15:07.127Z"), ZoneOffset.UTC),
          new SplittableRandom(42));

  private final AdContext ad =
      new AdContext(
          "https://cdn.test/ad 1/index.m3u8",
          "srv-123",
          "ad-id.org CNPA0484000H",
          2,
          BreakPosition.MIDROLL);

  private final MacroValues values =
      new MacroValues(
          ad,
          ClientInfo.of("198.51.100.2", "", "Mozilla/5.0 (X11)", ""),
          MediaTime.parseSeconds("3725.5"),
          MediaTime.parseSeconds("7.5"),
          null);

  @Test
  void expand_knownMacros_substitutedAndUrlEncoded() {
    String out =
        expander.expand(
            "http://t.test/e?ts=[TIMESTAMP]&cp=[CONTENTPLAYHEAD]&mp=[MEDIAPLAYHEAD]"
                + "&ap=[ADPLAYHEAD]&u=[ASSETURI]&bp=[BREAKPOSITION]&sid=[ADSERVINGID]"
                + "&uid=[UNIVERSALADID]&ps=[PODSEQUENCE]&ss=[SERVERSIDE]&ua=[DEVICEUA]"
                + "&ip=[IPADDRESS]",
            values);
    assertEquals(
        "http://t.test/e?ts=2026-11-21T08%3A15%3A07.127Z&cp=01%3A02%3A05.500"
            + "&mp=01%3A02%3A05.500&ap=00%3A00%3A07.500"
            + "&u=https%3A%2F%2Fcdn.test%2Fad%201%2Findex.m3u8&bp=2&sid=srv-123"
            + "&uid=ad-id.org%20CNPA0484000H&ps=2&ss=1&ua=Mozilla%2F5.0%20%28X11%29"
            + "&ip=198.51.100.2",
        out);
  }

  @Test
  void expand_cachebusting_eightDigitsEachTime() {
    String a = expander.expand("[CACHEBUSTING]", values);
    String b = expander.expand("[CACHEBUSTING]", values);
    assertTrue(a.matches("[1-9][0-9]{7}"), a);
    assertTrue(b.matches("[1-9][0-9]{7}"), b);
    assertTrue(!a.equals(b), a + " " + b);
  }

  @Test
  void expand_errorCode_codeOnErrorBeaconsNotApplicableElsewhere() {
    MacroValues error = new MacroValues(ad, ClientInfo.NONE, null, null, 403);
    assertEquals("http://e.test/?c=403", expander.expand("http://e.test/?c=[ERRORCODE]", error));
    assertEquals("http://e.test/?c=-2", expander.expand("http://e.test/?c=[ERRORCODE]", values));
  }

  @Test
  void expand_unknownValues_minusOne() {
    MacroValues empty = new MacroValues(AdContext.NONE, ClientInfo.NONE, null, null, null);
    assertEquals(
        "-1|-1|-1|-1|-1|-1|-1|-1",
        expander.expand(
            "[CONTENTPLAYHEAD]|[ADPLAYHEAD]|[ASSETURI]|[PODSEQUENCE]|[BREAKPOSITION]"
                + "|[DEVICEUA]|[CLIENTUA]|[LIMITADTRACKING]",
            empty));
  }

  @Test
  void expand_unrecognisedOrMalformed_leftAsIs() {
    String t = "http://t.test/[NOTAMACRO]/x?a=[lower]&b=[]&c=[OPEN&d=[A-B]";
    assertEquals(t, expander.expand(t, values));
  }

  @Test
  void expand_noBrackets_sameInstance() {
    String t = "http://t.test/plain";
    assertTrue(t == expander.expand(t, values));
  }

  @Test
  void playhead_formatsHoursMinutesSecondsMillis() {
    assertEquals("00:00:00.000", MacroExpander.playhead(MediaTime.ZERO));
    assertEquals("27:46:39.999", MacroExpander.playhead(MediaTime.parseSeconds("99999.9999")));
  }

  @Test
  void collapseSlashes_pathOnly() {
    assertEquals(
        "https://a.test/x/y/z?u=http://b//c",
        MacroExpander.collapseSlashes("https://a.test//x///y/z?u=http://b//c"));
    assertEquals("https://a.test", MacroExpander.collapseSlashes("https://a.test"));
  }
}
