package io.splicer.vast;

import org.jspecify.annotations.Nullable;

/**
 * A creative resource: {@code kind} is the element name ({@code StaticResource}, {@code
 * IFrameResource}, {@code HTMLResource}, {@code JavaScriptResource}, {@code ExecutableResource});
 * {@code value} the trimmed URI or markup; {@code browserOptional} is the {@code
 * JavaScriptResource} attribute (VAST 4.1 §3.17.2), else {@code null}.
 */
public record Resource(
    String kind,
    @Nullable String creativeType,
    @Nullable String apiFramework,
    String value,
    @Nullable String browserOptional) {

  /** A resource without {@code browserOptional}. */
  public Resource(
      String kind, @Nullable String creativeType, @Nullable String apiFramework, String value) {
    this(kind, creativeType, apiFramework, value, null);
  }
}
