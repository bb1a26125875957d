package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style robustness: truncations and random mutations of every valid corpus section never
 * make the decoder throw or hang, every failure is classified, and whatever LENIENT mode returns
 * re-encodes and decodes back to the same section.
 */
class Scte35RobustnessTest {
  private static final long SEED = 0x5C7E35L;
  private static final int MUTATIONS_PER_SECTION = 300;

  private static List<byte[]> validSections() {
    List<byte[]> out = new ArrayList<>();
    CorpusVectors.binaryVectors().stream()
        .filter(v -> !v.get("expected").has("error"))
        .forEach(v -> out.add(CorpusVectors.rawSection(v)));
    return out;
  }

  @Test
  void decode_everyTruncation_classifiedNeverThrows() {
    int cases = 0;
    for (byte[] section : validSections()) {
      for (int len = 0; len < section.length; len++) {
        byte[] cut = Arrays.copyOf(section, len);
        for (Scte35Mode mode : Scte35Mode.values()) {
          Scte35Result r = Scte35Decoder.decode(cut, mode);
          checkInvariants(r);
          cases++;
        }
        // A section cut short can never pass strict mode: section_length or CRC must disagree.
        assertFalse(Scte35Decoder.decode(cut, Scte35Mode.STRICT).isDecoded());
      }
    }
    assertTrue(cases > 4000, "cases: " + cases);
  }

  @Test
  void decode_randomMutations_classifiedNeverThrows() {
    Random random = new Random(SEED);
    int cases = 0;
    for (byte[] section : validSections()) {
      for (int i = 0; i < MUTATIONS_PER_SECTION; i++) {
        byte[] m = mutate(section, random);
        if (random.nextBoolean() && m.length >= 4) {
          fixCrc(m); // let the mutation reach the command/descriptor readers in strict mode too
        }
        for (Scte35Mode mode : Scte35Mode.values()) {
          checkInvariants(Scte35Decoder.decode(m, mode));
          cases++;
        }
      }
    }
    assertTrue(cases > 25000, "cases: " + cases);
  }

  @Test
  void decodeText_garbageText_badEncodingOrClassified() {
    Random random = new Random(SEED);
    String alphabet = "ABCDEFabcdef0123456789+/=_-xX \t%zZ";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "0x" : "/DA");
      int n = random.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (Scte35Mode mode : Scte35Mode.values()) {
        checkInvariants(Scte35Decoder.decodeText(sb.toString(), mode));
      }
    }
  }

  private static void checkInvariants(Scte35Result r) {
    r.problems()
        .forEach(
            p -> {
              assertFalse(p.message().startsWith("internal error"), p.toString());
              assertFalse(p.field().isEmpty(), p.toString());
            });
    if (!r.isDecoded()) {
      assertFalse(r.problems().isEmpty(), "a rejection names its problem");
      return;
    }
    SpliceInfoSection s = r.section().orElseThrow();
    byte[] again = Scte35Encoder.encode(s);
    Scte35Result back = Scte35Decoder.decode(again, Scte35Mode.LENIENT);
    assertTrue(back.isDecoded(), back.problems().toString());
    assertEquals(s.withCrc(0, false), back.section().orElseThrow().withCrc(0, false));
  }

  private static byte[] mutate(byte[] section, Random random) {
    byte[] m = section.clone();
    switch (random.nextInt(4)) {
      case 0 -> m[random.nextInt(m.length)] ^= (byte) (1 << random.nextInt(8));
      case 1 -> m[random.nextInt(m.length)] = (byte) random.nextInt(256);
      case 2 -> {
        for (int k = 0; k < 4; k++) {
          m[random.nextInt(m.length)] = (byte) random.nextInt(256);
        }
      }
      default -> {
        byte[] longer = Arrays.copyOf(m, m.length + 1 + random.nextInt(8));
        for (int k = m.length; k < longer.length; k++) {
          longer[k] = (byte) random.nextInt(256);
        }
        m = longer;
      }
    }
    return m;
  }

  private static void fixCrc(byte[] m) {
    long crc = Crc32Mpeg2.compute(m, 0, m.length - 4);
    for (int k = 0; k < 4; k++) {
      m[m.length - 4 + k] = (byte) (crc >>> (24 - 8 * k));
    }
  }
}
