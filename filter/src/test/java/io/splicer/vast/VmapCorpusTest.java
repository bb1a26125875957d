package io.splicer.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every VMAP file of the corpus, and the details of the namespace variants and offsets. */
class VmapCorpusTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # file                                        | outcome | breaks
          madman-android/corrupt_vmap.xml               | 1002    | 0
          madman-android/vmap.xml                       | OK      | 4
          madman-android/vmap_reordered.xml             | OK      | 4
          madman-android/vmap_with_ad_uri.xml           | OK      | 3
          madman-android/vmap_with_no_ad_source.xml     | OK      | 1
          madman-android/vmap_with_preroll.xml          | OK      | 5
          vmap-js/correct-vmap-with-extension.xml       | OK      | 1
          vmap-js/correct-vmap.xml                      | OK      | 3
          vmap-js/incorrect-vmap.xml                    | 1000    | 0
          """)
  void corpusFile_parsed_hasExpectedOutcome(String file, String outcome, int breaks) {
    VmapParse parse = VastParser.parseVmap(CorpusFetcher.bytes("vmap/" + file));
    if (outcome.equals("OK")) {
      assertNull(parse.error(), () -> String.valueOf(parse.error()));
      assertEquals(breaks, parse.document().adBreaks().size());
    } else {
      assertEquals(Integer.parseInt(outcome), parse.error().code().code());
      assertTrue(parse.error().message().contains("["));
    }
  }

  private static VmapDocument parse(String file) {
    VmapParse parse = VastParser.parseVmap(CorpusFetcher.bytes("vmap/" + file));
    assertNull(parse.error(), () -> String.valueOf(parse.error()));
    return parse.document();
  }

  @Test
  void parseVmap_protocolRelativeNamespace_readsEveryOffsetFormAndUnprefixedAdTagUri() {
    List<VmapAdBreak> breaks = parse("madman-android/vmap.xml").adBreaks();
    assertEquals(new TimeOffset.Clock(MediaTime.ofSeconds(15)), breaks.get(0).timeOffset());
    assertEquals(new TimeOffset.Percent(new BigDecimal("70")), breaks.get(1).timeOffset());
    assertEquals(new TimeOffset.Position(1), breaks.get(2).timeOffset());
    assertEquals(new TimeOffset.End(), breaks.get(3).timeOffset());
    assertEquals(List.of("nonlinear"), breaks.get(1).breakTypes());
    VmapAdSource source = breaks.get(0).adSource();
    assertNotNull(source.adTagUri());
    assertEquals("vast3", source.templateType());
    assertTrue(source.adTagUri().startsWith("//"), source.adTagUri());
  }

  @Test
  void parseVmap_officialNamespace_readsAdTagUris() {
    List<VmapAdBreak> breaks = parse("madman-android/vmap_with_ad_uri.xml").adBreaks();
    assertInstanceOf(TimeOffset.Start.class, breaks.get(0).timeOffset());
    assertEquals(new TimeOffset.Clock(MediaTime.ofSeconds(15)), breaks.get(1).timeOffset());
    assertInstanceOf(TimeOffset.End.class, breaks.get(2).timeOffset());
    for (VmapAdBreak b : breaks) {
      assertTrue(b.adSource().adTagUri().startsWith("https://pubads."), b.adSource().adTagUri());
    }
  }

  @Test
  void parseVmap_inlineVastAdData_convertsTheEmbeddedVast() {
    List<VmapAdBreak> breaks = parse("vmap-js/correct-vmap.xml").adBreaks();
    assertInstanceOf(TimeOffset.Start.class, breaks.get(0).timeOffset());
    assertEquals(new TimeOffset.Clock(MediaTime.ofMillis(623_125)), breaks.get(1).timeOffset());
    VastDocument inline = breaks.get(1).adSource().vastAdData();
    assertNotNull(inline);
    assertEquals("http://server.com/vast.xml", breaks.get(2).adSource().adTagUri());
    assertTrue(
        breaks.get(0).trackingEvents().stream().anyMatch(t -> t.event().equals("breakStart")));
  }

  @Test
  void parseVmap_legacyVastDataElement_readsTheInlineVast() {
    VmapAdBreak preroll = parse("madman-android/vmap_with_preroll.xml").adBreaks().get(0);
    assertNull(preroll.breakId());
    VastDocument vast = preroll.adSource().vastAdData();
    assertNotNull(vast);
    LinearCreative linear = vast.ads().get(0).creatives().get(0).linear();
    assertEquals(MediaTime.ofMillis(10_600), linear.duration());
  }

  @Test
  void parseVmap_extensions_keptAsRawXml() {
    VmapAdBreak b = parse("vmap-js/correct-vmap-with-extension.xml").adBreaks().get(0);
    assertEquals(2, b.extensions().size());
    assertTrue(b.extensions().get(0).startsWith("<vmap:Extension "), b.extensions().get(0));
    assertTrue(b.extensions().get(0).contains("extAttribute=\"extAttribute content\""));
    assertTrue(b.extensions().get(1).contains("Extension2 value"));
  }

  @Test
  void parseVmap_breakWithoutAdSource_isKeptWithTracking() {
    VmapAdBreak b = parse("madman-android/vmap_with_no_ad_source.xml").adBreaks().get(0);
    assertNull(b.adSource());
    assertTrue(!b.trackingEvents().isEmpty());
  }
}
