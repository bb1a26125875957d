package io.splicer.hls;

import java.util.List;

/**
 * A multivariant playlist (RFC 8216bis §4.4.6). Variant URIs are the URI lines; their attributes
 * are on the preceding EXT-X-STREAM-INF line.
 */
public record MultivariantPlaylist(List<HlsLine> lines, String eol, List<HlsProblem> problems)
    implements Playlist {}
