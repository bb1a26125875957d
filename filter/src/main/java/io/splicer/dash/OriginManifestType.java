package io.splicer.dash;

/** MediaTailor's {@code OriginManifestType}: how avails are found in the origin MPD. */
public enum OriginManifestType {
  /** The first SCTE-35 Event of a Period makes the Period an avail; other Events are ignored. */
  MULTI_PERIOD,
  /** Every cue-out Event is an avail (the origin keeps one Period and signals breaks inside it). */
  SINGLE_PERIOD
}
