package io.splicer.stitch;

import io.splicer.hls.AttributeList;
import io.splicer.hls.HlsLine;
import io.splicer.hls.HlsWriter;
import io.splicer.hls.MultivariantPlaylist;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Personalises a multivariant playlist (RFC 8216bis §4.4.6) for a session:
 *
 * <ul>
 *   <li>every EXT-X-STREAM-INF URI line, and the URI attribute of every EXT-X-MEDIA and
 *       EXT-X-I-FRAME-STREAM-INF, becomes the session-scoped {@code
 *       {context}/v1/manifest/{hash}/{config}/{session}/{n}.m3u8} (root-relative, never {@code
 *       ../}), with the session's {@code manifest.*} parameters as its query; {@code n} counts them
 *       in playlist order;
 *   <li>EXT-X-SESSION-DATA and EXT-X-SESSION-KEY URIs and the EXT-X-CONTENT-STEERING SERVER-URI are
 *       made absolute against the origin;
 *   <li>every other line is written back byte for byte (attribute lists keep their raw values and
 *       order).
 * </ul>
 */
final class MultivariantRewriter {

  /** The rewritten text and the map of {@code n} to origin playlists. */
  record Result(String text, VariantMap variants) {}

  private static final Set<String> ABSOLUTE_URI_TAGS =
      Set.of("EXT-X-SESSION-DATA", "EXT-X-SESSION-KEY");

  private MultivariantRewriter() {}

  static Result rewrite(
      MultivariantPlaylist playlist,
      StitchScope scope,
      String configName,
      UriPolicy uris,
      @Nullable VariantMap existing) {
    List<HlsLine> out = new ArrayList<>(playlist.lines().size());
    List<VariantMap.Rendition> renditions = new ArrayList<>();
    AttributeList pendingStreamInf = null;
    String prefix = childPrefix(scope, configName);
    String query = scope.session().params().manifestQuery();
    for (HlsLine l : playlist.lines()) {
      if (l.isUri() && pendingStreamInf != null) {
        VariantMap.Rendition r =
            rendition(uris.resolve(l.uriText()), VariantMap.Kind.VARIANT, pendingStreamInf);
        out.add(l.withText(childUrl(prefix, query, index(r, renditions, existing))));
        pendingStreamInf = null;
        continue;
      }
      if (!l.isTag()) {
        out.add(l);
        continue;
      }
      String name = l.name();
      AttributeList a = "EXT-X-STREAM-INF".equals(name) ? attributes(l) : null;
      if (a != null) {
        pendingStreamInf = a;
        out.add(l);
      } else if ("EXT-X-MEDIA".equals(name) || "EXT-X-I-FRAME-STREAM-INF".equals(name)) {
        AttributeList attrs = attributes(l);
        String uri = attrs.string("URI").orElse(null);
        if (uri == null) {
          out.add(l);
          continue;
        }
        VariantMap.Kind kind = kindOf(name, attrs);
        VariantMap.Rendition r = rendition(uris.resolve(uri), kind, attrs);
        String child = childUrl(prefix, query, index(r, renditions, existing));
        out.add(l.withText("#" + name + ":" + attrs.withQuoted("URI", child).render()));
      } else if (name != null && ABSOLUTE_URI_TAGS.contains(name)) {
        out.add(absolute(l, "URI", uris));
      } else if ("EXT-X-CONTENT-STEERING".equals(name)) {
        out.add(absolute(l, "SERVER-URI", uris));
      } else {
        out.add(l);
      }
    }
    VariantMap map = existing != null ? existing : new VariantMap(renditions);
    return new Result(HlsWriter.write(out, playlist.eol()), map);
  }

  /** Index of {@code r}: its index in an already stored map, else the next new one. */
  private static int index(
      VariantMap.Rendition r,
      List<VariantMap.Rendition> renditions,
      @Nullable VariantMap existing) {
    renditions.add(r);
    if (existing != null) {
      List<VariantMap.Rendition> known = existing.renditions();
      for (int i = 0; i < known.size(); i++) {
        if (known.get(i).originUri().equals(r.originUri()) && known.get(i).kind() == r.kind()) {
          return i;
        }
      }
    }
    return renditions.size() - 1;
  }

  private static VariantMap.Kind kindOf(String tag, AttributeList a) {
    if ("EXT-X-I-FRAME-STREAM-INF".equals(tag)) {
      return VariantMap.Kind.IFRAME;
    }
    return switch (a.enumerated("TYPE").orElse("")) {
      case "AUDIO" -> VariantMap.Kind.AUDIO;
      case "SUBTITLES" -> VariantMap.Kind.SUBTITLES;
      default -> VariantMap.Kind.OTHER;
    };
  }

  private static VariantMap.Rendition rendition(String uri, VariantMap.Kind kind, AttributeList a) {
    int w = 0;
    int h = 0;
    String res = a.raw("RESOLUTION");
    if (res != null) {
      int x = res.toLowerCase(java.util.Locale.ROOT).indexOf('x');
      try {
        w = x < 0 ? 0 : Integer.parseInt(res.substring(0, x).trim());
        h = x < 0 ? 0 : Integer.parseInt(res.substring(x + 1).trim());
      } catch (NumberFormatException e) {
        w = 0;
        h = 0;
      }
    }
    return new VariantMap.Rendition(
        uri, kind, a.string("CODECS").orElse(""), a.integer("BANDWIDTH").orElse(0), w, h);
  }

  private static HlsLine absolute(HlsLine l, String attribute, UriPolicy uris) {
    AttributeList a = attributes(l);
    String uri = a.string(attribute).orElse(null);
    if (uri == null) {
      return l;
    }
    String abs = uris.resolve(uri);
    return abs.equals(uri)
        ? l
        : l.withText("#" + l.name() + ":" + a.withQuoted(attribute, abs).render());
  }

  private static AttributeList attributes(HlsLine l) {
    return AttributeList.parse(l.value());
  }

  /** {@code {context}/v1/manifest/{hash}/{config}/{session}/}. */
  static String childPrefix(StitchScope scope, String configName) {
    return scope.contextPath()
        + "/v1/manifest/"
        + scope.hash()
        + "/"
        + URLEncoder.encode(configName, StandardCharsets.UTF_8).replace("+", "%20")
        + "/"
        + scope.session().id()
        + "/";
  }

  private static String childUrl(String prefix, String query, int n) {
    return prefix + n + ".m3u8" + (query.isEmpty() ? "" : "?" + query);
  }
}
