package io.splicer.cache;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.SessionId;
import io.splicer.session.ScopedKey;
import io.splicer.session.Session;
import io.splicer.session.Sessions;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.ehcache.core.spi.store.TransientStateRepository;
import org.ehcache.impl.serialization.CompactJavaSerializer;
import org.ehcache.spi.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * Measures the serialized bytes of one live session as the off-heap tier stores them (deliverable
 * 5): the session with the compact codec, 4 renditions' live counters and 2 break decisions with
 * Ehcache's default serializer for {@link Serializable} values, plus their keys. Ehcache's own
 * per-entry bookkeeping is not included. The figures are printed to the test output.
 */
class SessionFootprintTest {

  /** A plausible shape of the hls package's per-playlist live state. */
  record LiveState(
      long mediaSequence,
      long discontinuitySequence,
      long originMediaSequence,
      long originDiscontinuitySequence,
      long windowStartMicros)
      implements Serializable {}

  record AdSlot(String creativeId, String adId, long durationMicros, String uri)
      implements Serializable {}

  record Plan(String breakId, long durationMicros, List<AdSlot> ads) implements Serializable {}

  @Test
  void liveSession_sessionAndFourCounters_fitIn2KiB() {
    ClassLoader cl = getClass().getClassLoader();
    CompactJavaSerializer<Serializable> values = new CompactJavaSerializer<>(cl);
    values.init(new TransientStateRepository()); // as Ehcache does for a non-persistent cache
    Serializer<ScopedKey> keys = new SessionSerializers.ScopedKeySerializer();
    Session session = Sessions.typical(Instant.parse("2026-11-21T10:00:00Z"));
    SessionId id = session.id();

    int sessionBytes =
        new SessionSerializers.SessionSerializer().serialize(session).remaining()
            + new SessionSerializers.SessionIdSerializer().serialize(id).remaining();
    int counterBytes = 0;
    for (int n = 0; n < 4; n++) {
      LiveState state = new LiveState(28_716_269 + n, 3, 8_779_957, 0, 172_309_614_000_000L);
      counterBytes +=
          values.serialize(state).remaining()
              + keys.serialize(ScopedKey.playlist(id, n)).remaining();
    }
    int decisionBytes = 0;
    for (int b = 0; b < 2; b++) {
      Plan plan =
          new Plan(
              "scte35:" + (1000 + b),
              30_000_000,
              List.of(
                  new AdSlot("cr-1001", "ad-1", 15_000_000, "https://ads.example.com/c/1001/"),
                  new AdSlot("cr-1002", "ad-2", 15_000_000, "https://ads.example.com/c/1002/")));
      decisionBytes +=
          values.serialize(plan).remaining()
              + keys.serialize(new ScopedKey(id, plan.breakId())).remaining();
    }
    System.out.printf(
        "footprint: session=%d B, 4 counters=%d B, 2 decisions=%d B, session+counters=%d B,"
            + " total=%d B%n",
        sessionBytes,
        counterBytes,
        decisionBytes,
        sessionBytes + counterBytes,
        sessionBytes + counterBytes + decisionBytes);
    assertTrue(
        sessionBytes + counterBytes <= 2048, "session+counters " + (sessionBytes + counterBytes));
  }
}
