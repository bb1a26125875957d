package io.splicer.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Mutable accumulator behind {@link SessionParamsParser}; one per parse, never shared. */
final class ParamsBuilder {

  private final Map<String, String> player = new LinkedHashMap<>();
  private final Map<String, String> manifest = new LinkedHashMap<>();
  private final StringJoiner origin = new StringJoiner("&");
  private final Map<String, String> otherControls = new LinkedHashMap<>();
  private int manifestChars;
  private boolean debugLog;
  private String streamId = "";
  private boolean overlayAvails = true;
  private boolean adSignaling;
  private SessionControls.InsertionMode insertionMode = SessionControls.InsertionMode.STITCHED;
  private @Nullable String suppressionMode;
  private @Nullable String suppressionValue;
  private String suppressionFill = "";
  private String suppressionPath = "aws.availSuppression";
  private boolean serverReporting;

  void player(String name, String value) {
    player.put(name, value);
  }

  /** A manifest parameter in encoded form; validated here (reference §1.3). */
  void manifest(String path, String encodedName, String encodedValue) {
    ManifestParamRules.checkEncoded(path, encodedName);
    ManifestParamRules.checkEncoded(path, encodedValue);
    ManifestParamRules.checkNotUrl(path, QueryCodec.decode(encodedValue));
    if (encodedName.isEmpty()) {
      throw new SessionParamException(path, encodedValue, "empty manifest parameter name");
    }
    String previous = manifest.put(encodedName, encodedValue);
    if (previous != null) {
      manifestChars -= encodedName.length() + previous.length();
    }
    manifestChars += encodedName.length() + encodedValue.length();
    ManifestParamRules.checkTotal(path, manifestChars);
  }

  void originRaw(String rawPiece) {
    origin.add(rawPiece);
  }

  void debugLog(boolean on) {
    debugLog = on;
  }

  void streamId(String id) {
    streamId = id;
  }

  void overlayAvails(boolean on) {
    overlayAvails = on;
  }

  void adSignaling(boolean on) {
    adSignaling = on;
  }

  void insertionMode(String path, String text) {
    try {
      insertionMode = SessionControls.InsertionMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SessionParamException(path, text, "expected STITCHED or GUIDED");
    }
  }

  void suppression(String path, @Nullable String mode, @Nullable String value, String fill) {
    suppressionPath = path;
    if (mode != null) {
      suppressionMode = mode;
    }
    if (value != null) {
      suppressionValue = value;
    }
    if (!fill.isEmpty()) {
      suppressionFill = fill;
    }
  }

  void otherControl(String name, String value) {
    otherControls.put(name, value);
  }

  void reportingMode(String path, String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "server" -> serverReporting = true;
      case "client" -> serverReporting = false;
      default -> throw new SessionParamException(path, text, "expected \"client\" or \"server\"");
    }
  }

  SessionParams build() {
    return new SessionParams(player, manifest, origin.toString(), controls(), serverReporting);
  }

  private SessionControls controls() {
    return new SessionControls(
        suppression(),
        debugLog,
        streamId,
        overlayAvails,
        adSignaling,
        insertionMode,
        otherControls);
  }

  /** Ad-rules: "Mode and Value both required"; a lone {@code OFF} means no suppression. */
  private @Nullable AvailSuppression suppression() {
    String mode = suppressionMode;
    String value = suppressionValue;
    if (mode == null && value == null) {
      return null;
    }
    if (mode == null) {
      throw new SessionParamException(
          AvailSuppression.field(suppressionPath, "Value"), value, "needs a mode as well");
    }
    if (value == null) {
      if (mode.trim().equalsIgnoreCase("OFF")) {
        return new AvailSuppression(
            AvailSuppression.Mode.OFF, Duration.ZERO, AvailSuppression.FillPolicy.FULL_AVAIL_ONLY);
      }
      throw new SessionParamException(
          AvailSuppression.field(suppressionPath, "Mode"), mode, "needs a value as well");
    }
    return AvailSuppression.parse(suppressionPath, mode, value, suppressionFill);
  }
}
