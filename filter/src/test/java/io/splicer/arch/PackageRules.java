package io.splicer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The package table of {@code design.md} §3 as ArchUnit rules. */
final class PackageRules {

  private PackageRules() {}

  static final String BASE = "io.splicer.";

  /** Every package of the table, including ones not written yet. */
  static final List<String> PACKAGES =
      List.of(
          "core",
          "xml",
          "scte35",
          "hls",
          "dash",
          "vast",
          "config",
          "ads",
          "prepare",
          "session",
          "tracking",
          "cache",
          "stitch",
          "web");

  /**
   * For each package, the other {@code io.splicer} packages it may depend on (design §3 "Allowed
   * dependencies, lower to higher"). Lower layers reached transitively are listed explicitly.
   */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("core", Set.of()),
          Map.entry("xml", Set.of("core")),
          Map.entry("scte35", Set.of("core", "xml")),
          Map.entry("hls", Set.of("core", "xml", "scte35")),
          Map.entry("dash", Set.of("core", "xml", "scte35")),
          Map.entry("vast", Set.of("core", "xml")),
          Map.entry("config", Set.of("core")),
          Map.entry("ads", Set.of("core", "xml", "vast", "scte35", "config")),
          Map.entry("prepare", Set.of("core", "xml", "scte35", "hls", "dash", "vast")),
          Map.entry("session", Set.of("core")),
          Map.entry("tracking", Set.of("core", "session")),
          Map.entry("cache", Set.of("core", "session", "config")),
          Map.entry(
              "stitch",
              Set.of(
                  "core",
                  "xml",
                  "scte35",
                  "hls",
                  "dash",
                  "vast",
                  "config",
                  "ads",
                  "prepare",
                  "session",
                  "tracking")),
          Map.entry(
              "web",
              Set.of(
                  "core",
                  "xml",
                  "scte35",
                  "hls",
                  "dash",
                  "vast",
                  "config",
                  "ads",
                  "prepare",
                  "session",
                  "tracking",
                  "cache",
                  "stitch")));

  /** Packages that may use the servlet API. */
  static final Set<String> SERVLET = Set.of("web");

  /** The only package that imports JCache/Ehcache (design §3). */
  static final Set<String> CACHE = Set.of("cache");

  static Map<String, ArchRule> all() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    for (String pkg : PACKAGES) {
      rules.put(pkg + " depends only on its allowed packages", allowedPackages(pkg));
    }
    rules.put("core depends on java.* only", coreIsPure());
    rules.put("only web uses jakarta.servlet", onlyIn("jakarta.servlet..", SERVLET));
    rules.put("only cache uses javax.cache", onlyIn("javax.cache..", CACHE));
    rules.put("only cache uses org.ehcache", onlyIn("org.ehcache..", CACHE));
    rules.put(
        "only xml creates XML parser factories",
        noClasses()
            .that()
            .resideOutsideOfPackage(BASE + "xml..")
            .should()
            .callMethodWhere(XmlFactoryCalls.FACTORY_CREATION)
            .allowEmptyShould(true));
    return rules;
  }

  static ArchRule allowedPackages(String pkg) {
    Set<String> forbidden = new TreeSet<>(PACKAGES);
    forbidden.remove(pkg);
    forbidden.removeAll(ALLOWED.get(pkg));
    String[] forbiddenPatterns =
        forbidden.stream().map(p -> BASE + p + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(BASE + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbiddenPatterns)
        .allowEmptyShould(true)
        .because("design.md §3 allows " + pkg + " to depend only on " + ALLOWED.get(pkg));
  }

  static ArchRule coreIsPure() {
    return noClasses()
        .that()
        .resideInAPackage(BASE + "core..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", BASE + "core..", "org.jspecify..")
        .allowEmptyShould(true)
        .because("design.md §3: core may not touch anything outside java.*");
  }

  static ArchRule onlyIn(String api, Set<String> packages) {
    String[] allowed = packages.stream().map(p -> BASE + p + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("io.splicer..")
        .and()
        .resideOutsideOfPackages(allowed)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(api)
        .allowEmptyShould(true);
  }
}
