package io.splicer.scte35;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Loads the corpus files {@code corpus/scte35/*.json} from the test classpath. */
final class CorpusVectors {
  private CorpusVectors() {}

  static JsonNode load(String name) {
    try (InputStream in = CorpusVectors.class.getResourceAsStream("/corpus/scte35/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource corpus/scte35/" + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The binary vectors of scte35-vectors.json (the XML-form ones are not this package's). */
  static List<JsonNode> binaryVectors() {
    List<JsonNode> out = new ArrayList<>();
    load("scte35-vectors.json")
        .get("vectors")
        .forEach(
            v -> {
              if (!v.get("encoding").asText().equals("xml")) {
                out.add(v);
              }
            });
    return out;
  }

  /** Decodes a vector's payload with the entry point its encoding names. */
  static Scte35Result decode(JsonNode v, Scte35Mode mode) {
    String payload = v.get("payload").asText();
    return v.get("encoding").asText().startsWith("hex")
        ? Scte35Decoder.decodeHex(payload, mode)
        : Scte35Decoder.decodeBase64(payload, mode);
  }

  /** The payload bytes, decoded independently of the code under test, pointer_field removed. */
  static byte[] rawSection(JsonNode v) {
    String payload = v.get("payload").asText();
    byte[] b;
    if (v.get("encoding").asText().startsWith("hex")) {
      String h =
          payload.startsWith("0x") || payload.startsWith("0X") ? payload.substring(2) : payload;
      b = HexFormat.of().parseHex(h);
    } else {
      String p = payload;
      while (p.length() % 4 != 0) {
        p += "=";
      }
      b = Base64.getDecoder().decode(p);
    }
    if (b.length > 1 && b[0] == 0 && (b[1] & 0xFF) == 0xFC) {
      return java.util.Arrays.copyOfRange(b, 1, b.length);
    }
    return b;
  }
}
