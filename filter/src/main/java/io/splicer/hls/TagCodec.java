package io.splicer.hls;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one tag (design rule 3: read and write live together, registered by name in
 * {@link TagCodecs}).
 *
 * @param <T> the decoded shape
 */
public interface TagCodec<T extends HlsTag> {

  /** Where a tag may appear (RFC 8216bis §4.4). */
  enum Scope {
    /** Basic tags and tags allowed in both playlist kinds. */
    ANY,
    /** Media playlist and media segment tags; their presence makes a playlist a media playlist. */
    MEDIA,
    /** Multivariant playlist tags; their presence makes a playlist a multivariant playlist. */
    MULTIVARIANT
  }

  String name();

  Scope scope();

  Class<T> type();

  /**
   * Decodes the text after the colon (null when the tag has none). Never throws: problems are
   * reported as messages with the offending value in {@code [...]} and a best-effort tag is
   * returned, or null when nothing usable remains.
   */
  @Nullable T read(@Nullable String value, Consumer<String> problems);

  /** The text after the colon, or null for a tag written without a value. */
  @Nullable String write(T tag);

  /** Encodes a tag as a new line. */
  default HlsLine toLine(T tag) {
    return HlsLine.tag(name(), write(tag));
  }
}
