package io.splicer.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Set;

/** Calls that create XML parsers: only the hardened {@code xml} package may make them. */
final class XmlFactoryCalls {

  private XmlFactoryCalls() {}

  private static final Set<String> FACTORIES =
      Set.of(
          "javax.xml.stream.XMLInputFactory",
          "javax.xml.parsers.DocumentBuilderFactory",
          "javax.xml.parsers.SAXParserFactory",
          "javax.xml.transform.TransformerFactory",
          "jakarta.xml.bind.JAXBContext");

  static final DescribedPredicate<JavaMethodCall> FACTORY_CREATION =
      DescribedPredicate.describe(
          "XML parser factory creation",
          call ->
              FACTORIES.contains(call.getTargetOwner().getName())
                  && (call.getName().startsWith("new")));
}
