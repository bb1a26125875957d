package io.splicer.stitch;

import java.time.Instant;
import java.util.Objects;

/**
 * A session as the live view saw it on this node (read-only snapshot).
 *
 * @param id the session id ({@code aws.sessionId})
 * @param configurationName the playback configuration's name
 * @param assetPath the asset path below the configuration
 * @param protocol {@value LiveView#HLS} or {@value LiveView#DASH}
 * @param reportingMode {@code SERVER}, {@code CLIENT} or {@code HYBRID}
 * @param createdAt when the session was initialised
 * @param lastActivity the last manifest request of the session seen on this node
 * @param expiresAt when the session expires unless a player request comes
 * @param manifestRequests manifest requests of the session stitched on this node
 */
public record LiveSession(
    String id,
    String configurationName,
    String assetPath,
    String protocol,
    String reportingMode,
    Instant createdAt,
    Instant lastActivity,
    Instant expiresAt,
    long manifestRequests) {

  public LiveSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(configurationName, "configurationName");
    Objects.requireNonNull(assetPath, "assetPath");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(reportingMode, "reportingMode");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastActivity, "lastActivity");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
