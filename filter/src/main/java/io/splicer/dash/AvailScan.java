package io.splicer.dash;

import java.util.List;

/**
 * Avails found in an MPD and the problems met while looking.
 *
 * @param avails in document order
 * @param problems reader and detector problems (e.g. a non-SCTE-35 Binary)
 */
public record AvailScan(List<Avail> avails, List<DashProblem> problems) {
  public AvailScan {
    avails = List.copyOf(avails);
    problems = List.copyOf(problems);
  }
}
