package io.splicer.vast;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An {@code <Extension>} (VAST 4.1 §3.18) split into its {@code type} attribute and its content,
 * read from the raw XML that {@link VastAd#extensions()} and {@link ResolvedAd#extensions()} keep.
 * The raw form is our own re-serialisation (attribute values escaped, so the start tag ends at the
 * first {@code >}); content is the XML between the start and end tag, trimmed.
 *
 * @param type the {@code type} attribute, or {@code null}
 * @param content the element's content as XML text (empty for an empty element)
 */
public record VastExtension(@Nullable String type, String content) {

  private static final Pattern TYPE = Pattern.compile("\\stype=\"([^\"]*)\"");

  /** Splits a raw {@code Extension}/{@code CreativeExtension} element. */
  public static VastExtension of(String rawXml) {
    String raw = rawXml.strip();
    int open = raw.indexOf('>');
    if (!raw.startsWith("<") || open < 0) {
      return new VastExtension(null, raw);
    }
    String startTag = raw.substring(0, open);
    int close = raw.lastIndexOf("</");
    String content = close > open ? raw.substring(open + 1, close).strip() : "";
    Matcher m = TYPE.matcher(startTag);
    String type = m.find() ? unescape(m.group(1)) : null;
    return new VastExtension(type, content);
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
