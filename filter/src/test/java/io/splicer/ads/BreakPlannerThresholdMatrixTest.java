package io.splicer.ads;

import static io.splicer.ads.PlanText.ads;
import static io.splicer.ads.PlanText.items;
import static io.splicer.ads.PlanText.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference §5.1, the personalization-threshold / slate matrix, one row per (scenario, column) on a
 * 60 s break with slate configured. Columns: "disabled" = no threshold, "thr<break" = 3 s,
 * "thr>break" = 90 s. The "Fill in time" row implements the definition (abandon when unfilled >
 * threshold), not the inverted cell wording (reference §10.11).
 */
class BreakPlannerThresholdMatrixTest {

  private static final AdsFailure TIMEOUT = AdsFailure.of(AdsFailure.Kind.TIMEOUT, "3000 ms");
  private static final AdsFailure NOT_FOUND = AdsFailure.of(AdsFailure.Kind.HTTP_STATUS, "[404]");

  static Stream<Arguments> rows() {
    return Stream.of(
        row("Empty VAST", "disabled", AdsResponse.<String>of(java.util.List.of()), false, "S60"),
        row("Empty VAST", "thr<break", AdsResponse.<String>of(java.util.List.of()), false, "C60"),
        row("Empty VAST", "thr>break", AdsResponse.<String>of(java.util.List.of()), false, "S60"),
        row("ADS timeout", "disabled", AdsResponse.<String>failed(TIMEOUT), false, "S60"),
        row("ADS timeout", "thr<break", AdsResponse.<String>failed(TIMEOUT), false, "C60"),
        row("ADS timeout", "thr>break", AdsResponse.<String>failed(TIMEOUT), false, "S60"),
        row("VAST 404", "disabled", AdsResponse.<String>failed(NOT_FOUND), false, "S60"),
        row("VAST 404", "thr<break", AdsResponse.<String>failed(NOT_FOUND), false, "C60"),
        row("VAST 404", "thr>break", AdsResponse.<String>failed(NOT_FOUND), false, "S60"),
        row("Ads longer than break", "disabled", ads("a1", "40", "a2", "40"), false, "A(a1)40 S20"),
        row("Ads longer than break", "thr<break", ads("a1", "40", "a2", "40"), false, "C60"),
        row(
            "Ads longer than break",
            "thr>break",
            ads("a1", "40", "a2", "40"),
            false,
            "A(a1)40 S20"),
        row("Fill unused time", "disabled", ads("a1", "56"), false, "A(a1)56 S4"),
        row("Fill unused time", "thr<break", ads("a1", "56"), false, "C60"),
        row("Fill unused time", "thr5s<break,>unfilled", ads("a1", "56"), false, "A(a1)56 S4"),
        row("Fill unused time", "thr>break", ads("a1", "56"), false, "A(a1)56 S4"),
        row(
            "Bumpers, empty VAST",
            "disabled",
            AdsResponse.<String>failed(TIMEOUT),
            true,
            "B<5 S50 B>5"),
        row("Bumpers, empty VAST", "thr<break", AdsResponse.<String>failed(TIMEOUT), true, "C60"),
        row(
            "Bumpers, empty VAST",
            "thr>break",
            AdsResponse.<String>failed(TIMEOUT),
            true,
            "B<5 S50 B>5"),
        row("Bumpers, fill unused", "disabled", ads("a1", "40"), true, "B<5 A(a1)40 S10 B>5"),
        row("Bumpers, fill unused", "thr<break", ads("a1", "40"), true, "C60"),
        row("Bumpers, fill unused", "thr>break", ads("a1", "40"), true, "B<5 A(a1)40 S10 B>5"));
  }

  @ParameterizedTest(name = "§5.1 {0} / {1}")
  @MethodSource("rows")
  void planReplacement_matrixCell_matchesReference(
      String scenario,
      String column,
      AdsResponse<String> response,
      boolean bumpers,
      String expected) {
    FillSettings settings = FillSettings.withSlate();
    settings =
        switch (column) {
          case "disabled" -> settings;
          case "thr<break" -> settings.withThreshold(s("3"));
          case "thr5s<break,>unfilled" -> settings.withThreshold(s("5"));
          case "thr>break" -> settings.withThreshold(s("90"));
          default -> throw new IllegalArgumentException(column);
        };
    if (bumpers) {
      settings = settings.withBumpers(Optional.of(s("5")), Optional.of(s("5")));
    }
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("60"), response, CreativeReadiness.alwaysReady(), settings);
    assertEquals(expected, items(plan));
    assertEquals(expected.equals("C60"), plan.abandoned());
    assertEquals(response.failure(), plan.adsFailure());
  }

  @ParameterizedTest(name = "§5.1 Preroll with {0}: no pre-roll at all")
  @MethodSource("prerollRows")
  void planLivePreroll_emptyOrFailed_noPreroll(String name, AdsResponse<String> response) {
    BreakPlan<String> plan =
        BreakPlanner.planLivePreroll(
            Optional.of(s("30")), response, CreativeReadiness.alwaysReady());
    assertEquals("", items(plan));
    assertEquals(response.failure(), plan.adsFailure());
  }

  static Stream<Arguments> prerollRows() {
    return Stream.of(
        Arguments.of("empty VAST", AdsResponse.<String>of(java.util.List.of())),
        Arguments.of("ADS timeout", AdsResponse.<String>failed(TIMEOUT)),
        Arguments.of("VAST 404", AdsResponse.<String>failed(NOT_FOUND)));
  }

  private static Arguments row(
      String scenario,
      String column,
      AdsResponse<String> response,
      boolean bumpers,
      String expected) {
    return Arguments.of(scenario, column, response, bumpers, expected);
  }
}
