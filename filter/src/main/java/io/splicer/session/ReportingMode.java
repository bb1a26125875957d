package io.splicer.session;

/**
 * Who fires the ad-tracking beacons of a session (reference §1.2): {@code SERVER} for implicit
 * sessions, {@code CLIENT} (the default) for explicit sessions, {@code HYBRID} for explicit
 * sessions initialised with {@code "reportingMode": "server"} (we fire beacons and the tracking
 * JSON is still served). Immutable for the session's life.
 */
public enum ReportingMode {
  SERVER,
  CLIENT,
  HYBRID;

  /** True if the server fires beacons when ad segments are requested. */
  public boolean serverFiresBeacons() {
    return this != CLIENT;
  }

  /** True if {@code /v1/tracking/…} serves the tracking JSON for the session. */
  public boolean trackingJsonAvailable() {
    return this != SERVER;
  }
}
