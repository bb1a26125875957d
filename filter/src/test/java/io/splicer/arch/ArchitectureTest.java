package io.splicer.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Encodes the package table of {@code design.md} §3: which {@code io.splicer} package may depend on
 * which, plus the third-party APIs that only one package may touch. A violation fails the build.
 *
 * <p>{@link PackageRules} holds the table, so that {@code ArchitectureRulesSelfTest} can prove each
 * rule fails on a forbidden import.
 */
class ArchitectureTest {

  static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.splicer");

  @TestFactory
  Stream<DynamicTest> packageTable_isRespected() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, ArchRule> rule : PackageRules.all().entrySet()) {
      tests.add(DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(PRODUCTION)));
    }
    return tests.stream();
  }
}
