package io.splicer.config;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** MediaTailor {@code AdDecisionServerConfiguration}: how the ADS is called and read. */
public record AdDecisionServerConfiguration(
    @JsonProperty("HttpRequest") @Nullable HttpRequest httpRequest,
    @JsonProperty("VastResponse") @Nullable VastResponse vastResponse) {

  /**
   * The ADS HTTP request. {@code CompressRequest} is the API model's name; the user guide's {@code
   * CompressionMethod} is accepted as an alias.
   *
   * @param method {@code null} means GET
   * @param headers custom headers, {@code {{var}}} substitution
   * @param body POST body, {@code {{var}}} substitution
   * @param compressRequest POST only
   */
  public record HttpRequest(
      @JsonProperty("Method") @Nullable Method method,
      @JsonProperty("Headers") @Nullable Map<String, String> headers,
      @JsonProperty("Body") @Nullable String body,
      @JsonProperty("CompressRequest") @JsonAlias("CompressionMethod")
          @Nullable Compression compressRequest) {

    public HttpRequest {
      headers = headers == null ? null : Map.copyOf(headers);
    }
  }

  /** VAST handling; {@code null} sequencing mode means IGNORE_AD_SEQUENCE. */
  public record VastResponse(
      @JsonProperty("AdSequencingMode") @Nullable AdSequencingMode adSequencingMode) {}

  /** ADS HTTP method. */
  public enum Method {
    GET,
    POST
  }

  /** ADS request body compression. */
  public enum Compression {
    NONE,
    GZIP
  }

  /** Ad pod / ad buffet handling (reference §6). */
  public enum AdSequencingMode {
    IGNORE_AD_SEQUENCE,
    FOLLOW_AD_SEQUENCE,
    FOLLOW_AD_SEQUENCE_ONLY_LIVE,
    FOLLOW_AD_SEQUENCE_ONLY_VOD
  }
}
