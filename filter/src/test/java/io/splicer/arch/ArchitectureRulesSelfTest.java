package io.splicer.arch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.splicer.core.MediaTime;
import io.splicer.core.archfixture.CoreReachingUp;
import io.splicer.hls.archfixture.HlsUsingServlet;
import io.splicer.scte35.archfixture.Scte35MakingXmlFactory;
import org.junit.jupiter.api.Test;

/**
 * Proves that the rules of {@link PackageRules} can fail: each is checked against test-only classes
 * that break it on purpose (so a rule that silently matches nothing would be noticed).
 */
class ArchitectureRulesSelfTest {

  private static final JavaClasses FIXTURES =
      new ClassFileImporter()
          .importClasses(CoreReachingUp.class, HlsUsingServlet.class, Scte35MakingXmlFactory.class);

  @Test
  void packageRule_coreImportingHls_fails() {
    assertThrows(AssertionError.class, () -> PackageRules.allowedPackages("core").check(FIXTURES));
    assertThrows(AssertionError.class, () -> PackageRules.coreIsPure().check(FIXTURES));
  }

  @Test
  void servletRule_hlsImportingServlet_fails() {
    assertThrows(
        AssertionError.class,
        () -> PackageRules.all().get("only web uses jakarta.servlet").check(FIXTURES));
  }

  @Test
  void xmlFactoryRule_scte35CreatingFactory_fails() {
    assertThrows(
        AssertionError.class,
        () -> PackageRules.all().get("only xml creates XML parser factories").check(FIXTURES));
  }

  @Test
  void packageRule_cleanClass_passes() {
    JavaClasses clean = new ClassFileImporter().importClasses(MediaTime.class);
    PackageRules.all().values().forEach(rule -> assertDoesNotThrow(() -> rule.check(clean)));
  }
}
