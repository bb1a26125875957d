package io.splicer.scte35;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of decoding: the section when it could be decoded (possibly with non-fatal problems
 * in {@link Scte35Mode#LENIENT} mode), and every problem found.
 */
public record Scte35Result(Optional<SpliceInfoSection> section, List<Scte35Problem> problems) {

  public Scte35Result {
    section = section == null ? Optional.empty() : section;
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public boolean isDecoded() {
    return section.isPresent();
  }

  /** Whether a problem of this kind was reported. */
  public boolean has(Scte35Problem.Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }

  static Scte35Result failed(List<Scte35Problem> problems) {
    return new Scte35Result(Optional.empty(), problems);
  }
}
