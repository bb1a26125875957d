package io.splicer.ads;

import static io.splicer.ads.PlanText.ads;
import static io.splicer.ads.PlanText.items;
import static io.splicer.ads.PlanText.s;
import static io.splicer.ads.PlanText.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.splicer.core.MediaTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's worked examples and every fill-rule case of reference §5.2, one row per case. Item
 * text: {@code A(id)d} ad, {@code ~} truncated, {@code S} slate, {@code C} content, {@code
 * B<}/{@code B>} start/end bumper.
 */
class BreakPlannerDerivedCasesTest {

  private static final CreativeReadiness<String> READY = CreativeReadiness.alwaysReady();
  private static final FillSettings SLATE = FillSettings.withSlate();

  static Stream<Arguments> rows() {
    return Stream.of(
        // Seed 004 / reference §5 "Example 70 s / two 40 s ads"; §5.2 case 1.
        row(
            "§5.2-1a 70s, two 40s ads, no slate: one ad then 30s content",
            () -> replace("70", ads("a1", "40", "a2", "40"), FillSettings.NONE),
            "A(a1)40 C30",
            "a2:AVAIL_DURATION_EXCEEDED"),
        row(
            "§5.2-1b 70s, two 40s ads, slate: one ad then 30s slate",
            () -> replace("70", ads("a1", "40", "a2", "40"), SLATE),
            "A(a1)40 S30",
            "a2:AVAIL_DURATION_EXCEEDED"),
        row(
            "§5.2-1c cue-in at 50s cuts the slate, content from 50s",
            () -> replace("70", ads("a1", "40", "a2", "40"), SLATE).cutAt(s("50")),
            "A(a1)40 S10",
            "a2:AVAIL_DURATION_EXCEEDED"),
        row(
            "§5.2-1d cue-in at 20s cuts the ad itself",
            () -> replace("70", ads("a1", "40", "a2", "40"), SLATE).cutAt(s("20")),
            "A(a1)20~",
            "a2:AVAIL_DURATION_EXCEEDED"),
        // Seed 004 / reference §5 "Example 30 s / shortest ad 40 s"; §5.2 case 2.
        row(
            "§5.2-2a 30s, shortest ad 40s, no slate: no ads, origin content",
            () -> replace("30", ads("a1", "40", "a2", "45"), FillSettings.NONE),
            "C30",
            "a1:AVAIL_DURATION_EXCEEDED a2:AVAIL_DURATION_EXCEEDED"),
        row(
            "§5.2-2b 30s, shortest ad 40s, slate: 30s slate",
            () -> replace("30", ads("a1", "40", "a2", "45"), SLATE),
            "S30",
            "a1:AVAIL_DURATION_EXCEEDED a2:AVAIL_DURATION_EXCEEDED"),
        row(
            "§5.2-3 70s, 50s of ads, 10s start+end bumpers",
            () ->
                replace(
                    "70",
                    ads("a1", "30", "a2", "20"),
                    FillSettings.NONE.withBumpers(Optional.of(s("10")), Optional.of(s("10")))),
            "B<10 A(a1)30 A(a2)20 B>10",
            ""),
        row(
            "§5.2-4 threshold 3s, 60s avail, 56s ads, slate: unfilled 4s > 3s, content",
            () -> replace("60", ads("a1", "30", "a2", "26"), SLATE.withThreshold(s("3"))),
            "C60",
            "a1:LEFTOVER_AVAIL_EXCEEDED_THRESHOLD a2:LEFTOVER_AVAIL_EXCEEDED_THRESHOLD"),
        row(
            "§5.2-5 VOD CUE-OUT:0 (post-roll): all ads inserted, no limit",
            () -> BreakPlanner.planInsertion(ads("a1", "3", "a2", "3", "a3", "1"), READY),
            "A(a1)3 A(a2)3 A(a3)1",
            ""),
        row(
            "§5.2-6 VOD CUE-OUT:0 pod position: every ad of the response inserted",
            () -> BreakPlanner.planInsertion(ads("a1", "15", "a2", "30", "a3", "60"), READY),
            "A(a1)15 A(a2)30 A(a3)60",
            ""),
        row(
            "§5.2-7 VOD without markers, VAST with N=4 ads: one pre-roll of 4 ads",
            () ->
                BreakPlanner.planInsertion(
                    ads("a1", "10", "a2", "15", "a3", "20", "a4", "30"), READY),
            "A(a1)10 A(a2)15 A(a3)20 A(a4)30",
            ""),
        row(
            "§5.2-9a pre-roll max 30s, ads 15+15+10: 15+15, no truncation",
            () ->
                BreakPlanner.planLivePreroll(
                    Optional.of(s("30")), ads("a1", "15", "a2", "15", "a3", "10"), READY),
            "A(a1)15 A(a2)15",
            "a3:AVAIL_DURATION_EXCEEDED"),
        row(
            "§5.2-9b pre-roll max 30s, ads 10+10: both, then content immediately",
            () ->
                BreakPlanner.planLivePreroll(
                    Optional.of(s("30")), ads("a1", "10", "a2", "10"), READY),
            "A(a1)10 A(a2)10",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void plan_derivedCase_matchesReference(
      String name, Supplier<BreakPlan<String>> plan, String expectedItems, String expectedSkips) {
    BreakPlan<String> p = plan.get();
    assertEquals(expectedItems, items(p), name);
    assertEquals(expectedSkips, skipped(p), name);
  }

  static BreakPlan<String> replace(String avail, AdsResponse<String> r, FillSettings settings) {
    return BreakPlanner.planReplacement(MediaTime.parseSeconds(avail), r, READY, settings);
  }

  private static Arguments row(
      String name, Supplier<BreakPlan<String>> plan, String items, String skipped) {
    return Arguments.of(name, plan, items, skipped);
  }
}
