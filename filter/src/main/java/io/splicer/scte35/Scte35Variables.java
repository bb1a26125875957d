package io.splicer.scte35;

import java.util.Map;

/** MediaTailor's {@code [scte.*]} ADS dynamic variables of a section. */
public final class Scte35Variables {
  private Scte35Variables() {}

  public static Map<String, String> of(SpliceInfoSection s) {
    return Map.of();
  }
}
