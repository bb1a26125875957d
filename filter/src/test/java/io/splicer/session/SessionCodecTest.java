package io.splicer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.SessionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123456Z");

  /**
   * Size bound of the session record itself (deliverable 5): a typical session (see {@link
   * Sessions#typical}) must encode in at most 512 bytes, a quarter of the 2 KB budget for session
   * plus live counters.
   */
  @Test
  void encode_typicalSession_fitsIn512Bytes() {
    byte[] bytes = SessionCodec.encode(Sessions.typical(T0));
    assertTrue(bytes.length <= 512, "session bytes: " + bytes.length);
  }

  @Test
  void javaSerialization_typicalSession_usesCompactProxy() throws Exception {
    Session s = Sessions.typical(T0);
    byte[] javaBytes = serialize(s);
    int compact = SessionCodec.encode(s).length;
    // class descriptor of the proxy (~70 bytes) + int length + our bytes
    assertTrue(javaBytes.length <= compact + 120, javaBytes.length + " vs " + compact);
    assertEquals(s, deserialize(javaBytes));
  }

  @Test
  void decode_encodedSession_isEqual() {
    Session s = Sessions.typical(T0);
    Session back = SessionCodec.decode(SessionCodec.encode(s));
    assertEquals(s, back);
    assertNotSame(s, back);
    assertEquals(T0.toEpochMilli(), back.createdAt().toEpochMilli());
  }

  @Test
  void decode_everyFieldSet_roundTrips() {
    SessionParams params =
        SessionParamsParser.parseExplicitJson(
            "{\"adsParams\":{\"ü\":\"€ 1\",\"k\":\"\"},\"manifestParams\":{\"m\":\"a:b\"},"
                + "\"availSuppression\":{\"mode\":\"AFTER_LIVE_EDGE\",\"value\":\"01:02:03\","
                + "\"fillPolicy\":\"PARTIAL_AVAIL\"},\"logMode\":\"DEBUG\",\"streamId\":\"s\","
                + "\"adSignaling\":{\"enabled\":\"true\"},\"overlayAvails\":\"off\","
                + "\"insertionMode\":\"GUIDED\",\"reportingMode\":\"server\",\"tok\":\"x y\"}");
    SessionControls controls =
        new SessionControls(
            params.controls().availSuppression(),
            true,
            "s",
            false,
            true,
            SessionControls.InsertionMode.GUIDED,
            Map.of("guidedPrefetchMode", "OFF"));
    SessionParams all =
        new SessionParams(
            params.playerParams(), params.manifestParams(), params.originQuery(), controls, true);
    Session s =
        new Session(
            SessionId.random(),
            "c",
            "a/b.mpd",
            ReportingMode.HYBRID,
            all,
            ClientInfo.NONE,
            T0,
            T0.minusSeconds(5), // before creation: the delta is signed
            Duration.ofHours(30));
    assertEquals(s, SessionCodec.decode(SessionCodec.encode(s)));
  }

  @Test
  void decode_corruptBytes_isRejected() {
    byte[] good = SessionCodec.encode(Sessions.typical(T0));
    byte[] wrongVersion = good.clone();
    wrongVersion[0] = 9;
    assertThrows(IllegalArgumentException.class, () -> SessionCodec.decode(wrongVersion));
    assertThrows(
        IllegalArgumentException.class,
        () -> SessionCodec.decode(Arrays.copyOf(good, good.length - 3)));
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    assertThrows(IllegalArgumentException.class, () -> SessionCodec.decode(trailing));
    assertThrows(IllegalArgumentException.class, () -> SessionCodec.decode(new byte[0]));
  }

  @Test
  void variables_typicalSession_areTheSessionMacros() {
    Session s = Sessions.typical(T0);
    Map<String, String> v = s.variables();
    assertEquals(Long.toString(s.id().numericId()), v.get("session.id"));
    assertEquals(s.id().toString(), v.get("session.uuid"));
    assertEquals("203.0.113.195", v.get("session.client_ip")); // leftmost X-Forwarded-For
    assertEquals(Sessions.USER_AGENT, v.get("session.user_agent"));
    assertEquals("https://www.example.com/watch/42", v.get("session.referer"));
  }

  @Test
  void clientInfo_noForwardedFor_usesPeerAndEmptyStrings() {
    ClientInfo c = ClientInfo.of("192.0.2.1", null, null, null);
    assertEquals(new ClientInfo("192.0.2.1", "", "", ""), c);
    assertEquals("192.0.2.9", ClientInfo.of("192.0.2.1", " 192.0.2.9 ", null, null).clientIp());
  }

  @Test
  void touched_laterInstant_movesActivityOnlyForward() {
    Session s = Sessions.typical(T0);
    Session later = s.touched(T0.plusSeconds(30), Duration.ofMinutes(3));
    assertEquals(T0.plusSeconds(30).toEpochMilli(), later.lastActivity().toEpochMilli());
    assertEquals(Duration.ofMinutes(3), later.idleTimeout());
    assertEquals(s.createdAt(), later.createdAt());
    Session earlier = later.touched(T0, Duration.ofMinutes(3));
    assertEquals(later.lastActivity(), earlier.lastActivity());
    assertEquals(T0.toEpochMilli(), s.lastActivity().toEpochMilli()); // the original is unchanged
    assertEquals(Duration.ofMinutes(10), s.idleTimeout());
  }

  static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }
}
