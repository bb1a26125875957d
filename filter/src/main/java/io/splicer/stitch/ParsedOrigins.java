package io.splicer.stitch;

import io.splicer.hls.Playlist;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last parse of each origin playlist URL, reused while the origin answers the same bytes: the
 * sessions of a live stream refresh the same window until its next segment, so the playlist is
 * parsed once per window change instead of once per viewer refresh. Parsed playlists are immutable
 * and a parse is a function of the text, so a reused parse is the parse the request would have
 * made. Bounded: at most {@value #MAX_ENTRIES} URLs (all forgotten when a new one would exceed it)
 * and only bodies up to {@value #MAX_BYTES} bytes.
 */
final class ParsedOrigins {

  static final int MAX_ENTRIES = 64;
  static final int MAX_BYTES = 256 * 1024;

  /** Parses an origin playlist (throws for one that cannot be stitched). */
  interface Parser {
    Playlist parse(String text) throws UnparseableManifestException;
  }

  private record Parsed(byte[] body, Charset charset, Playlist playlist) {}

  private final ConcurrentHashMap<String, Parsed> last = new ConcurrentHashMap<>();

  /** The playlist of {@code body} from {@code originUrl}: the remembered parse or a new one. */
  Playlist parse(String originUrl, byte[] body, Charset charset, Parser parser)
      throws UnparseableManifestException {
    Parsed known = last.get(originUrl);
    if (known != null && known.charset().equals(charset) && Arrays.equals(known.body(), body)) {
      return known.playlist();
    }
    Playlist playlist = parser.parse(new String(body, charset));
    if (body.length <= MAX_BYTES) {
      if (known == null && last.size() >= MAX_ENTRIES) {
        last.clear();
      }
      last.put(originUrl, new Parsed(body.clone(), charset, playlist));
    }
    return playlist;
  }
}
