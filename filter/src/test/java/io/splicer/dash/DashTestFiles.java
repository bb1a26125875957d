package io.splicer.dash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources of the dash package. */
final class DashTestFiles {

  private DashTestFiles() {}

  static byte[] bytes(String resource) {
    try (InputStream in = DashTestFiles.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource [" + resource + "]");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static byte[] corpus(String name) {
    return bytes("corpus/dash/" + name);
  }

  /** A Period fragment of the corpus (MediaTailor docs) wrapped into a minimal MPD. */
  static byte[] wrapped(String name, boolean dynamic) {
    String fragment = text("corpus/dash/" + name);
    String mpd =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\""
            + " xmlns:scte35=\"urn:scte:scte35:2013:xml\" type=\""
            + (dynamic ? "dynamic" : "static")
            + "\">\n"
            + fragment
            + "\n</MPD>\n";
    return mpd.getBytes(StandardCharsets.UTF_8);
  }
}
