package io.splicer.hls;

import java.util.List;

/**
 * Writes playlists. Each line is written as its text plus its original terminator, so an unedited
 * playlist is reproduced byte for byte; new lines get the playlist's dominant terminator, as does
 * an originally unterminated last line once something follows it.
 */
public final class HlsWriter {

  private HlsWriter() {}

  public static String write(Playlist playlist) {
    return write(playlist.lines(), playlist.eol());
  }

  public static String write(List<HlsLine> lines, String eol) {
    if (lines instanceof ParsedLines parsed) {
      return parsed.source; // unedited parser output: splitting kept every character
    }
    int size = 0;
    for (HlsLine l : lines) {
      size += l.text().length() + 2;
    }
    StringBuilder sb = new StringBuilder(size);
    writeTo(lines, eol, sb);
    return sb.toString();
  }

  public static void writeTo(List<HlsLine> lines, String eol, StringBuilder out) {
    if (lines instanceof ParsedLines parsed) {
      out.append(parsed.source);
      return;
    }
    int last = lines.size() - 1;
    for (int i = 0; i <= last; i++) {
      HlsLine l = lines.get(i);
      out.append(l.text());
      String e = l.eol();
      if (e == null || (e.isEmpty() && i < last)) {
        e = eol;
      }
      out.append(e);
    }
  }
}
