package io.splicer.dash;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the creative's AdaptationSets for an ad Period: for each content video/audio set the
 * closest ad set of the same type (video: resolution, then bandwidth; audio: language, then codec
 * family). Subtitle/other sets get none (MediaTailor: ad Periods hold only the creative's sets).
 */
final class AdSetMatcher {

  /**
   * One AdaptationSet to write.
   *
   * @param set the creative's set
   * @param lang the {@code @lang} to write on it, when it must change
   * @param copy how many earlier entries use the same set (for a unique {@code @id})
   */
  record Choice(AdaptationSetInfo set, Optional<String> lang, int copy) {}

  private AdSetMatcher() {}

  static List<Choice> choose(
      AdCreative creative, MpdPeriod content, RewriteOptions.AdSetSelection selection) {
    List<Choice> out = new ArrayList<>();
    if (selection == RewriteOptions.AdSetSelection.ALL) {
      for (AdaptationSetInfo s : creative.adaptationSets()) {
        out.add(new Choice(s, Optional.empty(), 0));
      }
      return out;
    }
    for (AdaptationSetInfo c : content.adaptationSets()) {
      Optional<AdaptationSetInfo> match =
          switch (c.contentType()) {
            case "video" -> video(creative, c);
            case "audio" -> audio(creative, c);
            default -> Optional.empty();
          };
      if (match.isEmpty()) {
        continue;
      }
      Optional<String> lang =
          c.lang().filter(l -> !l.equalsIgnoreCase(match.get().lang().orElse("")));
      String effective = lang.orElse(match.get().lang().orElse(""));
      int copies = (int) out.stream().filter(ch -> ch.set() == match.get()).count();
      boolean duplicate =
          out.stream()
              .anyMatch(
                  ch ->
                      ch.set() == match.get()
                          && ch.lang().orElse(ch.set().lang().orElse("")).equals(effective));
      if (!duplicate) {
        out.add(new Choice(match.get(), lang, copies));
      }
    }
    return out;
  }

  private static Optional<AdaptationSetInfo> video(AdCreative creative, AdaptationSetInfo c) {
    AdaptationSetInfo best = null;
    for (AdaptationSetInfo a : creative.adaptationSets()) {
      if (!a.contentType().equals("video")) {
        continue;
      }
      if (best == null || closer(a, best, c)) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean closer(AdaptationSetInfo a, AdaptationSetInfo b, AdaptationSetInfo c) {
    long da = Math.abs(a.maxHeight() - c.maxHeight());
    long db = Math.abs(b.maxHeight() - c.maxHeight());
    if (da != db) {
      return da < db;
    }
    return Math.abs(a.maxBandwidth() - c.maxBandwidth())
        < Math.abs(b.maxBandwidth() - c.maxBandwidth());
  }

  private static Optional<AdaptationSetInfo> audio(AdCreative creative, AdaptationSetInfo c) {
    List<AdaptationSetInfo> audio =
        creative.adaptationSets().stream().filter(a -> a.contentType().equals("audio")).toList();
    String lang = primary(c.lang().orElse(""));
    String family = family(c.codecs().orElse(""));
    return audio.stream()
        .filter(a -> !lang.isEmpty() && primary(a.lang().orElse("")).equals(lang))
        .findFirst()
        .or(
            () ->
                audio.stream()
                    .filter(a -> family(a.codecs().orElse("")).equals(family))
                    .findFirst())
        .or(() -> audio.stream().findFirst());
  }

  private static String primary(String lang) {
    int dash = lang.indexOf('-');
    return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private static String family(String codecs) {
    int dot = codecs.indexOf('.');
    return (dot < 0 ? codecs : codecs.substring(0, dot)).toLowerCase(Locale.ROOT);
  }
}
