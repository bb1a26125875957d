package io.splicer.tracking.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/** Serialises the tracking JSON ({@code application/json}, UTF-8). Thread-safe. */
public final class TrackingJsonWriter {

  private static final ObjectWriter WRITER = new ObjectMapper().writer();
  private static final ObjectWriter PRETTY = WRITER.withDefaultPrettyPrinter();

  private TrackingJsonWriter() {}

  /** Compact UTF-8 bytes, for the HTTP response. */
  public static byte[] toBytes(TrackingJson.Response response) {
    try {
      return WRITER.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented text, for logs, debugging and golden files. */
  public static String toPrettyString(TrackingJson.Response response) {
    try {
      return PRETTY.writeValueAsString(response);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
