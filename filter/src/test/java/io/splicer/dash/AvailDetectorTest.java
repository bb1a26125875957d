package io.splicer.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.core.MediaTime;
import io.splicer.scte35.CueKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AvailDetectorTest {

  private static AvailScan multi(byte[] mpd) throws DashException {
    return AvailDetector.detect(MpdReader.read(mpd), OriginManifestType.MULTI_PERIOD);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void detect_spliceInsertXmlWithEventDuration_eventDurationWins() throws Exception {
    AvailScan scan =
        multi(DashTestFiles.wrapped("aws-mediatailor-docs/splice-insert-origin-period.xml", true));

    assertEquals(1, scan.avails().size());
    Avail a = scan.avails().get(0);
    assertEquals("46041", a.periodId());
    assertEquals("99", a.eventKey());
    assertEquals("splice_insert", a.cue().command());
    assertEquals(CueKind.OUT, a.cue().kind());
    assertEquals(Optional.of(MediaTime.ofSeconds(105)), a.duration());
    assertEquals(Avail.DurationSource.EVENT_DURATION, a.durationSource());
    assertEquals(MediaTime.ZERO, a.offset());
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void detect_timeSignalEventDuration59sBeatsSegmentation90s_59s() throws Exception {
    // Reference §4.3 duration-precedence vector; the corpus copy writes segmentationTypeId on
    // SegmentationUpid (as MediaTailor's documentation does), which the detector tolerates.
    AvailScan scan =
        multi(DashTestFiles.wrapped("aws-mediatailor-docs/time-signal-origin-period.xml", true));

    Avail a = scan.avails().get(0);
    assertEquals("time_signal", a.cue().command());
    assertEquals(OptionalInt.of(0x34), a.cue().segmentationTypeId());
    assertEquals(Optional.of(MediaTime.ofSeconds(90)), a.cue().segmentationDuration());
    assertEquals(Optional.of(MediaTime.ofSeconds(59)), a.duration());
    assertEquals("1414668", a.eventKey());
  }

  @Test
  void detect_timeSignalWithoutEventDuration_segmentationDuration() throws Exception {
    String mpd =
        "<MPD type=\"dynamic\"><Period id=\"ca\" start=\"PT0S\">"
            + DashTestFiles.text(
                    "corpus/dash/aws-mediatailor-docs/channel-assembly-eventstream.xml")
                .replace("<Event duration=\"27000000\">", "<Event>")
            + "</Period></MPD>";
    Avail a = multi(utf8(mpd)).avails().get(0);

    assertEquals(OptionalInt.of(48), a.cue().segmentationTypeId());
    assertEquals(Optional.of(MediaTime.ofSeconds(300)), a.duration());
    assertEquals(Avail.DurationSource.SEGMENTATION_DURATION, a.durationSource());
  }

  @Test
  void detect_breakDurationOnly_breakDurationSource() throws Exception {
    String mpd =
        "<MPD><Period id=\"p\"><EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\""
            + " timescale=\"90000\"><Event presentationTime=\"180000\"><SpliceInfoSection>"
            + "<SpliceInsert spliceEventId=\"7\" outOfNetworkIndicator=\"true\">"
            + "<BreakDuration autoReturn=\"true\" duration=\"2700000\"/></SpliceInsert>"
            + "</SpliceInfoSection></Event></EventStream></Period></MPD>";
    Avail a = multi(utf8(mpd)).avails().get(0);

    assertEquals(Optional.of(MediaTime.ofSeconds(30)), a.duration());
    assertEquals(Avail.DurationSource.BREAK_DURATION, a.durationSource());
    assertEquals(MediaTime.ofSeconds(2), a.offset());
  }

  @Test
  void detect_noDurationAnywhere_noneUntilPeriodEnd() throws Exception {
    String mpd =
        "<MPD type=\"static\"><Period id=\"p\" start=\"PT0S\" duration=\"PT40S\"><EventStream"
            + " schemeIdUri=\"urn:scte:scte35:2013:xml\" timescale=\"1\"><Event"
            + " presentationTime=\"10\"><SpliceInfoSection><SpliceInsert spliceEventId=\"8\""
            + " outOfNetworkIndicator=\"true\"/></SpliceInfoSection></Event></EventStream>"
            + "</Period></MPD>";
    Avail a = multi(utf8(mpd)).avails().get(0);

    assertEquals(Avail.DurationSource.NONE, a.durationSource());
    assertEquals(Optional.of(MediaTime.ofSeconds(30)), a.effectiveDuration());
  }

  @Test
  void detect_cueInAsFirstEvent_noAvail() throws Exception {
    String mpd =
        "<MPD><Period id=\"p\"><EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event>"
            + "<SpliceInfoSection><SpliceInsert spliceEventId=\"8\" outOfNetworkIndicator=\"false\"/>"
            + "</SpliceInfoSection></Event></EventStream></Period></MPD>";
    assertEquals(List.of(), multi(utf8(mpd)).avails());
  }

  @Test
  void detect_xmlBinFirstEventValidSecondText_availAndParsingWarning() throws Exception {
    String fragment =
        DashTestFiles.text("corpus/dash/aws-mediatailor-docs/xml-bin-eventstream-period.xml");
    // The documentation excerpt mismatches <scte35:Binary>…</Binary> and stops inside the Period.
    String mpd =
        "<MPD xmlns:scte35=\"http://www.scte.org/schemas/35/2016\">"
            + fragment.replace("<scte35:Binary>", "<Binary>")
            + "</EventStream></Period></MPD>";
    AvailScan scan = multi(utf8(mpd));

    assertEquals(1, scan.avails().size());
    Avail a = scan.avails().get(0);
    assertTrue(a.cue().binary());
    assertEquals(OptionalLong.of(448), a.cue().spliceEventId());
    assertEquals(Optional.of(MediaTime.ofSeconds(24)), a.cue().breakDuration());
    assertEquals("29", a.eventKey());
    assertEquals(1, scan.problems().size());
    assertEquals(DashProblem.Kind.SCTE35_PARSING_ERROR, scan.problems().get(0).kind());
    assertTrue(scan.problems().get(0).path().endsWith("Event[2]"), scan.problems().toString());
  }

  @Test
  void detect_xmlBinWithUndeclaredPrefix_binaryReadAndInvalidSectionReported() throws Exception {
    // The payload is the grafov/ExoPlayer string that is not a valid splice_info_section (corpus
    // README): the Binary under the undeclared scte35: prefix is read, decoded, and reported.
    AvailScan scan = multi(DashTestFiles.corpus("androidx-media/sample_mpd_event_stream.mpd"));

    assertEquals(List.of(), scan.avails());
    assertEquals(1, scan.problems().size());
    DashProblem p = scan.problems().get(0);
    assertEquals(DashProblem.Kind.SCTE35_PARSING_ERROR, p.kind());
    assertTrue(p.message().contains("[/DAIAAAAAAAAAAAQAAZ"), p.message());
    assertEquals("/MPD/Period[1]/EventStream[4]/Event[1]", p.path());
  }

  @Test
  void detect_ritcher2013XmlInFirstPeriod_availAt50sWith30sEventDuration() throws Exception {
    AvailScan scan = multi(DashTestFiles.corpus("eyevinn-ritcher/sample_mpd_eventstream.mpd"));

    assertEquals(1, scan.avails().size());
    Avail a = scan.avails().get(0);
    assertEquals(MediaTime.ofSeconds(50), a.offset());
    assertEquals(Optional.of(MediaTime.ofSeconds(30)), a.duration());
    assertEquals("content-1/1", a.availId());
  }

  @Test
  void detect_singlePeriodThreeEvents_threeAvailsEachLimitedByTheNext() throws Exception {
    MpdDocument doc = MpdReader.read(singlePeriodMpd());

    AvailScan single = AvailDetector.detect(doc, OriginManifestType.SINGLE_PERIOD);
    AvailScan multiple = AvailDetector.detect(doc, OriginManifestType.MULTI_PERIOD);

    assertEquals(
        List.of("136", "137", "138"), single.avails().stream().map(Avail::eventKey).toList());
    assertEquals(MediaTime.ofSeconds(1550252760), single.avails().get(0).mediaTime());
    assertEquals(Optional.of(MediaTime.ofSeconds(1550252880)), single.avails().get(0).limit());
    assertEquals(List.of("136"), multiple.avails().stream().map(Avail::eventKey).toList());
  }

  static byte[] singlePeriodMpd() {
    String fragment =
        DashTestFiles.text(
            "corpus/dash/aws-mediatailor-docs/single-period-xml-bin-eventstream.xml");
    int cut = fragment.indexOf("<AdaptationSet...");
    String body = fragment.substring(0, cut) + "</Period>\n";
    return utf8("<MPD type=\"dynamic\">\n" + body + "</MPD>\n");
  }

  @Test
  void detect_inbandEventStreamOnly_noAvailNoProblem() throws Exception {
    AvailScan scan =
        multi(DashTestFiles.corpus("androidx-media/sample_mpd_inband_event_stream.mpd"));

    assertEquals(List.of(), scan.avails());
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void read_notWellFormedLivesim_malformed() {
    DashException e =
        assertThrows(
            DashException.class,
            () -> MpdReader.read(DashTestFiles.corpus("dashif-livesim2/testpic_2s_Manifest.mpd")));
    assertEquals(DashException.Kind.MALFORMED, e.kind());
  }

  @Test
  void read_twoRootPeriods_notAnMpd() {
    DashException e =
        assertThrows(
            DashException.class,
            () ->
                MpdReader.read(DashTestFiles.corpus("aws-mediatailor-docs/vod-origin-period.xml")));
    assertEquals(DashException.Kind.NOT_AN_MPD, e.kind());
  }

  @Test
  void read_periodFragmentRoot_notAnMpdWithRootName() {
    DashException e =
        assertThrows(
            DashException.class,
            () ->
                MpdReader.read(
                    DashTestFiles.corpus(
                        "aws-mediatailor-docs/splice-insert-personalized-period.xml")));
    assertEquals(DashException.Kind.NOT_AN_MPD, e.kind());
    assertEquals("Period", e.offendingValue());
  }

  @Test
  void read_doctype_malformedWithDoctypeValue() {
    byte[] mpd = utf8("<!DOCTYPE MPD [<!ENTITY x \"y\">]><MPD>&x;</MPD>");
    DashException e = assertThrows(DashException.class, () -> MpdReader.read(mpd));
    assertTrue(e.getMessage().contains("[DOCTYPE]"), e.getMessage());
  }

  @Test
  void read_templatesInheritFromAdaptationSet_effectiveValues() throws Exception {
    MpdDocument doc =
        MpdReader.read(DashTestFiles.corpus("aws-mediatailor-docs/vod-personalized.mpd"));

    MpdPeriod ad = doc.periods().get(0);
    SegmentTemplateInfo audio = ad.templates().get(ad.templates().size() - 1);
    assertEquals(48000, audio.timescale());
    assertEquals(1, audio.startNumber());
    assertEquals(7, doc.periods().size());
    assertEquals(MediaTime.parseSeconds("89.133"), doc.periods().get(6).start());
    assertEquals(Optional.empty(), ad.unsupportedAddressing());
  }

  @Test
  void read_segmentList_unsupportedAddressing() throws Exception {
    MpdDocument doc = MpdReader.read(DashTestFiles.corpus("videojs-mpd-parser/segmentList.mpd"));

    assertEquals(
        Optional.of("SegmentList/SegmentBase"), doc.periods().get(0).unsupportedAddressing());
  }
}
