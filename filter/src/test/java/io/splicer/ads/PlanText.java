package io.splicer.ads;

import io.splicer.core.MediaTime;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compact text of a plan for table-driven assertions: {@code "A(a1)40 S30"}, {@code "a2:REASON"}.
 */
final class PlanText {

  private PlanText() {}

  static Candidate<String> ad(String id, String seconds) {
    return new Candidate<>(id, "creative-" + id, MediaTime.parseSeconds(seconds));
  }

  static AdsResponse<String> ads(String... idSecondsPairs) {
    List<Candidate<String>> list = new java.util.ArrayList<>();
    for (int i = 0; i < idSecondsPairs.length; i += 2) {
      list.add(ad(idSecondsPairs[i], idSecondsPairs[i + 1]));
    }
    return AdsResponse.of(list);
  }

  static MediaTime s(String seconds) {
    return MediaTime.parseSeconds(seconds);
  }

  static String items(BreakPlan<String> plan) {
    return plan.items().stream().map(PlanText::item).collect(Collectors.joining(" "));
  }

  static String skipped(BreakPlan<String> plan) {
    return plan.skipped().stream()
        .map(s -> s.candidate().ad() + ":" + s.reason())
        .collect(Collectors.joining(" "));
  }

  private static String item(PlanItem<String> item) {
    String d = seconds(item.duration());
    if (item instanceof PlanItem.Ad<String> ad) {
      return "A(" + ad.candidate().ad() + ")" + d + (ad.truncated() ? "~" : "");
    }
    if (item instanceof PlanItem.Slate<String>) {
      return "S" + d;
    }
    if (item instanceof PlanItem.Bumper<String> b) {
      return (b.position() == PlanItem.BumperPosition.START ? "B<" : "B>") + d;
    }
    return "C" + d;
  }

  static String seconds(MediaTime t) {
    return new BigDecimal(t.toSecondsString(6)).stripTrailingZeros().toPlainString();
  }
}
