package io.splicer.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code aws.*} session controls (reference §1.2 "Reserved query params" and the matching JSON
 * keys), fixed at session initialisation.
 *
 * @param availSuppression session-level avail suppression, or null to use the configuration's
 * @param debugLog {@code aws.logMode=DEBUG} / {@code "logMode":"DEBUG"} (value case-sensitive)
 * @param streamId {@code aws.streamId} / {@code streamId}, or empty
 * @param overlayAvails false for {@code aws.overlayAvails=off} / {@code "overlayAvails":"off"}
 * @param adSignaling {@code aws.adSignalingEnabled=true} / {@code "adSignaling":{"enabled":"true"}}
 * @param insertionMode {@code aws.insertionMode} / {@code insertionMode}
 * @param other any other {@code aws.*} key (prefix stripped) with its decoded value, in order
 */
public record SessionControls(
    @Nullable AvailSuppression availSuppression,
    boolean debugLog,
    String streamId,
    boolean overlayAvails,
    boolean adSignaling,
    InsertionMode insertionMode,
    Map<String, String> other) {

  /** Server-side stitched ads or server-guided (interstitials) insertion. */
  public enum InsertionMode {
    STITCHED,
    GUIDED
  }

  public static final SessionControls DEFAULTS =
      new SessionControls(null, false, "", true, false, InsertionMode.STITCHED, Map.of());

  public SessionControls {
    other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
  }
}
