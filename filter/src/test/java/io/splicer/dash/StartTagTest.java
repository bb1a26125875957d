package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartTagTest {

  @Test
  void withAttribute_existingValue_onlyValueReplaced() {
    String tag = "<Period  start='PT1S'\n id=\"a&amp;b\" x:y=\"1\">";
    assertEquals(
        "<Period  start='PT2S'\n id=\"a&amp;b\" x:y=\"1\">",
        StartTag.withAttribute(tag, "start", "PT2S"));
  }

  @Test
  void withAttribute_missingOnEmptyElement_appendedBeforeSlash() {
    assertEquals(
        "<SegmentTemplate media=\"a>b\" startNumber=\"5\"/>",
        StartTag.withAttribute("<SegmentTemplate media=\"a>b\"/>", "startNumber", "5"));
  }

  @Test
  void withAttribute_valueNeedingEscapes_escaped() {
    assertEquals(
        "<Period id=\"&quot;a&amp;b&lt;\">", StartTag.withAttribute("<Period>", "id", "\"a&b<"));
  }
}
