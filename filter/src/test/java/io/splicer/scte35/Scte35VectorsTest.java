package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.splicer.scte35.Scte35Problem.Kind;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every binary vector of corpus/scte35/scte35-vectors.json decodes to its upstream-asserted values,
 * re-encodes to an equal section, and (where upstream asserts it) to the same bytes.
 */
class Scte35VectorsTest {

  /*
   * Vectors that STRICT mode rejects and that therefore need LENIENT mode, with the deviation:
   *  - scte35go-invalid-crc ............ CRC_32 does not verify (the point of the vector).
   *  - threefive-dash-xmlbin-splice-insert  documented CRC_32 0xe4612424 does not verify.
   *  - gots-splice-null-csp ............ splice_command_length = 1 for splice_null (has 0 bytes).
   *  - gots-testScte2, gots-unscheduled-event-start, gots-network-end, gots-program-start,
   *    gots-program-end, gots-provider-ad-start, gots-distributor-po-start,
   *    gots-program-resumption ....... synthetic sections whose CRC_32 does not verify.
   *  - gots-testScte3 .................. CRC_32 does not verify; the 95 bytes of 0xFF TS stuffing
   *                                      after the section are reported (INVALID_FIELD
   *                                      section_length) but tolerated in both modes.
   * All gots-* vectors also carry a leading PSI pointer_field 0x00: a POINTER_FIELD warning in both
   * modes, not a rejection.
   */
  static final Map<String, Set<Kind>> NEEDS_LENIENT =
      Map.ofEntries(
          Map.entry("scte35go-invalid-crc", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("threefive-dash-xmlbin-splice-insert", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-splice-null-csp", Set.of(Kind.INVALID_FIELD)),
          Map.entry("gots-testScte2", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-testScte3", Set.of(Kind.CRC_MISMATCH, Kind.INVALID_FIELD)),
          Map.entry("gots-unscheduled-event-start", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-network-end", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-program-start", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-program-end", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-provider-ad-start", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-distributor-po-start", Set.of(Kind.CRC_MISMATCH)),
          Map.entry("gots-program-resumption", Set.of(Kind.CRC_MISMATCH)));

  /** Vectors that must be rejected in every mode, with the problem kind and field expected. */
  static final Map<String, List<String>> REJECTED =
      Map.of(
          "scte35go-empty", List.of("TRUNCATED", "table_id"),
          "scte35go-invalid-base64", List.of("BAD_ENCODING", "splice_info_section"),
          "scte35go-invalid-component-count", List.of("INVALID_FIELD", "table_id"),
          "scte35js-invalid-hex-1", List.of("BAD_ENCODING", "splice_info_section"),
          "scte35js-invalid-hex-2", List.of("BAD_ENCODING", "splice_info_section"),
          "threefive-smoke-bad-base64", List.of("TRUNCATED", "protocol_version"),
          "mediatailor-doc-not-scte35", List.of("INVALID_FIELD", "table_id"));

  /**
   * Vectors that decode to an equal section but not to the same bytes: reserved bits that are not
   * all ones (the encoder writes reserved bits as ones, SCTE 35 §9.6 "reserved").
   */
  static final Set<String> NOT_BYTE_EXACT =
      Set.of("scte35js-ptsadj-33bit-b"); // reserved bits after delivery_not_restricted_flag = 10111

  /**
   * gots relations (which segmentation type may close which) are break-pairing rules for the
   * hls/dash cue layers, not decoding; the per-vector type ids they name are checked.
   */
  private static final Set<String> NOT_DECODER_ASSERTIONS = Set.of("relations");

  private static final Set<String> HANDLED_SEPARATELY =
      Set.of("descriptors", "same_as", "decodes", "roundtrip_base64_identical", "error");

  @TestFactory
  Stream<DynamicTest> decode_corpusVector_matchesUpstreamAssertions() {
    return CorpusVectors.binaryVectors().stream()
        .map(v -> DynamicTest.dynamicTest(v.get("id").asText(), () -> checkVector(v)));
  }

  @TestFactory
  Stream<DynamicTest> encode_decodedCorpusVector_roundTrips() {
    return CorpusVectors.binaryVectors().stream()
        .filter(v -> !v.get("expected").has("error"))
        .map(v -> DynamicTest.dynamicTest(v.get("id").asText(), () -> checkRoundTrip(v)));
  }

  @Test
  void corpus_binaryVectors_allCovered() {
    List<String> ids =
        CorpusVectors.binaryVectors().stream().map(v -> v.get("id").asText()).toList();
    assertEquals(57, ids.size(), "60 vectors minus 3 XML ones");
    assertTrue(ids.containsAll(NEEDS_LENIENT.keySet()), "stale NEEDS_LENIENT entry");
    assertTrue(ids.containsAll(REJECTED.keySet()), "stale REJECTED entry");
  }

  private static void checkVector(JsonNode v) {
    String id = v.get("id").asText();
    JsonNode expected = v.get("expected");
    Scte35Result strict = CorpusVectors.decode(v, Scte35Mode.STRICT);
    Scte35Result lenient = CorpusVectors.decode(v, Scte35Mode.LENIENT);
    if (REJECTED.containsKey(id)) {
      assertFalse(lenient.isDecoded(), id + " must be rejected");
      assertFalse(strict.isDecoded(), id + " must be rejected");
      Scte35Problem last = lenient.problems().get(lenient.problems().size() - 1);
      assertEquals(REJECTED.get(id), List.of(last.kind().name(), last.field()), last.toString());
      return;
    }
    SpliceInfoSection section;
    if (NEEDS_LENIENT.containsKey(id)) {
      assertFalse(strict.isDecoded(), id + " should need lenient mode");
      assertEquals(NEEDS_LENIENT.get(id), deviations(strict), strict.problems().toString());
      assertEquals(NEEDS_LENIENT.get(id), deviations(lenient), lenient.problems().toString());
      section = lenient.section().orElseThrow(() -> new AssertionError(lenient.problems()));
    } else {
      assertEquals(Set.of(), deviations(strict), strict.problems().toString());
      section = strict.section().orElseThrow(() -> new AssertionError(strict.problems()));
    }
    assertEquals(
        v.get("encoding").asText().endsWith("with-pointer-field"),
        lenient.has(Kind.POINTER_FIELD),
        "pointer_field warning");
    if (expected.has("same_as")) {
      expected = vector(expected.get("same_as").asText()).get("expected");
    }
    checkExpected(id, expected, section, CorpusVectors.rawSection(v));
    if (expected.has("roundtrip_base64_identical")) {
      assertEquals(v.get("payload").asText(), Scte35Encoder.encodeBase64(section));
    }
    if (expected.has("decodes")) {
      assertEquals(expected.get("decodes").booleanValue(), lenient.isDecoded());
    }
  }

  private static void checkExpected(
      String id, JsonNode expected, SpliceInfoSection section, byte[] raw) {
    Map<String, Object> view = VectorView.section(section, raw);
    for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (NOT_DECODER_ASSERTIONS.contains(key) || HANDLED_SEPARATELY.contains(key)) {
        continue;
      }
      if (!view.containsKey(key)) {
        fail(id + ": no decoded value for asserted key [" + key + "]");
      }
      assertMatches(id + "." + key, expected.get(key), view.get(key));
    }
    if (expected.has("descriptors")) {
      List<? extends SpliceDescriptor> actual =
          expected.has("segmentation_descriptor_count")
              ? section.segmentationDescriptors()
              : section.descriptors();
      JsonNode list = expected.get("descriptors");
      assertEquals(list.size(), actual.size(), id + " descriptor count");
      for (int i = 0; i < list.size(); i++) {
        Map<String, Object> dv = VectorView.descriptor(actual.get(i));
        for (Iterator<String> it = list.get(i).fieldNames(); it.hasNext(); ) {
          String key = it.next();
          if (key.equals("note")) {
            continue; // free text from the collector
          }
          if (!dv.containsKey(key)) {
            fail(id + ".descriptors[" + i + "]: no decoded value for [" + key + "] in " + dv);
          }
          assertMatches(id + ".descriptors[" + i + "]." + key, list.get(i).get(key), dv.get(key));
        }
      }
    }
  }

  private static void checkRoundTrip(JsonNode v) {
    Scte35Result r = CorpusVectors.decode(v, Scte35Mode.LENIENT);
    SpliceInfoSection s = r.section().orElseThrow(() -> new AssertionError(r.problems()));
    byte[] encoded = Scte35Encoder.encode(s);
    Scte35Result again = Scte35Decoder.decode(encoded, Scte35Mode.STRICT);
    SpliceInfoSection t = again.section().orElseThrow(() -> new AssertionError(again.problems()));
    assertTrue(t.crcValid());
    assertEquals(s.withCrc(0, false), t.withCrc(0, false));
    byte[] raw = CorpusVectors.rawSection(v);
    boolean legacyLength = (((raw[11] & 0x0F) << 8) | (raw[12] & 0xFF)) == 0xFFF;
    String id = v.get("id").asText();
    if (!NEEDS_LENIENT.containsKey(id) && !legacyLength && !NOT_BYTE_EXACT.contains(id)) {
      // Conforming sections re-encode byte for byte (as scte35-go asserts for its vectors).
      assertArrayEquals(raw, encoded);
    }
  }

  private static Set<Kind> deviations(Scte35Result r) {
    return r.problems().stream()
        .map(Scte35Problem::kind)
        .filter(k -> k != Kind.POINTER_FIELD && k != Kind.UNKNOWN_DESCRIPTOR && k != Kind.ENCRYPTED)
        .collect(Collectors.toSet());
  }

  private static JsonNode vector(String id) {
    return CorpusVectors.binaryVectors().stream()
        .filter(v -> v.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static void assertMatches(String where, JsonNode exp, Object act) {
    if (exp.isNull()) {
      assertNull(act, where);
    } else if (exp.isBoolean()) {
      assertEquals(exp.booleanValue(), act, where);
    } else if (exp.isIntegralNumber()) {
      assertEquals(exp.longValue(), act, where);
    } else if (exp.isFloatingPointNumber()) {
      assertEquals(exp.decimalValue().setScale(6), act, where);
    } else if (exp.isTextual()) {
      assertEquals(exp.textValue(), act, where);
    } else if (exp.isArray()) {
      List<?> list = assertInstanceOf(List.class, act, where);
      assertEquals(exp.size(), list.size(), where + " size");
      for (int i = 0; i < exp.size(); i++) {
        assertMatches(where + "[" + i + "]", exp.get(i), list.get(i));
      }
    } else if (exp.isObject()) {
      Map<?, ?> map = assertInstanceOf(Map.class, act, where);
      exp.fields()
          .forEachRemaining(
              e -> assertMatches(where + "." + e.getKey(), e.getValue(), map.get(e.getKey())));
    } else {
      fail(where + ": unsupported expected value " + exp);
    }
  }
}
