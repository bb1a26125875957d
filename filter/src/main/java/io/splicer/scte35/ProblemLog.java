package io.splicer.scte35;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found while decoding one section. Warnings never reject; deviations reject the section
 * in {@link Scte35Mode#STRICT} mode and are only reported in {@link Scte35Mode#LENIENT} mode.
 */
final class ProblemLog {
  private final List<Scte35Problem> problems = new ArrayList<>();
  private boolean deviated;

  void warn(Scte35Problem.Kind kind, String field, String message) {
    problems.add(new Scte35Problem(kind, field, message));
  }

  void deviation(Scte35Problem.Kind kind, String field, String message) {
    problems.add(new Scte35Problem(kind, field, message));
    deviated = true;
  }

  void deviation(Scte35Exception e) {
    problems.add(e.toProblem());
    deviated = true;
  }

  void fatal(Scte35Exception e) {
    problems.add(e.toProblem());
  }

  boolean deviated() {
    return deviated;
  }

  List<Scte35Problem> problems() {
    return problems;
  }
}
