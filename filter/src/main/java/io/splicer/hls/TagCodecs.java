package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.hls.TagCodec.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The registry of tag codecs: every tag of RFC 8216bis plus the ad-marker dialects met in the
 * field. Tags not registered here are kept verbatim as unknown tags.
 */
public final class TagCodecs {

  private static final Map<String, TagCodec<?>> CODECS = new HashMap<>();

  static {
    // RFC 8216bis §4.4.1 basic tags
    register(new FlagCodec("EXTM3U", Scope.ANY));
    register(new NumberCodec("EXT-X-VERSION", Scope.ANY));
    // §4.4.2 media or multivariant playlist tags
    register(new FlagCodec("EXT-X-INDEPENDENT-SEGMENTS", Scope.ANY));
    register(new AttributesCodec("EXT-X-START", Scope.ANY, "TIME-OFFSET"));
    register(new AttributesCodec("EXT-X-DEFINE", Scope.ANY));
    // §4.4.3 media playlist tags
    register(new NumberCodec("EXT-X-TARGETDURATION", Scope.MEDIA));
    register(new NumberCodec("EXT-X-MEDIA-SEQUENCE", Scope.MEDIA));
    register(new NumberCodec("EXT-X-DISCONTINUITY-SEQUENCE", Scope.MEDIA));
    register(new FlagCodec("EXT-X-ENDLIST", Scope.MEDIA));
    register(new TextCodec("EXT-X-PLAYLIST-TYPE", Scope.MEDIA, true));
    register(new FlagCodec("EXT-X-I-FRAMES-ONLY", Scope.MEDIA));
    register(new AttributesCodec("EXT-X-PART-INF", Scope.MEDIA, "PART-TARGET"));
    register(new AttributesCodec("EXT-X-SERVER-CONTROL", Scope.MEDIA));
    // §4.4.4 media segment tags
    register(new ExtInfCodec());
    register(new ByteRangeCodec());
    register(new FlagCodec("EXT-X-DISCONTINUITY", Scope.MEDIA));
    register(new AttributesCodec("EXT-X-KEY", Scope.MEDIA, "METHOD"));
    register(new AttributesCodec("EXT-X-MAP", Scope.MEDIA, "URI"));
    register(new TextCodec("EXT-X-PROGRAM-DATE-TIME", Scope.MEDIA, true));
    register(new FlagCodec("EXT-X-GAP", Scope.MEDIA));
    register(new NumberCodec("EXT-X-BITRATE", Scope.MEDIA));
    register(new AttributesCodec("EXT-X-PART", Scope.MEDIA, "URI", "DURATION"));
    // §4.4.5 media metadata tags
    register(new AttributesCodec("EXT-X-DATERANGE", Scope.MEDIA, "ID"));
    register(new AttributesCodec("EXT-X-SKIP", Scope.MEDIA, "SKIPPED-SEGMENTS"));
    register(new AttributesCodec("EXT-X-PRELOAD-HINT", Scope.MEDIA, "TYPE", "URI"));
    register(new AttributesCodec("EXT-X-RENDITION-REPORT", Scope.MEDIA));
    // §4.4.6 multivariant playlist tags
    register(new AttributesCodec("EXT-X-MEDIA", Scope.MULTIVARIANT, "TYPE", "GROUP-ID", "NAME"));
    register(new AttributesCodec("EXT-X-STREAM-INF", Scope.MULTIVARIANT, "BANDWIDTH"));
    register(
        new AttributesCodec("EXT-X-I-FRAME-STREAM-INF", Scope.MULTIVARIANT, "BANDWIDTH", "URI"));
    register(new AttributesCodec("EXT-X-SESSION-DATA", Scope.MULTIVARIANT, "DATA-ID"));
    register(new AttributesCodec("EXT-X-SESSION-KEY", Scope.MULTIVARIANT, "METHOD"));
    register(new AttributesCodec("EXT-X-CONTENT-STEERING", Scope.MULTIVARIANT, "SERVER-URI"));
    // Ad-marker dialects (not in RFC 8216): values are not attribute lists in all forms
    register(new TextCodec(CueTags.CUE_OUT, Scope.MEDIA, false));
    register(new TextCodec(CueTags.CUE_OUT_CONT, Scope.MEDIA, false));
    register(new TextCodec(CueTags.CUE_IN, Scope.MEDIA, false));
    register(new TextCodec(CueTags.OATCLS, Scope.MEDIA, true));
    register(new TextCodec(CueTags.SPLICEPOINT, Scope.MEDIA, true));
    register(new AttributesCodec(CueTags.SCTE35, Scope.MEDIA));
    register(new AttributesCodec(CueTags.ASSET, Scope.MEDIA));
  }

  /** Open-addressing table of the registered names, looked up by a region of a line. */
  private static final String[] NAMES = new String[256];

  static {
    for (String name : CODECS.keySet()) {
      int slot = name.hashCode() & (NAMES.length - 1);
      while (NAMES[slot] != null) {
        slot = (slot + 1) & (NAMES.length - 1);
      }
      NAMES[slot] = name;
    }
  }

  private TagCodecs() {}

  private static void register(TagCodec<?> codec) {
    CODECS.put(codec.name(), codec);
  }

  /**
   * The tag name in {@code text[from, to)}: the registered constant when the name is known (no copy
   * per line, hash already cached), else a new string.
   */
  static String name(String text, int from, int to) {
    if (to - from == 6 && text.startsWith(HlsTag.ExtInf.NAME, from)) {
      return HlsTag.ExtInf.NAME; // every segment has one
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i); // String.hashCode of the region
    }
    int len = to - from;
    for (int slot = h & (NAMES.length - 1); NAMES[slot] != null; ) {
      String known = NAMES[slot];
      if (known.length() == len && text.regionMatches(from, known, 0, len)) {
        return known;
      }
      slot = (slot + 1) & (NAMES.length - 1);
    }
    return text.substring(from, to);
  }

  /** The codec for a tag name, or null for an unknown tag. */
  public static @Nullable TagCodec<?> codec(String name) {
    return CODECS.get(name);
  }

  /** The typed codec for a tag name; throws if it is not registered with that type. */
  public static <T extends HlsTag> TagCodec<T> codec(String name, Class<T> type) {
    TagCodec<?> c = CODECS.get(name);
    if (c == null || c.type() != type) {
      throw new IllegalArgumentException(
          "no " + type.getSimpleName() + " codec for [" + name + "]");
    }
    @SuppressWarnings("unchecked") // checked against type() above
    TagCodec<T> typed = (TagCodec<T>) c;
    return typed;
  }

  /** Decodes a tag line; null for an unknown tag or one whose value is unusable. */
  public static @Nullable HlsTag decode(HlsLine line, Consumer<String> problems) {
    if (!line.isTag() || line.name() == null) {
      return null;
    }
    TagCodec<?> c = CODECS.get(line.name());
    return c == null ? null : c.read(line.value(), problems);
  }

  /** Encodes a decoded tag as a new line using its registered codec. */
  public static HlsLine encode(HlsTag tag) {
    return encodeWith(codec(tag.name(), tag.getClass()), tag);
  }

  private static <T extends HlsTag> HlsLine encodeWith(TagCodec<T> codec, HlsTag tag) {
    return codec.toLine(codec.type().cast(tag));
  }

  /** Attribute-list value of a tag line (quoted-string aware), empty for no value. */
  public static AttributeList attributes(HlsLine line) {
    return AttributeList.parse(line.value());
  }

  private record FlagCodec(String name, Scope scope) implements TagCodec<HlsTag.Flag> {
    @Override
    public Class<HlsTag.Flag> type() {
      return HlsTag.Flag.class;
    }

    @Override
    public HlsTag.Flag read(@Nullable String value, Consumer<String> problems) {
      if (value != null && !value.isBlank()) {
        problems.accept("tag takes no value: [" + value + "]");
      }
      return new HlsTag.Flag(name);
    }

    @Override
    public @Nullable String write(HlsTag.Flag tag) {
      return null;
    }
  }

  private record NumberCodec(String name, Scope scope) implements TagCodec<HlsTag.Number> {
    @Override
    public Class<HlsTag.Number> type() {
      return HlsTag.Number.class;
    }

    @Override
    public HlsTag.@Nullable Number read(@Nullable String value, Consumer<String> problems) {
      OptionalLong n = AttributeList.parseLong(value == null ? "" : value.strip());
      if (n.isEmpty()) {
        problems.accept("not a decimal-integer: [" + value + "]");
        return null;
      }
      return new HlsTag.Number(name, n.getAsLong());
    }

    @Override
    public String write(HlsTag.Number tag) {
      return Long.toString(tag.value());
    }
  }

  private record TextCodec(String name, Scope scope, boolean required)
      implements TagCodec<HlsTag.Text> {
    @Override
    public Class<HlsTag.Text> type() {
      return HlsTag.Text.class;
    }

    @Override
    public HlsTag.Text read(@Nullable String value, Consumer<String> problems) {
      if (required && (value == null || value.isBlank())) {
        problems.accept("tag needs a value: [" + (value == null ? "" : value) + "]");
      }
      return new HlsTag.Text(name, value == null ? "" : value);
    }

    @Override
    public @Nullable String write(HlsTag.Text tag) {
      return tag.value().isEmpty() && !required ? null : tag.value();
    }
  }

  private record AttributesCodec(String name, Scope scope, List<String> required)
      implements TagCodec<HlsTag.Attributes> {
    AttributesCodec(String name, Scope scope, String... required) {
      this(name, scope, List.of(required));
    }

    @Override
    public Class<HlsTag.Attributes> type() {
      return HlsTag.Attributes.class;
    }

    @Override
    public HlsTag.Attributes read(@Nullable String value, Consumer<String> problems) {
      AttributeList attrs = AttributeList.parse(value);
      attrs.problems().forEach(problems);
      for (String r : required) {
        if (!attrs.has(r) && !("URI".equals(r) && "NONE".equals(attrs.raw("METHOD")))) {
          problems.accept("missing required attribute: [" + r + "]");
        }
      }
      return new HlsTag.Attributes(name, attrs);
    }

    @Override
    public String write(HlsTag.Attributes tag) {
      return tag.attributes().render();
    }
  }

  /**
   * The EXTINF duration of a tag line in the common plain form {@code #EXTINF:<digits>[.<up to 6
   * digits>][,title]}, read in place without decoding the tag; null for any other form, which the
   * codec then reads (and reports) in full. Same value as {@link MediaTime#parseSeconds}.
   */
  static @Nullable MediaTime plainExtInfDuration(String line) {
    int i = line.indexOf(':') + 1;
    int n = line.length();
    long whole = 0;
    int start = i;
    while (i < n && i - start < 12 && isDigit(line.charAt(i))) {
      whole = whole * 10 + (line.charAt(i++) - '0');
    }
    if (i == start) {
      return null;
    }
    long frac = 0;
    int digits = 0;
    if (i < n && line.charAt(i) == '.') {
      i++;
      while (i < n && digits < 6 && isDigit(line.charAt(i))) {
        frac = frac * 10 + (line.charAt(i++) - '0');
        digits++;
      }
    }
    frac *= MICROS_SCALE[digits];
    if (i < n && line.charAt(i) != ',') {
      return null; // blanks, more digits, a sign or anything else: the full reading decides
    }
    return MediaTime.ofMicros(whole * 1_000_000 + frac);
  }

  private static final long[] MICROS_SCALE = {1_000_000, 100_000, 10_000, 1000, 100, 10, 1};

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final class ExtInfCodec implements TagCodec<HlsTag.ExtInf> {
    @Override
    public String name() {
      return HlsTag.ExtInf.NAME;
    }

    @Override
    public Scope scope() {
      return Scope.MEDIA;
    }

    @Override
    public Class<HlsTag.ExtInf> type() {
      return HlsTag.ExtInf.class;
    }

    // RFC 8216 §4.3.2.1: #EXTINF:<duration>,[<title>]; some packagers omit the comma.
    @Override
    public HlsTag.@Nullable ExtInf read(@Nullable String value, Consumer<String> problems) {
      String v = value == null ? "" : value;
      int comma = v.indexOf(',');
      String num = (comma < 0 ? v : v.substring(0, comma)).strip();
      try {
        MediaTime d = MediaTime.parseSeconds(num);
        if (d.isNegative()) {
          problems.accept("negative EXTINF duration: [" + num + "]");
          return null;
        }
        return new HlsTag.ExtInf(d, num, comma < 0 ? null : v.substring(comma + 1));
      } catch (NumberFormatException | ArithmeticException e) {
        problems.accept("EXTINF duration is not a decimal number: [" + num + "]");
        return null;
      }
    }

    @Override
    public String write(HlsTag.ExtInf tag) {
      String t = tag.title();
      return t == null ? tag.durationText() : tag.durationText() + "," + t;
    }
  }

  private static final class ByteRangeCodec implements TagCodec<HlsTag.ByteRange> {
    @Override
    public String name() {
      return HlsTag.ByteRange.NAME;
    }

    @Override
    public Scope scope() {
      return Scope.MEDIA;
    }

    @Override
    public Class<HlsTag.ByteRange> type() {
      return HlsTag.ByteRange.class;
    }

    // RFC 8216 §4.3.2.2: <n>[@<o>]
    @Override
    public HlsTag.@Nullable ByteRange read(@Nullable String value, Consumer<String> problems) {
      String v = value == null ? "" : value.strip();
      int at = v.indexOf('@');
      OptionalLong len = AttributeList.parseLong(at < 0 ? v : v.substring(0, at));
      OptionalLong off =
          at < 0 ? OptionalLong.empty() : AttributeList.parseLong(v.substring(at + 1));
      if (len.isEmpty() || (at >= 0 && off.isEmpty())) {
        problems.accept("malformed byte range: [" + v + "]");
        return null;
      }
      return new HlsTag.ByteRange(len.getAsLong(), off);
    }

    @Override
    public String write(HlsTag.ByteRange tag) {
      return tag.offset().isPresent()
          ? tag.length() + "@" + tag.offset().getAsLong()
          : Long.toString(tag.length());
    }
  }
}
