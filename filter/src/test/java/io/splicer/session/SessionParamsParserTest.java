package io.splicer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing and encoding cases of reference §1.2, §1.3 and the §1.5 test vectors. */
class SessionParamsParserTest {

  @Test
  void parseImplicitQuery_adsParam_fillsPlayerParams() {
    // §1.5 player-param substitution: ?ads.cust_params=viewerinfo
    SessionParams p = SessionParamsParser.parseImplicitQuery("ads.cust_params=viewerinfo");
    assertEquals(Map.of("cust_params", "viewerinfo"), p.playerParams());
    assertEquals("", p.originQuery());
  }

  @Test
  void parseImplicitQuery_adsAndOriginParams_areRoutedApart() {
    // §1.5 routing: master.m3u8?ads.deviceType=ipad&auth_token=kjhdsaf7gh
    SessionParams p =
        SessionParamsParser.parseImplicitQuery("ads.deviceType=ipad&auth_token=kjhdsaf7gh");
    assertEquals(Optional.of("ipad"), p.playerParam("deviceType"));
    assertEquals("auth_token=kjhdsaf7gh", p.originQuery());
    assertEquals(Map.of(), p.manifestParams());
  }

  @Test
  void parseImplicitQuery_encodedValue_isDecodedExactlyOnce() {
    // §1.5 URL-encoding: ads.param1=value1%3A → value1:  ; double-encoded stays encoded once
    SessionParams p =
        SessionParamsParser.parseImplicitQuery(
            "ads.param1=value1%3A&ads.param2=value2%3A&ads.p3=a%253Ab&ads.p4=a+b%20c&ads.p5=%E2%82%AC");
    assertEquals("value1:", p.playerParams().get("param1"));
    assertEquals("value2:", p.playerParams().get("param2"));
    assertEquals("a%3Ab", p.playerParams().get("p3"));
    assertEquals("a b c", p.playerParams().get("p4"));
    assertEquals("€", p.playerParams().get("p5"));
  }

  @Test
  void parseImplicitQuery_malformedEscape_isKeptLiterally() {
    SessionParams p = SessionParamsParser.parseImplicitQuery("ads.a=100%&ads.b=%zz");
    assertEquals("100%", p.playerParams().get("a"));
    assertEquals("%zz", p.playerParams().get("b"));
  }

  @Test
  void parseExplicitJson_adsParams_areUsedAsIs() {
    // §1.5 URL-encoding, client-side request: the same ADS values without decoding
    SessionParams p =
        SessionParamsParser.parseExplicitJson(
            "{\"adsParams\": {\"param1\": \"value1:\", \"param2\": \"value2%3A\", \"n\": 5}}");
    assertEquals("value1:", p.playerParams().get("param1"));
    assertEquals("value2%3A", p.playerParams().get("param2"));
    assertEquals("5", p.playerParams().get("n"));
  }

  @Test
  void parseExplicitJson_manifestParamsVector_givesManifestQueryAndClientReporting() {
    // §1.5 explicit session init with manifest params
    SessionParams p =
        SessionParamsParser.parseExplicitJson(
            "{ \"adsParams\": { \"param1\": \"value1\", \"param2\": \"value2\", \"param3\":"
                + " \"value3\" }, \"manifestParams\": { \"test\": \"123\" }, \"reportingMode\":"
                + " \"client\" }");
    assertEquals("test=123", p.manifestQuery());
    assertEquals(List.of("param1", "param2", "param3"), List.copyOf(p.playerParams().keySet()));
    assertFalse(p.serverReportingRequested());
    assertEquals("", p.originQuery());
  }

  @Test
  void parseExplicitQuery_getForm_routesManifestParamsPrefix() {
    // §1.5 GET form of the explicit session
    SessionParams p =
        SessionParamsParser.parseExplicitQuery(
            "ads.param1=value1&ads.param2=value2&manifestParams.test=123");
    assertEquals("test=123", p.manifestQuery());
    assertEquals(Map.of("param1", "value1", "param2", "value2"), p.playerParams());
    assertEquals("", p.originQuery());
  }

  @Test
  void parseImplicitQuery_manifestParamsPrefix_goesToOriginInImplicitSessions() {
    SessionParams p = SessionParamsParser.parseImplicitQuery("manifestParams.test=123");
    assertEquals("manifestParams.test=123", p.originQuery());
  }

  @Test
  void parseImplicitQuery_manifestVector_stripsPrefixAndForwardsOthers() {
    // §1.5 implicit HLS with manifest params: ?manifest.test=123&other=456
    SessionParams p = SessionParamsParser.parseImplicitQuery("manifest.test=123&other=456");
    assertEquals("test=123", p.manifestQuery());
    assertEquals("other=456", p.originQuery());
  }

  @Test
  void parseExplicitJson_otherTopLevelKeys_goToOrigin() {
    // §1.5 session JSON structure: origin_access_token → origin, overlayAvails → control
    SessionParams p =
        SessionParamsParser.parseExplicitJson(
            "{\"adsParams\": {\"param1\": \"value1\", \"param2\": \"value 2\"},"
                + " \"origin_access_token\":\"abc123\", \"overlayAvails\":\"on\", \"t\":\"a/b c\"}");
    assertEquals("origin_access_token=abc123&t=a%2Fb%20c", p.originQuery());
    assertTrue(p.controls().overlayAvails());
    assertEquals("value 2", p.playerParams().get("param2"));
  }

  @Test
  void parseExplicitJson_playerParams_feedAliases() {
    // §1.5 configuration aliases: playerParams keys become [player_params.*]
    SessionParams p =
        SessionParamsParser.parseExplicitJson(
            "{\"playerParams\": {\"origin_domain\": \"pdx\", \"region\": \"pdx\","
                + " \"endpoint_id\": \"pdx\", \"ad_type\": \"customized\"}}");
    assertEquals(Optional.of("customized"), p.playerParam("ad_type"));
    assertEquals(4, p.playerParams().size());
  }

  @Test
  void playerParam_differentCase_matchesCaseInsensitively() {
    SessionParams p = SessionParamsParser.parseExplicitJson("{\"adsParams\": {\"Param1\": \"v\"}}");
    assertEquals(Optional.of("v"), p.playerParam("param1"));
    assertEquals(Optional.empty(), p.playerParam("param2"));
  }

  @Test
  void parseImplicitQuery_originParams_areForwardedByteExact() {
    SessionParams p =
        SessionParamsParser.parseImplicitQuery(
            "token=a%2Fb%3D&x=1&&x=2&flag&aws.sessionId=e039fd39-09f0-46b2-aca9-9871cc116cde");
    assertEquals("token=a%2Fb%3D&x=1&x=2&flag", p.originQuery());
  }

  @Test
  void sessionIdOf_query_findsAwsSessionId() {
    String q = "a=1&aws.sessionId=e039fd39-09f0-46b2-aca9-9871cc116cde";
    assertEquals(
        "e039fd39-09f0-46b2-aca9-9871cc116cde",
        SessionParamsParser.sessionIdOf(q).orElseThrow().toString());
    assertEquals(Optional.empty(), SessionParamsParser.sessionIdOf("aws.sessionId=nope"));
    assertEquals(Optional.of("nope"), SessionParamsParser.rawSessionIdOf("aws.sessionId=nope"));
    assertEquals(Optional.empty(), SessionParamsParser.sessionIdOf(null));
  }

  @Test
  void parseImplicitQuery_manifestRawColon_isRejectedWithPath() {
    SessionParamException e =
        assertThrows(
            SessionParamException.class,
            () -> SessionParamsParser.parseImplicitQuery("manifest.t=a:b"));
    assertEquals("manifest.t", e.path());
    assertTrue(e.getMessage().contains("[a:b]"), e.getMessage());
  }

  @Test
  void parseImplicitQuery_manifestForbiddenForms_areRejected() {
    for (String q :
        new String[] {
          "manifest.t=a/b",
          "manifest.t=a?b",
          "manifest.t=%%%",
          "manifest.t==x",
          "manifest.t=a%2",
          "manifest.t=https%3A%2F%2Fexample.com%2Fx",
          "manifest.=x",
          "manifest.t~=x"
        }) {
      assertThrows(SessionParamException.class, () -> SessionParamsParser.parseImplicitQuery(q), q);
    }
  }

  @Test
  void parseImplicitQuery_manifestAllowedForms_areKept() {
    SessionParams p =
        SessionParamsParser.parseImplicitQuery("manifest.a_b-c.d=A1%3A%2F%7E\\x&manifest.e=");
    assertEquals("a_b-c.d=A1%3A%2F%7E\\x&e=", p.manifestQuery());
  }

  @Test
  void parseImplicitQuery_manifestTotalLength_isLimitedTo2000() {
    String ok = "manifest.k=" + "v".repeat(1999); // 1 + 1999 = 2000
    assertEquals(2000, SessionParamsParser.parseImplicitQuery(ok).manifestQuery().length() - 1);
    String tooLong = "manifest.k=" + "v".repeat(1999) + "&manifest.z=";
    SessionParamException e =
        assertThrows(
            SessionParamException.class, () -> SessionParamsParser.parseImplicitQuery(tooLong));
    assertEquals("manifest.z", e.path());
  }

  @Test
  void parseExplicitJson_manifestParamNeedingEscapes_isEncodedThenValidated() {
    SessionParams p =
        SessionParamsParser.parseExplicitJson("{\"manifestParams\": {\"t\": \"a:b c\"}}");
    assertEquals("t=a%3Ab%20c", p.manifestQuery());
    SessionParamException e =
        assertThrows(
            SessionParamException.class,
            () ->
                SessionParamsParser.parseExplicitJson(
                    "{\"manifestParams\": {\"u\": \"http://x.example/a\"}}"));
    assertEquals("/manifestParams/u", e.path());
  }

  @Test
  void parseImplicitQuery_availSuppression_isTyped() {
    // §9.4 server-side syntax
    SessionParams p =
        SessionParamsParser.parseImplicitQuery(
            "aws.availSuppressionMode=BEHIND_LIVE_EDGE&aws.availSuppressionValue=00%3A00%3A21"
                + "&aws.availSuppressionFillPolicy=FULL_AVAIL_ONLY");
    AvailSuppression s = p.controls().availSuppression();
    assertEquals(AvailSuppression.Mode.BEHIND_LIVE_EDGE, s.mode());
    assertEquals(Duration.ofSeconds(21), s.value());
    assertEquals("00:00:21", s.valueText());
    assertEquals(AvailSuppression.FillPolicy.FULL_AVAIL_ONLY, s.fillPolicy());
  }

  @Test
  void parseExplicitJson_availSuppression_isTyped() {
    // §9.4 client-side syntax
    SessionParams p =
        SessionParamsParser.parseExplicitJson(
            "{\"availSuppression\": {\"mode\": \"AFTER_LIVE_EDGE\", \"value\": \"00:30:00\","
                + " \"fillPolicy\": \"PARTIAL_AVAIL\"}}");
    AvailSuppression s = p.controls().availSuppression();
    assertEquals(AvailSuppression.Mode.AFTER_LIVE_EDGE, s.mode());
    assertEquals(Duration.ofMinutes(30), s.value());
    assertEquals(AvailSuppression.FillPolicy.PARTIAL_AVAIL, s.fillPolicy());
  }

  @Test
  void parseImplicitQuery_badSuppression_isRejected() {
    for (String q :
        new String[] {
          "aws.availSuppressionMode=SOMETIMES&aws.availSuppressionValue=00%3A00%3A21",
          "aws.availSuppressionMode=BEHIND_LIVE_EDGE&aws.availSuppressionValue=21",
          "aws.availSuppressionMode=BEHIND_LIVE_EDGE&aws.availSuppressionValue=00%3A61%3A00",
          "aws.availSuppressionMode=BEHIND_LIVE_EDGE",
          "aws.availSuppressionValue=00%3A00%3A21",
          "aws.availSuppressionMode=BEHIND_LIVE_EDGE&aws.availSuppressionValue=00%3A00%3A21"
              + "&aws.availSuppressionFillPolicy=PARTIAL_AVAIL"
        }) {
      assertThrows(SessionParamException.class, () -> SessionParamsParser.parseImplicitQuery(q), q);
    }
    assertNull(SessionParamsParser.parseImplicitQuery("x=1").controls().availSuppression());
  }

  @Test
  void parse_badSuppressionField_namesItsPath() {
    assertEquals(
        "aws.availSuppressionValue",
        assertThrows(
                SessionParamException.class,
                () ->
                    SessionParamsParser.parseImplicitQuery(
                        "aws.availSuppressionMode=OFF&aws.availSuppressionValue=1"))
            .path());
    assertEquals(
        "/availSuppression/mode",
        assertThrows(
                SessionParamException.class,
                () ->
                    SessionParamsParser.parseExplicitJson(
                        "{\"availSuppression\": {\"mode\": \"X\", \"value\": \"00:00:01\"}}"))
            .path());
  }

  @Test
  void parseImplicitQuery_awsControls_areTypedAndNotForwarded() {
    SessionParams p =
        SessionParamsParser.parseImplicitQuery(
            "aws.logMode=DEBUG&aws.streamId=s1&aws.overlayAvails=off&aws.adSignalingEnabled=true"
                + "&aws.insertionMode=GUIDED&aws.guidedPrefetchMode=MANIFEST");
    SessionControls c = p.controls();
    assertTrue(c.debugLog());
    assertEquals("s1", c.streamId());
    assertFalse(c.overlayAvails());
    assertTrue(c.adSignaling());
    assertEquals(SessionControls.InsertionMode.GUIDED, c.insertionMode());
    assertEquals(Map.of("guidedPrefetchMode", "MANIFEST"), c.other());
    assertEquals("", p.originQuery());
  }

  @Test
  void parseImplicitQuery_logModeWrongCase_isNotDebug() {
    // debug-log-mode: the value is case-sensitive
    assertFalse(SessionParamsParser.parseImplicitQuery("aws.logMode=debug").controls().debugLog());
  }

  @Test
  void parseExplicitJson_reportingModeServer_requestsHybrid() {
    assertTrue(
        SessionParamsParser.parseExplicitJson("{\"reportingMode\": \"server\"}")
            .serverReportingRequested());
    assertThrows(
        SessionParamException.class,
        () -> SessionParamsParser.parseExplicitJson("{\"reportingMode\": \"both\"}"));
  }

  @Test
  void parseExplicitJson_controls_areTyped() {
    SessionControls c =
        SessionParamsParser.parseExplicitJson(
                "{\"logMode\":\"DEBUG\",\"streamId\":\"x\",\"adSignaling\":{\"enabled\":\"true\"},"
                    + "\"insertionMode\":\"GUIDED\",\"overlayAvails\":\"off\"}")
            .controls();
    assertTrue(c.debugLog());
    assertEquals("x", c.streamId());
    assertTrue(c.adSignaling());
    assertFalse(c.overlayAvails());
    assertEquals(SessionControls.InsertionMode.GUIDED, c.insertionMode());
  }

  @Test
  void parseExplicitJson_malformedOrWrongShapes_areRejectedWithPointer() {
    assertEquals(
        "/",
        assertThrows(SessionParamException.class, () -> SessionParamsParser.parseExplicitJson("{x"))
            .path());
    assertEquals(
        "/",
        assertThrows(
                SessionParamException.class, () -> SessionParamsParser.parseExplicitJson("[1]"))
            .path());
    assertEquals(
        "/adsParams",
        assertThrows(
                SessionParamException.class,
                () -> SessionParamsParser.parseExplicitJson("{\"adsParams\": \"x\"}"))
            .path());
    assertEquals(
        "/adsParams/a",
        assertThrows(
                SessionParamException.class,
                () -> SessionParamsParser.parseExplicitJson("{\"adsParams\": {\"a\": [1]}}"))
            .path());
    assertEquals(
        "/a~1b",
        assertThrows(
                SessionParamException.class,
                () -> SessionParamsParser.parseExplicitJson("{\"a/b\": {\"c\": 1}}"))
            .path());
  }

  @Test
  void parse_emptyInputs_giveNoParams() {
    assertEquals(SessionParams.NONE, SessionParamsParser.parseImplicitQuery(null));
    assertEquals(SessionParams.NONE, SessionParamsParser.parseImplicitQuery(""));
    assertEquals(SessionParams.NONE, SessionParamsParser.parseExplicitJson("  "));
    assertEquals(SessionParams.NONE, SessionParamsParser.parseExplicitJson("null"));
  }

  @Test
  void sessionParams_maps_areImmutableCopies() {
    java.util.Map<String, String> source = new java.util.LinkedHashMap<>();
    source.put("a", "1");
    SessionParams p = new SessionParams(source, Map.of(), "", SessionControls.DEFAULTS, false);
    source.put("b", "2");
    assertEquals(Map.of("a", "1"), p.playerParams());
    assertThrows(UnsupportedOperationException.class, () -> p.playerParams().put("c", "3"));
    assertThrows(UnsupportedOperationException.class, () -> p.manifestParams().clear());
  }
}
