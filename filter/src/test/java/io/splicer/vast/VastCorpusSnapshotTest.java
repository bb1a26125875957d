package io.splicer.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.splicer.xml.XmlLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every VAST and VMAP corpus file parses (leniently and strictly) to exactly the records recorded
 * in {@code src/test/resources/vast/snapshots} (their {@code toString}, which records print in
 * full). Guards parsing-speed work against any change of the domain records. Run with {@code
 * -Dvast.snapshot.update=true} to rewrite the snapshots (then review the diff).
 */
class VastCorpusSnapshotTest {

  private static final String SNAPSHOTS = "/vast/snapshots/";

  static List<String> corpusFiles() {
    try {
      Path root = Path.of(VastCorpusSnapshotTest.class.getResource("/corpus").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(f -> f.toString().endsWith(".xml"))
            .map(f -> root.relativize(f).toString().replace('\\', '/'))
            .filter(f -> f.startsWith("vast/") || f.startsWith("vmap/"))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void corpusFiles_vastAndVmap_allListed() {
    assertTrue(corpusFiles().size() >= 30, "corpus files: " + corpusFiles().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void parse_corpusFile_recordsEqualSnapshot(String file) throws IOException {
    byte[] xml = CorpusFetcher.bytes(file);
    String actual =
        "lenient vast: "
            + VastParser.parseVast(xml)
            + "\nstrict vast: "
            + VastParser.parseVast(xml, XmlLimits.defaults(), true)
            + "\nlenient vmap: "
            + VastParser.parseVmap(xml)
            + "\nany: "
            + VastParser.parse(xml, XmlLimits.defaults())
            + "\n";
    String name = file.replace('/', '_') + ".txt";
    if (Boolean.getBoolean("vast.snapshot.update")) {
      Path dir = Path.of("src/test/resources/vast/snapshots");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
    }
    try (var in = getClass().getResourceAsStream(SNAPSHOTS + name)) {
      assertTrue(in != null, "no snapshot " + name);
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, file);
    }
  }
}
