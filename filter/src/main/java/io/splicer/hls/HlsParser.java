package io.splicer.hls;

import io.splicer.core.MediaTime;
import io.splicer.hls.HlsProblem.Code;
import io.splicer.hls.TagCodec.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Parses playlist text into a lossless {@link Playlist}. Stateless and thread-safe; one pass, no
 * regular expressions. Never throws an unchecked exception on any input: unusable input gives a
 * classified {@link HlsParseException}; in {@link ParseMode#LENIENT} other problems become warnings
 * on the playlist, in {@link ParseMode#STRICT} the first one is thrown.
 */
public final class HlsParser {

  private HlsParser() {}

  /** Parses in lenient mode (production). */
  public static Playlist parse(String text) throws HlsParseException {
    return parse(text, ParseMode.LENIENT);
  }

  public static Playlist parse(String text, ParseMode mode) throws HlsParseException {
    return new Run(split(text), mode).run();
  }

  /** Parses and requires a media playlist. */
  public static MediaPlaylist parseMedia(String text, ParseMode mode) throws HlsParseException {
    Playlist p = parse(text, mode);
    if (p instanceof MediaPlaylist m) {
      return m;
    }
    throw new HlsParseException(
        new HlsProblem(Code.MIXED_PLAYLIST, 0, "multivariant", "a media playlist was expected"));
  }

  /** Splits text into lines keeping each terminator (CRLF, LF or lone CR). */
  static ParsedLines split(String text) {
    int n = text.length();
    HlsLine[] lines = new HlsLine[Math.max(16, n / 16)];
    int[] starts = new int[lines.length + 1];
    int size = 0;
    int start = 0;
    int crlfLines = 0;
    // The next CR and LF at or after start (-1: none left), each searched again only once passed,
    // so a file of lone CRs or one without any CR is still read in one linear pass.
    int cr = text.indexOf('\r');
    int lf = text.indexOf('\n');
    while (start < n) {
      if (cr >= 0 && cr < start) {
        cr = text.indexOf('\r', start);
      }
      if (lf >= 0 && lf < start) {
        lf = text.indexOf('\n', start);
      }
      int i;
      String eol;
      int next;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        i = cr;
        boolean crlf = cr + 1 == lf;
        eol = crlf ? "\r\n" : "\r";
        crlfLines += crlf ? 1 : 0;
        next = crlf ? cr + 2 : cr + 1;
      } else if (lf >= 0) {
        i = lf;
        eol = "\n";
        next = lf + 1;
      } else {
        i = n;
        eol = "";
        next = n;
      }
      if (size == lines.length) {
        lines = java.util.Arrays.copyOf(lines, size + (size >> 1) + 16);
        starts = java.util.Arrays.copyOf(starts, lines.length + 1);
      }
      starts[size] = start;
      lines[size++] = HlsLine.read(text.substring(start, i), eol);
      start = next;
    }
    int unterminated = size > 0 && "".equals(lines[size - 1].eol()) ? 1 : 0;
    starts[size] = n;
    return new ParsedLines(text, lines, starts, size, crlfLines, size - crlfLines - unterminated);
  }

  /** The mutable state of one parse (confined to one call). */
  private static final class Run implements Consumer<String> {
    private final ParsedLines lines;
    private final ParseMode mode;
    private final List<HlsProblem> problems = new ArrayList<>();
    private final List<MediaSegment> segments;
    private int lineIndex;
    private @Nullable HlsParseException strictFailure;
    private int mediaTags;
    private int multivariantTags;
    private long version = 1;
    private OptionalLong targetDuration = OptionalLong.empty();
    private long mediaSequence;
    private long discontinuitySequence;
    private @Nullable String playlistType;
    private boolean endList;
    // per-segment state
    private @Nullable MediaTime pendingDuration;
    private boolean pendingExtInf;
    private boolean pendingDiscontinuity;
    private int pendingPdt = -1;
    private int discontinuities;
    private List<Integer> keyLines = List.of();
    private final List<String> keyFormats = new ArrayList<>();
    private int mapLine = -1;
    private int segmentStart;
    private @Nullable TagCodec<?> currentCodec;

    Run(ParsedLines lines, ParseMode mode) {
      this.lines = lines;
      this.mode = mode;
      this.segments = new ArrayList<>(lines.size() / 2 + 1); // a segment is EXTINF + URI
    }

    Playlist run() throws HlsParseException {
      int first = header();
      if (strictFailure != null) {
        throw strictFailure;
      }
      segmentStart = first + 1;
      for (lineIndex = first + 1; lineIndex < lines.size(); lineIndex++) {
        HlsLine line = lines.get(lineIndex);
        if (line.kind() == HlsLine.Kind.TAG) {
          tag(line);
        } else if (line.kind() == HlsLine.Kind.URI) {
          uri(line);
        }
        if (strictFailure != null) {
          throw strictFailure;
        }
      }
      return build();
    }

    /** Finds #EXTM3U (RFC 8216 §4.3.1.1: the first line); returns its index. */
    private int header() throws HlsParseException {
      int i = 0;
      // Lenient: blank and comment lines before #EXTM3U are tolerated with a warning.
      while (i < lines.size()
          && (lines.get(i).kind() == HlsLine.Kind.BLANK
              || lines.get(i).kind() == HlsLine.Kind.COMMENT)) {
        i++;
      }
      if (i == lines.size()) {
        HlsProblem p =
            i == 0
                ? new HlsProblem(Code.EMPTY, 0, "", "the playlist is empty")
                : new HlsProblem(Code.MISSING_EXTM3U, 1, lines.get(0).text(), "no #EXTM3U line");
        throw new HlsParseException(p);
      }
      HlsLine first = lines.get(i);
      if (!first.isTag("EXTM3U")) {
        throw new HlsParseException(
            new HlsProblem(
                Code.MISSING_EXTM3U, i + 1, first.text(), "the first line must be #EXTM3U"));
      }
      if (i > 0) {
        lineIndex = i;
        problem(Code.TEXT_BEFORE_EXTM3U, "lines before #EXTM3U", lines.get(0).text());
      }
      return i;
    }

    private void tag(HlsLine line) {
      String name = line.name();
      if (name == HlsTag.ExtInf.NAME && !endList) { // parsed names are interned
        MediaTime d = TagCodecs.plainExtInfDuration(line.text());
        if (d != null) {
          mediaTags++; // EXTINF is a media segment tag (RFC 8216 §4.3.2.1)
          pendingDuration = d; // the common form, read in place (same value as the codec)
          pendingExtInf = true;
          return;
        }
      }
      TagCodec<?> codec = name == null ? null : TagCodecs.codec(name);
      if (codec == null) {
        return; // unknown tags are kept verbatim (RFC 8216 §4.1: MUST ignore)
      }
      if (codec.scope() == Scope.MEDIA) {
        mediaTags++;
      } else if (codec.scope() == Scope.MULTIVARIANT) {
        multivariantTags++;
      }
      if (endList && !"EXT-X-ENDLIST".equals(name) && codec.scope() == Scope.MEDIA) {
        problem(Code.TAG_AFTER_ENDLIST, "media tag after EXT-X-ENDLIST", line.text());
      }
      currentCodec = codec;
      HlsTag tag = codec.read(line.value(), this);
      if (tag != null) {
        apply(tag);
      }
    }

    private void apply(HlsTag tag) {
      if (tag instanceof HlsTag.ExtInf e) {
        pendingDuration = e.duration();
        pendingExtInf = true;
      } else if (tag instanceof HlsTag.Number n) {
        number(n);
      } else if (tag instanceof HlsTag.Flag f) {
        if ("EXT-X-DISCONTINUITY".equals(f.name())) {
          pendingDiscontinuity = true;
        } else if ("EXT-X-ENDLIST".equals(f.name())) {
          endList = true;
        }
      } else if (tag instanceof HlsTag.Text t) {
        if ("EXT-X-PLAYLIST-TYPE".equals(t.name())) {
          playlistType = t.value().strip();
        } else if ("EXT-X-PROGRAM-DATE-TIME".equals(t.name())) {
          pendingPdt = lineIndex;
        }
      } else if (tag instanceof HlsTag.Attributes a) {
        attributes(a);
      }
    }

    private void number(HlsTag.Number n) {
      switch (n.name()) {
        case "EXT-X-VERSION" -> version = n.value();
        case "EXT-X-TARGETDURATION" -> targetDuration = OptionalLong.of(n.value());
        case "EXT-X-MEDIA-SEQUENCE" -> mediaSequence = n.value();
        case "EXT-X-DISCONTINUITY-SEQUENCE" -> discontinuitySequence = n.value();
        default -> {}
      }
    }

    // RFC 8216 §4.3.2.4: a key applies until the next EXT-X-KEY with the same KEYFORMAT;
    // METHOD=NONE ends all of them. §4.3.2.5: a map applies until the next EXT-X-MAP.
    private void attributes(HlsTag.Attributes a) {
      if ("EXT-X-KEY".equals(a.name())) {
        AttributeList attrs = a.attributes();
        String format = attrs.string("KEYFORMAT").orElse("identity");
        List<Integer> next = new ArrayList<>(keyLines.size() + 1);
        List<String> formats = new ArrayList<>();
        for (int k = 0; k < keyLines.size(); k++) {
          if (!keyFormats.get(k).equals(format)) {
            next.add(keyLines.get(k));
            formats.add(keyFormats.get(k));
          }
        }
        if ("NONE".equals(attrs.raw("METHOD"))) {
          next.clear();
          formats.clear();
        } else {
          next.add(lineIndex);
          formats.add(format);
        }
        keyLines = Collections.unmodifiableList(next);
        keyFormats.clear();
        keyFormats.addAll(formats);
      } else if ("EXT-X-MAP".equals(a.name())) {
        mapLine = lineIndex;
      }
    }

    private void uri(HlsLine line) {
      if (!pendingExtInf) {
        if (mediaTags > 0 && multivariantTags == 0) {
          problem(Code.MISSING_EXTINF, "segment without EXTINF", line.text());
        } else {
          segmentStart = lineIndex + 1;
          return; // a variant URI of a multivariant playlist
        }
      }
      if (pendingDiscontinuity) {
        discontinuities++;
      }
      MediaTime d = pendingDuration == null ? MediaTime.ZERO : pendingDuration;
      if (targetDuration.isPresent()
          && (d.micros() + 500_000) / 1_000_000 > targetDuration.getAsLong()) {
        problem(Code.SEGMENT_LONGER_THAN_TARGET, "EXTINF above EXT-X-TARGETDURATION", d.toString());
      }
      segments.add(
          new MediaSegment(
              segments.size(),
              segmentStart,
              lineIndex,
              d,
              line.uriText(),
              mediaSequence + segments.size(),
              discontinuitySequence + discontinuities,
              pendingDiscontinuity,
              keyLines,
              mapLine,
              pendingPdt));
      pendingDuration = null;
      pendingExtInf = false;
      pendingDiscontinuity = false;
      pendingPdt = -1;
      segmentStart = lineIndex + 1;
    }

    private Playlist build() throws HlsParseException {
      List<HlsLine> ls = lines;
      String eol = dominantEol();
      boolean media = multivariantTags == 0 || (mediaTags > 0 && !segments.isEmpty());
      if (mediaTags > 0 && multivariantTags > 0) {
        lineIndex = -1;
        problem(
            Code.MIXED_PLAYLIST,
            "both media and multivariant tags; read as " + (media ? "media" : "multivariant"),
            mediaTags + "/" + multivariantTags);
        if (strictFailure != null) {
          throw strictFailure;
        }
      }
      List<HlsProblem> ps = List.copyOf(problems);
      if (!media) {
        return new MultivariantPlaylist(ls, eol, ps);
      }
      return new MediaPlaylist(
          ls,
          eol,
          ps,
          Collections.unmodifiableList(segments),
          version,
          targetDuration,
          mediaSequence,
          discontinuitySequence,
          playlistType,
          endList);
    }

    private String dominantEol() {
      return lines.crlfLines > lines.otherTerminatedLines ? "\r\n" : "\n";
    }

    /** Codec problems for the current line. */
    @Override
    public void accept(String message) {
      Code code;
      if (message.startsWith("missing required")) {
        code = Code.MISSING_REQUIRED_ATTRIBUTE;
      } else if (currentCodec != null && currentCodec.type() == HlsTag.Attributes.class) {
        code = Code.MALFORMED_ATTRIBUTES;
      } else {
        code = Code.MALFORMED_TAG_VALUE;
      }
      problem(code, message, lines.get(lineIndex).text());
    }

    private void problem(Code code, String detail, String value) {
      HlsProblem p = new HlsProblem(code, lineIndex + 1, value, detail);
      if (mode == ParseMode.STRICT) {
        if (strictFailure == null) {
          strictFailure = new HlsParseException(p);
        }
      } else if (problems.size() < 1000) {
        problems.add(p);
      }
    }
  }
}
