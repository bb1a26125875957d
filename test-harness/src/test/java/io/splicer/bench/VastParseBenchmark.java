package io.splicer.bench;

import io.splicer.vast.VastParse;
import io.splicer.vast.VastParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing a ~5 KB VAST 4 document with three InLine ads (JAXB through the hardened, namespace
 * agnostic reader, converted to the domain records). Target: ≤ 150 µs per document. Run with {@code
 * ./test-harness/bench.sh 'VastParse.*' -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VastParseBenchmark {

  private byte[] vast;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\">\n");
    for (int i = 1; i <= 3; i++) {
      sb.append(ad(i));
    }
    sb.append("</VAST>\n");
    vast = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (vast.length < 4500 || vast.length > 5800) {
      throw new IllegalStateException("benchmark document should be ~5 KB: [" + vast.length + "]");
    }
    VastParse check = VastParser.parseVast(vast);
    if (!check.isOk() || check.document().ads().size() != 3) {
      throw new IllegalStateException("benchmark document does not parse: " + check.error());
    }
  }

  private static String ad(int i) {
    StringBuilder t = new StringBuilder();
    for (String e :
        new String[] {"start", "firstQuartile", "midpoint", "thirdQuartile", "complete"}) {
      t.append("<Tracking event=\"")
          .append(e)
          .append("\"><![CDATA[https://t.example.com/")
          .append(e)
          .append("?ad=")
          .append(i)
          .append("&cb=[CACHEBUSTING]]]></Tracking>\n");
    }
    return "<Ad id=\"ad-"
        + i
        + "\" sequence=\""
        + i
        + "\"><InLine>\n"
        + "<AdSystem version=\"1.0\">BenchAds</AdSystem><AdTitle>Bench ad "
        + i
        + "</AdTitle>\n"
        + "<Impression id=\"imp\"><![CDATA[https://imp.example.com/i?ad="
        + i
        + "&cb=[CACHEBUSTING]]]></Impression>\n"
        + "<Error><![CDATA[https://err.example.com/e?code=[ERRORCODE]]]></Error>\n"
        + "<Creatives><Creative id=\"cr-"
        + i
        + "\" adId=\"a-"
        + i
        + "\" sequence=\"1\">\n"
        + "<UniversalAdId idRegistry=\"ad-id.org\">UAI-"
        + i
        + "</UniversalAdId>\n"
        + "<Linear><Duration>00:00:15.000</Duration>\n<TrackingEvents>\n"
        + t
        + "</TrackingEvents>\n<VideoClicks><ClickThrough><![CDATA[https://click.example.com/"
        + i
        + "]]></ClickThrough><ClickTracking><![CDATA[https://ct.example.com/"
        + i
        + "]]></ClickTracking></VideoClicks>\n<MediaFiles>\n"
        + media(i, 640, 360, 800)
        + media(i, 1280, 720, 2500)
        + "</MediaFiles></Linear></Creative></Creatives>\n</InLine></Ad>\n";
  }

  private static String media(int i, int w, int h, int kbps) {
    return "<MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\""
        + w
        + "\" height=\""
        + h
        + "\" bitrate=\""
        + kbps
        + "\" codec=\"avc1.4d401f\"><![CDATA[https://cdn.example.com/ad"
        + i
        + "_"
        + h
        + "p.mp4]]></MediaFile>\n";
  }

  @Benchmark
  public VastParse parseVast() {
    return VastParser.parseVast(vast);
  }
}
