package io.splicer.stitch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlRedactorTest {

  @Test
  void url_queryValues_masked() {
    assertEquals(
        "https://ads.example.com/vast?key=***&dur=***&flag",
        UrlRedactor.url("https://ads.example.com/vast?key=SECRET&dur=30&flag"));
  }

  @Test
  void url_userInfoAndFragment_maskedAndDropped() {
    assertEquals(
        "http://***@ads.test:8080/p?a=***",
        UrlRedactor.url("http://user:pw@ads.test:8080/p?a=1#frag"));
  }

  @Test
  void url_noQuery_unchanged() {
    assertEquals("http://ads.test/vast.xml", UrlRedactor.url("http://ads.test/vast.xml"));
    assertEquals("", UrlRedactor.url(""));
  }

  @Test
  void text_urlsInsideBrackets_masked() {
    assertEquals(
        "HTTP_STATUS: status 500 [http://ads.test/v?s=***&k=***] after [1] tries",
        UrlRedactor.text("HTTP_STATUS: status 500 [http://ads.test/v?s=abc&k=x] after [1] tries"));
  }
}
