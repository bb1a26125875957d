package io.splicer.hls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test access to the HLS corpus copied under src/test/resources/corpus/hls. */
final class HlsCorpus {

  private HlsCorpus() {}

  static Path root() {
    URL url = HlsCorpus.class.getResource("/corpus/hls");
    if (url == null) {
      throw new IllegalStateException("corpus/hls missing from the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every playlist file of the corpus, as paths relative to corpus/hls, sorted. */
  static List<String> playlists() {
    Path root = root();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".m3u8"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(root().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String relative) {
    return new String(bytes(relative), StandardCharsets.UTF_8);
  }

  static String resource(String path) {
    try (var in = HlsCorpus.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
