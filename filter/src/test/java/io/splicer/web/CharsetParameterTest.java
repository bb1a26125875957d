package io.splicer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsetParameterTest {

  /** The split-based reading the index-based one replaces (the oracle). */
  private static String oracle(String contentType) {
    if (contentType != null) {
      for (String param : contentType.split(";")) {
        String p = param.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          return p.substring(8).trim().replace("\"", "");
        }
      }
    }
    return null;
  }

  @Test
  void charsetParameter_listedTypes_agreeWithSplitReading() {
    List<String> types =
        java.util.Arrays.asList(
            null,
            "",
            ";",
            "application/vnd.apple.mpegurl",
            "application/vnd.apple.mpegurl;charset=UTF-8",
            "application/vnd.apple.mpegurl; Charset = x",
            "application/vnd.apple.mpegurl; CHARSET=\"iso-8859-1\" ; q=1",
            "charset=utf-8",
            "text/plain;;charset=",
            "text/plain; charset=  ",
            "text/plain; charset",
            "text/plain;\tcharset=a\t;charset=b",
            "text/plain; \u212Aharset=a",
            "text/plain; \u0130charset=a");
    for (String t : types) {
      assertEquals(oracle(t), ManifestResponder.charsetParameter(t), String.valueOf(t));
    }
  }

  @Test
  void charsetParameter_randomTypes_agreeWithSplitReading() {
    Random random = new Random(11);
    String alphabet = "cCharsetHARSET=; \t\"u8-\u212A\u0130";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        sb.insert(random.nextInt(sb.length() + 1), "; charset=");
      }
      String t = sb.toString();
      assertEquals(oracle(t), ManifestResponder.charsetParameter(t), t);
    }
  }
}
