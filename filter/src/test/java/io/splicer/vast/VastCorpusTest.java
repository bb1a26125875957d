package io.splicer.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.xml.XmlLimits;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every VAST file of the corpus, with its expected outcome: lenient parse, strict parse, and
 * resolution through the in-memory fetcher (ads resolved, IAB error codes).
 */
class VastCorpusTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # file                                              | lenient | strict | ads | errors
          eyevinn-test-adserver/test_vast.xml                 | OK      | 101    | 1   |
          madman-android/corrupt_vast.xml                     | 102     | 102    | 0   | 102
          madman-android/vast.xml                             | OK      | OK     | 1   |
          rs-vast/creative_extensions.xml                     | OK      | 101    | 0   | 200
          rs-vast/extraspaces_vpaid.xml                       | OK      | 101    | 1   |
          rs-vast/liverail-vast2-linear-companion.xml         | OK      | OK     | 1   |
          rs-vast/vast_adaptv_attempt_attr.xml                | OK      | OK     | 1   |
          rs-vast/vast_inline_linear-duration_undefined.xml   | OK      | 101    | 1   |
          vast-client-js/empty-no-ad.xml                      | OK      | OK     | 0   | 303
          vast-client-js/empty-no-creative.xml                | OK      | 101    | 0   | 200
          vast-client-js/inline-linear.xml                    | OK      | OK     | 1   |
          vast-client-js/invalid-xmlfile.xml                  | 100     | 100    | 0   | 100
          vast-client-js/outdated-vast.xml                    | 102     | 102    | 0   | 102
          vast-client-js/sample-wrapped.xml                   | OK      | OK     | 1   |
          vast-client-js/sample.xml                           | OK      | 101    | 2   |
          vast-client-js/vpaid.xml                            | OK      | 101    | 1   |
          vast-client-js/vpaid2.xml                           | OK      | 101    | 1   |
          vast-client-js/wrapper-a.xml                        | OK      | OK     | 2   |
          vast-client-js/wrapper-ad-pod.xml                   | OK      | OK     | 2   |
          vast-client-js/wrapper-attributes-multiple-ads.xml  | OK      | OK     | 4   | 300
          vast-client-js/wrapper-b.xml                        | OK      | OK     | 1   |
          vast-client-js/wrapper-empty-no-creative.xml        | OK      | OK     | 0   | 303
          vast-client-js/wrapper-empty.xml                    | OK      | OK     | 0   | 303
          vast-client-js/wrapper-legacy.xml                   | OK      | OK     | 1   |
          vast-client-js/wrapper-multiple-ads.xml             | OK      | OK     | 5   |
          vast-client-js/wrapper-notracking.xml               | OK      | OK     | 1   |
          vast-client-js/wrapper-sequence.xml                 | OK      | OK     | 1   |
          vast-client-js/wrapper-unavailable-url.xml          | OK      | OK     | 0   | 301
          """)
  void corpusFile_parsedAndResolved_hasExpectedOutcome(
      String file, String lenient, String strict, int ads, String errors) throws Exception {
    byte[] xml = CorpusFetcher.bytes("vast/" + file);

    assertEquals(lenient, outcome(VastParser.parseVast(xml)), "lenient parse");
    assertEquals(
        strict, outcome(VastParser.parseVast(xml, XmlLimits.defaults(), true)), "strict parse");

    URI uri = URI.create("http://ads.test/vast/" + file);
    VastResolution resolution =
        new WrapperResolver(new CorpusFetcher(), WrapperLimits.defaults()).resolve(uri).get();
    assertEquals(ads, resolution.ads().size(), "resolved ads " + resolution.errors());
    List<Integer> expectedCodes =
        errors == null
            ? List.of()
            : Arrays.stream(errors.split(",")).map(s -> Integer.valueOf(s.strip())).toList();
    assertEquals(
        expectedCodes,
        resolution.errors().stream().map(e -> e.code().code()).toList(),
        "errors " + resolution.errors());
  }

  private static String outcome(VastParse parse) {
    if (parse.isOk()) {
      assertNull(parse.error());
      return "OK";
    }
    assertNotNull(parse.error().message());
    assertTrue(parse.error().message().contains("["), "offending value in message");
    return Integer.toString(parse.error().code().code());
  }
}
