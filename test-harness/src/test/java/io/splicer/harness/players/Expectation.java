package io.splicer.harness.players;

import io.splicer.core.MediaTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a stitcher claims it produced, in the runner's expectation format (players/README.md): the
 * output duration, and per ad break its window in output time and the content source position at
 * which playback resumes after it.
 */
public record Expectation(MediaTime duration, MediaTime contentStart, List<Break> breaks) {

  /** One ad break: output window [start, end) and the content source position at {@code end}. */
  public record Break(MediaTime start, MediaTime end, MediaTime resume) {}

  public Expectation {
    breaks = List.copyOf(breaks);
  }

  public String toJson() {
    String list =
        breaks.stream()
            .map(
                b ->
                    "{\"start\":%s,\"end\":%s,\"resume\":%s}"
                        .formatted(seconds(b.start()), seconds(b.end()), seconds(b.resume())))
            .collect(Collectors.joining(","));
    return "{\"duration\":%s,\"contentStart\":%s,\"breaks\":[%s]}"
        .formatted(seconds(duration), seconds(contentStart), list);
  }

  private static String seconds(MediaTime t) {
    return t.toSecondsString(3);
  }
}
