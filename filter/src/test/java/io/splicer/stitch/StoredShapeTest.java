package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.splicer.tracking.Beacon;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Values stored by an older version (before creative metadata and break tracking) still decode:
 * record serialization matches components by name, so the new components come back {@code null} and
 * the constructors make them empty. The older shapes are the test's own records, serialized and
 * renamed in the stream to the production class.
 */
class StoredShapeTest {

  /** {@link AdTracking} as stored before companions, icons, verifications … were kept. */
  record OldAdTracking(
      List<Beacon> beacons,
      List<String> errorUrls,
      @Nullable String assetUri,
      @Nullable String universalAdId,
      @Nullable Integer podSequence,
      @Nullable String adSystem,
      @Nullable String adTitle,
      @Nullable String creativeId,
      @Nullable String vastAdId,
      @Nullable String skipOffset,
      @Nullable String adParameters,
      List<AdTracking.StoredMediaFile> mediaFiles)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** {@link AdDecision} before break tracking. */
  record OldAdDecision(
      List<AdDecision.DecidedAd> ads,
      long slateMicros,
      long joinOffsetMicros,
      boolean abandoned,
      String failure,
      List<String> skipped)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** {@link AdDecision.VodBreaks} before overlay breaks were kept. */
  record OldVodBreaks(List<AdDecision.VodBreak> breaks, String failure) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** {@link AdTracking} with a component of another type under an existing name. */
  record IncompatibleAdTracking(String beacons) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static Object roundTripAs(Serializable value, Class<?> as) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    byte[] renamed = rename(bytes.toByteArray(), value.getClass().getName(), as.getName());
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(renamed))) {
      return in.readObject();
    }
  }

  /** Replaces a class name (a modified-UTF-8 string: 2-byte length, then bytes) in a stream. */
  private static byte[] rename(byte[] stream, String from, String to) {
    byte[] f = utf(from);
    byte[] t = utf(to);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < stream.length) {
      if (matches(stream, i, f)) {
        out.write(t, 0, t.length);
        i += f.length;
      } else {
        out.write(stream[i++]);
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + 2];
    out[0] = (byte) (b.length >> 8);
    out[1] = (byte) b.length;
    System.arraycopy(b, 0, out, 2, b.length);
    return out;
  }

  private static boolean matches(byte[] s, int at, byte[] p) {
    if (at + p.length > s.length) {
      return false;
    }
    for (int k = 0; k < p.length; k++) {
      if (s[at + k] != p[k]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void readObject_adTrackingOfTheOlderShape_decodesWithEmptyMetadata() throws Exception {
    OldAdTracking old =
        new OldAdTracking(
            List.of(Beacon.of("impression", "http://i.test/i")),
            List.of("http://e.test/[ERRORCODE]"),
            "http://cdn.test/a.m3u8",
            null,
            1,
            "sys",
            "title",
            "c1",
            "ad1",
            null,
            null,
            List.of());
    AdTracking t = (AdTracking) roundTripAs(old, AdTracking.class);
    assertEquals(old.beacons(), t.beacons());
    assertEquals("title", t.adTitle());
    assertEquals(List.of(), t.companionAds());
    assertEquals(List.of(), t.icons());
    assertEquals(List.of(), t.adVerifications());
    assertEquals(List.of(), t.extensions());
    assertEquals(List.of(), t.nonLinearAds());
    assertEquals(List.of(), t.metadata().companionAds());
  }

  @Test
  void readObject_adDecisionOfTheOlderShape_hasNoBreakTracking() throws Exception {
    AdDecision.DecidedAd ad = new AdDecision.DecidedAd("a", "k", "http://cdn.test/a.m3u8", 10);
    OldAdDecision old = new OldAdDecision(List.of(ad), 0, 0, false, "", List.of());
    AdDecision d = (AdDecision) roundTripAs(old, AdDecision.class);
    assertEquals(List.of(ad), d.ads());
    assertEquals(BreakTracking.NONE, d.breakTracking());
  }

  @Test
  void readObject_vodBreaksOfTheOlderShape_hasNoOverlays() throws Exception {
    AdDecision d =
        new AdDecision(
            List.of(new AdDecision.DecidedAd("a", "k", "u", 10)), 0, 0, false, "", List.of());
    OldVodBreaks old = new OldVodBreaks(List.of(new AdDecision.VodBreak(0, false, d)), "");
    AdDecision.VodBreaks v = (AdDecision.VodBreaks) roundTripAs(old, AdDecision.VodBreaks.class);
    assertEquals(old.breaks(), v.breaks());
    assertEquals(List.of(), v.overlays());
  }

  @Test
  void readObject_vodBreaksWithOverlay_roundTrips() throws Exception {
    AdDecision.OverlayBreak o =
        new AdDecision.OverlayBreak(
            10_000_000,
            "overlay-1",
            8_000_000,
            List.of(AdTracking.NONE),
            new BreakTracking(List.of(Beacon.of("breakStart", "http://b.test/s")), List.of()));
    AdDecision.VodBreaks v = new AdDecision.VodBreaks(List.of(), "", List.of(o));
    assertEquals(v, roundTripAs(v, AdDecision.VodBreaks.class));
  }

  @Test
  void readObject_incompatibleShape_failsWithObjectStreamException() {
    // what a store must treat as absent (JCacheSessionStoreTest covers the store side)
    assertThrows(
        ObjectStreamException.class,
        () -> roundTripAs(new IncompatibleAdTracking("x"), AdTracking.class));
  }

  @Test
  void readObject_currentShape_roundTrips() throws IOException, ClassNotFoundException {
    AdDecision d =
        new AdDecision(
            List.of(new AdDecision.DecidedAd("a", "k", "u", 10)),
            0,
            0,
            false,
            "",
            List.of(),
            new BreakTracking(
                List.of(Beacon.of("breakStart", "http://b.test/s")), List.of("http://b.test/e")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(d);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(d, in.readObject());
    }
  }
}
