package io.splicer.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The 34 payloads found in the corpus playlists/MPDs decode (or are rejected) without throwing; the
 * collector's unverified decodes are used only for CRC validity, command type and pts_time.
 */
class Scte35EmbeddedPayloadsTest {

  @TestFactory
  Stream<DynamicTest> decodeText_embeddedPayload_agreesWithCollectorHints() {
    List<DynamicTest> tests = new ArrayList<>();
    JsonNode payloads = CorpusVectors.load("embedded-payloads.json").get("payloads");
    for (JsonNode p : payloads) {
      String name =
          p.path("file").asText() + ":" + p.path("line").asText() + " " + p.path("where").asText();
      tests.add(DynamicTest.dynamicTest(name, () -> check(p)));
    }
    assertEquals(34, tests.size());
    return tests.stream();
  }

  private static void check(JsonNode p) {
    String payload = p.get("payload").asText();
    Scte35Result lenient = Scte35Decoder.decodeText(payload, Scte35Mode.LENIENT);
    Scte35Result strict = Scte35Decoder.decodeText(payload, Scte35Mode.STRICT);
    JsonNode hint = p.get("collector_decoded_UNVERIFIED");
    if (hint.has("decode_error")) {
      assertFalse(lenient.isDecoded(), "collector could not decode it either");
      assertFalse(lenient.problems().isEmpty());
      return;
    }
    SpliceInfoSection s =
        lenient.section().orElseThrow(() -> new AssertionError(lenient.problems()));
    boolean crcValid = hint.get("crc_valid").booleanValue();
    assertEquals(crcValid, s.crcValid());
    assertEquals(crcValid, !lenient.has(Scte35Problem.Kind.CRC_MISMATCH));
    assertEquals(crcValid, strict.isDecoded(), strict.problems().toString());
    assertEquals(hint.get("splice_command_type").asInt(), s.command().type());
    if (hint.hasNonNull("pts_time")) {
      assertTrue(s.spliceTimePts().isPresent());
      assertEquals(s.adjust(hint.get("pts_time").asLong()), s.spliceTimePts().getAsLong());
    } else if (hint.has("pts_time")) {
      assertTrue(s.spliceTimePts().isEmpty(), "time_specified_flag = 0");
    }
  }
}
