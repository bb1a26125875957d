package io.splicer.ads;

import io.splicer.scte35.Scte35Variables;
import io.splicer.scte35.SpliceInfoSection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * The dynamic variables of one ADS request (reference §1.4): {@code session.*}, {@code avail.*},
 * {@code scte.*}, {@code asset.*} and {@code player_params.*}. Immutable; build one per request
 * with {@link #builder()}.
 */
public final class AdsVariables {

  /** {@code [avail.random]} range: 0–10 000 000 000 (reference §1.4). */
  static final long RANDOM_BOUND = 10_000_000_001L;

  /**
   * One value and how it reached us.
   *
   * @param text the value
   * @param viewerEncoded true for {@code player_params.*} and {@code asset.*}: text that is meant
   *     to appear in the URL as it is (MediaTailor passes it through), so valid {@code %XX} escapes
   *     in it are kept; everything else that could change the URL's structure is encoded
   */
  public record Value(String text, boolean viewerEncoded) {
    public Value {
      Objects.requireNonNull(text, "text");
    }
  }

  private final Map<String, Value> values;
  private final PlayerParams playerParams;
  private final LongSupplier random;

  private AdsVariables(Builder b) {
    this.values = Map.copyOf(b.values);
    this.playerParams = b.playerParams;
    this.random = b.random;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The value of a variable name (without brackets), or empty when it is unknown. {@code
   * avail.random} draws a new number on every call; callers expanding one request draw it once.
   */
  public Optional<Value> resolve(String name) {
    if (name.equals("avail.random")) {
      return Optional.of(new Value(Long.toString(random.getAsLong()), false));
    }
    Value v = values.get(name);
    if (v != null) {
      return Optional.of(v);
    }
    if (name.startsWith("player_params.")) {
      return playerParams
          .get(name.substring("player_params.".length()))
          .map(text -> new Value(text, true));
    }
    return Optional.empty();
  }

  /** Builds the variables of one request; families not given stay unresolved. */
  public static final class Builder {
    private final Map<String, Value> values = new HashMap<>();
    private PlayerParams playerParams = PlayerParams.EMPTY;
    private LongSupplier random = () -> ThreadLocalRandom.current().nextLong(RANDOM_BOUND);

    private Builder() {}

    /** {@code [session.*]} (variables-session, ads-request-configuration). */
    public Builder session(SessionVariables s) {
      plain("session.id", s.id());
      plain("session.uuid", s.uuid());
      plain("session.client_ip", s.clientIp());
      plain("session.user_agent", s.userAgent());
      plain("session.referer", s.referer().orElse(""));
      plain("session.accept_language", s.acceptLanguage().orElse(""));
      return this;
    }

    /** {@code [avail.*]} and {@code [session.avail_duration_ms|secs]}. */
    public Builder avail(AvailVariables a) {
      plain("avail.index", Long.toString(a.index()));
      plain("session.avail_duration_ms", a.durationMillisText());
      plain("session.avail_duration_secs", a.durationSecondsText());
      plain(
          "avail.source_content_time_epoch_ms",
          a.sourceContentTimeEpochMs().map(String::valueOf).orElse(""));
      return this;
    }

    /** {@code [scte.*]} of the avail's SCTE-35 message, from the decoder. */
    public Builder scte(SpliceInfoSection section) {
      return scte(Scte35Variables.of(section));
    }

    /** {@code [scte.*]} values; keys with or without the {@code scte.} prefix. */
    public Builder scte(Map<String, String> scteVariables) {
      scteVariables.forEach((k, v) -> plain(k.startsWith("scte.") ? k : "scte." + k, v));
      return this;
    }

    /** {@code [asset.KEY]} from {@code #EXT-X-ASSET}, still URL-encoded as the origin sent them. */
    public Builder asset(Map<String, String> assetAttributes) {
      assetAttributes.forEach((k, v) -> values.put("asset." + k, new Value(v, true)));
      return this;
    }

    /** {@code [player_params.*]}. */
    public Builder playerParams(PlayerParams params) {
      this.playerParams = Objects.requireNonNull(params, "params");
      return this;
    }

    /** The source of {@code [avail.random]} (tests). */
    public Builder random(LongSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public AdsVariables build() {
      return new AdsVariables(this);
    }

    private void plain(String name, String value) {
      values.put(name, new Value(value, false));
    }
  }
}
