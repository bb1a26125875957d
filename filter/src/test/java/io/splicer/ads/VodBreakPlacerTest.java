package io.splicer.ads;

import static io.splicer.ads.PlanText.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.splicer.core.MediaTime;
import io.splicer.vast.Linearity;
import io.splicer.vast.ResolvedAd;
import io.splicer.vast.TimeOffset;
import io.splicer.vast.VastResolution;
import io.splicer.vast.VmapAdBreak;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference §5.2 cases 7 (VMAP placement) and 8 (live pre-roll start), one row per case. */
class VodBreakPlacerTest {

  /** Ten 6.006 s segments: starts 0, 6.006, …, 54.054; content 60.06 s. */
  private static final List<MediaTime> STARTS = new ArrayList<>();

  private static final MediaTime CONTENT = s("60.06");

  static {
    for (int i = 0; i < 10; i++) {
      STARTS.add(MediaTime.ofMicros(6_006_000L * i));
    }
  }

  private static VmapAdBreak vmapBreak(TimeOffset offset, String type) {
    return new VmapAdBreak(offset, List.of(type), null, null, null, List.of(), List.of());
  }

  @Test
  void place_case7StartPt25sEnd_breaksAt0And24024AndEnd() {
    // §5.2-7: VMAP offsets start, PT25S, end on 6.006 s segments → 0, 24.024 (rounded down), end.
    VastResolution none = new VastResolution(List.of(), List.of());
    List<AdsResult.VmapBreak> breaks =
        List.of(
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.End(), "linear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Start(), "linear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Clock(s("25")), "linear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Clock(s("30")), "nonlinear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Position(2), "linear"), none));
    List<VodBreakPlacer.PlacedBreak<ResolvedAd>> placed =
        VodBreakPlacer.place(breaks, STARTS, CONTENT, CreativeReadiness.alwaysReady());
    assertEquals(
        "0 24.024 60.06(post)",
        placed.stream()
            .map(p -> PlanText.seconds(p.offset()) + (p.postRoll() ? "(post)" : ""))
            .collect(Collectors.joining(" ")));
  }

  @Test
  void placeOverlays_nonLinearBreaks_exactContentTimeNotRounded() {
    VastResolution none = new VastResolution(List.of(), List.of());
    List<AdsResult.VmapBreak> breaks =
        List.of(
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.End(), "nonlinear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Clock(s("25")), "linear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Clock(s("30")), "nonlinear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Clock(s("99")), "nonlinear"), none),
            new AdsResult.VmapBreak(
                vmapBreak(new TimeOffset.Percent(new BigDecimal("50")), "NonLinear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Position(1), "nonlinear"), none),
            new AdsResult.VmapBreak(vmapBreak(new TimeOffset.Start(), "display"), none));
    assertEquals(
        "30 30.03 60.06 60.06",
        VodBreakPlacer.placeOverlays(breaks, CONTENT).stream()
            .map(p -> PlanText.seconds(p.offset()))
            .collect(Collectors.joining(" ")),
        "30 s stays 30 s (overlays need no segment boundary); past the end = the end");
  }

  @Test
  void linearity_breakTypes_nonLinearOnlyWhenNotAlsoLinear() {
    assertEquals(Linearity.NON_LINEAR, VodBreakPlacer.linearity(List.of("nonlinear")));
    assertEquals(Linearity.NON_LINEAR, VodBreakPlacer.linearity(List.of(" NonLinear ")));
    assertEquals(Linearity.LINEAR, VodBreakPlacer.linearity(List.of("linear", "nonlinear")));
    assertEquals(Linearity.LINEAR, VodBreakPlacer.linearity(List.of()));
    assertEquals(Linearity.LINEAR, VodBreakPlacer.linearity(List.of("display")));
  }

  static Stream<Arguments> offsets() {
    return Stream.of(
        Arguments.of("start", new TimeOffset.Start(), "0"),
        Arguments.of("end", new TimeOffset.End(), "60.06"),
        Arguments.of("PT25S rounds down", new TimeOffset.Clock(s("25")), "24.024"),
        Arguments.of("on a boundary", new TimeOffset.Clock(s("12.012")), "12.012"),
        Arguments.of("past the end", new TimeOffset.Clock(s("90")), "60.06"),
        Arguments.of("50%", new TimeOffset.Percent(new BigDecimal("50")), "30.03"),
        Arguments.of("49%", new TimeOffset.Percent(new BigDecimal("49")), "24.024"),
        Arguments.of("#1 not placed", new TimeOffset.Position(1), "none"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offsets")
  void insertionPoint_offset_roundedDownToSegmentBoundary(
      String name, TimeOffset offset, String expected) {
    assertEquals(
        expected,
        VodBreakPlacer.insertionPoint(offset, STARTS, CONTENT)
            .map(PlanText::seconds)
            .orElse("none"));
  }

  @Test
  void hlsDistanceFromLiveEdge_case8TargetDuration6NoStart_12s() {
    // §5.2-8: EXT-X-TARGETDURATION:6, no EXT-X-START → max(12, 0) = 12 s.
    assertEquals(s("12"), PrerollPosition.hlsDistanceFromLiveEdge(s("6"), Optional.empty()));
    assertEquals(s("18"), PrerollPosition.hlsDistanceFromLiveEdge(s("6"), Optional.of(s("-18"))));
    assertEquals(s("12"), PrerollPosition.hlsDistanceFromLiveEdge(s("6"), Optional.of(s("-3"))));
  }

  @Test
  void dashStart_case8_publishMinusAvailabilityMinusMaxDelay() {
    assertEquals(s("970"), PrerollPosition.dashStart(s("1000"), s("30"), s("2")));
    assertEquals(s("990"), PrerollPosition.dashStart(s("1000"), s("4"), s("10")));
  }
}
