package io.splicer.ads;

import static io.splicer.ads.PlanText.ad;
import static io.splicer.ads.PlanText.ads;
import static io.splicer.ads.PlanText.items;
import static io.splicer.ads.PlanText.s;
import static io.splicer.ads.PlanText.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakPlannerTest {

  private static final CreativeReadiness<String> READY = CreativeReadiness.alwaysReady();

  /** A hook answering from a table and recording preparation requests. */
  private static final class TableReadiness implements CreativeReadiness<String> {
    final Map<String, Readiness> table;
    final List<String> prepared = new ArrayList<>();

    TableReadiness(Map<String, Readiness> table) {
      this.table = table;
    }

    @Override
    public Readiness check(Candidate<String> candidate) {
      return table.getOrDefault(candidate.ad(), Readiness.ready());
    }

    @Override
    public void requestPreparation(Candidate<String> candidate, SkipReason reason) {
      prepared.add(candidate.ad() + ":" + reason);
    }
  }

  @Test
  void planReplacement_tooLongAdInPod_skipsItAndKeepsTryingLaterOnes() {
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(
            s("70"), ads("a1", "40", "a2", "40", "a3", "30"), READY, FillSettings.NONE);
    assertEquals("A(a1)40 A(a3)30", items(plan));
    assertEquals("a2:AVAIL_DURATION_EXCEEDED", skipped(plan));
    assertEquals(s("70"), plan.adDuration());
  }

  @Test
  void planReplacement_notReadyCreatives_skippedAndPreparationRequested() {
    TableReadiness hook =
        new TableReadiness(
            Map.of(
                "a1", Readiness.notReady(SkipReason.NEW_CREATIVE),
                "a2", Readiness.notReady(SkipReason.TRANSCODE_IN_PROGRESS)));
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(
            s("60"), ads("a1", "30", "a2", "30", "a3", "30"), hook, FillSettings.withSlate());
    assertEquals("A(a3)30 S30", items(plan));
    assertEquals("a1:NEW_CREATIVE a2:TRANSCODE_IN_PROGRESS", skipped(plan));
    assertEquals(List.of("a1:NEW_CREATIVE", "a2:TRANSCODE_IN_PROGRESS"), hook.prepared);
  }

  @Test
  void planReplacement_preparedDurationLonger_fitsOnPreparedDuration() {
    // VAST says 15 s, the prepared creative lasts 15.015 s (reference §6 "Durations").
    TableReadiness hook =
        new TableReadiness(
            Map.of("a1", Readiness.ready(s("15.015")), "a2", Readiness.ready(s("15.015"))));
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("30"), ads("a1", "15", "a2", "15"), hook, FillSettings.NONE);
    assertEquals("A(a1)15.015 C14.985", items(plan));
    assertEquals("a2:AVAIL_DURATION_EXCEEDED", skipped(plan));
  }

  @Test
  void planReplacement_exactFit_noSlateItem() {
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(
            s("30"), ads("a1", "15", "a2", "15"), READY, FillSettings.withSlate());
    assertEquals("A(a1)15 A(a2)15", items(plan));
    assertEquals(s("30"), plan.totalDuration());
  }

  @Test
  void planReplacement_unfilledEqualsThreshold_notAbandoned() {
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(
            s("60"), ads("a1", "57"), READY, FillSettings.withSlate().withThreshold(s("3")));
    assertEquals("A(a1)57 S3", items(plan));
    assertFalse(plan.abandoned());
  }

  @Test
  void planReplacement_thresholdWithoutSlate_ignored() {
    FillSettings noSlateThreshold =
        new FillSettings(false, Optional.of(s("1")), Optional.empty(), Optional.empty());
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("60"), ads("a1", "30"), READY, noSlateThreshold);
    assertEquals("A(a1)30 C30", items(plan));
    assertFalse(plan.abandoned());
  }

  @Test
  void planReplacement_bumpersWithoutSlate_endBumperFollowsLastAd() {
    FillSettings settings = FillSettings.NONE.withBumpers(Optional.of(s("5")), Optional.of(s("5")));
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("60"), ads("a1", "30"), READY, settings);
    assertEquals("B<5 A(a1)30 B>5 C20", items(plan));
  }

  @Test
  void planReplacement_noAdsNoSlate_noBumpers() {
    FillSettings settings = FillSettings.NONE.withBumpers(Optional.of(s("5")), Optional.of(s("5")));
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("60"), AdsResponse.of(List.of()), READY, settings);
    assertEquals("C60", items(plan));
    assertFalse(plan.isPersonalized());
  }

  @Test
  void planReplacement_bumpersLongerThanBreak_dropped() {
    FillSettings settings =
        FillSettings.withSlate().withBumpers(Optional.of(s("10")), Optional.of(s("10")));
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("15"), AdsResponse.of(List.of()), READY, settings);
    assertEquals("B<10 S5", items(plan));
  }

  @Test
  void planReplacement_zeroDurationAd_skippedAsVastError() {
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(s("30"), ads("a1", "0", "a2", "10"), READY, FillSettings.NONE);
    assertEquals("A(a2)10 C20", items(plan));
    assertEquals("a1:VAST_PARSING_ERROR", skipped(plan));
  }

  @Test
  void planOpenEnded_allUsableAds_thenCueInCutsAndSkipsTheRest() {
    BreakPlan<String> plan =
        BreakPlanner.planOpenEnded(ads("a1", "30", "a2", "30", "a3", "30"), READY);
    assertEquals("A(a1)30 A(a2)30 A(a3)30", items(plan));
    BreakPlan<String> cut = plan.cutAt(s("45"));
    assertEquals("A(a1)30 A(a2)15~", items(cut));
    assertEquals("a3:EARLY_CUE_IN", skipped(cut));
    assertEquals(Optional.of(s("45")), cut.cueIn());
  }

  @Test
  void cutAt_onItemBoundary_noTruncation() {
    BreakPlan<String> plan =
        BreakPlanner.planReplacement(
            s("60"), ads("a1", "20", "a2", "20"), READY, FillSettings.withSlate());
    assertEquals("A(a1)20", items(plan.cutAt(s("20"))));
    assertEquals("a2:EARLY_CUE_IN", skipped(plan.cutAt(s("20"))));
    assertEquals(items(plan), items(plan.cutAt(s("90"))));
  }

  @Test
  void cutAt_negative_rejected() {
    BreakPlan<String> plan = BreakPlanner.planOpenEnded(ads("a1", "30"), READY);
    assertThrows(IllegalArgumentException.class, () -> plan.cutAt(s("-1")));
  }

  @Test
  void planInsertion_notReady_skippedOthersInserted() {
    TableReadiness hook =
        new TableReadiness(Map.of("a2", Readiness.notReady(SkipReason.UNSUPPORTED_MEDIA_FILE)));
    BreakPlan<String> plan =
        BreakPlanner.planInsertion(ads("a1", "10", "a2", "10", "a3", "10"), hook);
    assertEquals("A(a1)10 A(a3)10", items(plan));
    assertEquals("a2:UNSUPPORTED_MEDIA_FILE", skipped(plan));
  }

  @Test
  void planLivePreroll_noMax_allAds() {
    BreakPlan<String> plan =
        BreakPlanner.planLivePreroll(Optional.empty(), ads("a1", "100", "a2", "100"), READY);
    assertEquals("A(a1)100 A(a2)100", items(plan));
  }

  @Test
  void fillSettings_bumperOver10s_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FillSettings.NONE.withBumpers(Optional.of(s("10.001")), Optional.empty()));
    assertTrue(
        FillSettings.NONE
            .withBumpers(Optional.of(s("10")), Optional.empty())
            .startBumper()
            .isPresent());
  }

  @Test
  void breakPlan_immutable_itemsCannotBeModified() {
    BreakPlan<String> plan = BreakPlanner.planOpenEnded(ads("a1", "30"), READY);
    assertThrows(UnsupportedOperationException.class, () -> plan.items().clear());
    assertThrows(UnsupportedOperationException.class, () -> plan.skipped().clear());
    assertEquals(ad("a1", "30"), plan.ads().get(0).candidate());
  }
}
