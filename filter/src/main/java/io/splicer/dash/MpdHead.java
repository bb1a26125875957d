package io.splicer.dash;

import java.util.List;
import java.util.Optional;

/**
 * MPD-level BaseURL and Location rules (MediaTailor baseurls-for-dash, dash-location-feature;
 * ISO/IEC 23009-1 §5.6 BaseURL, §5.3.1.2 Location).
 */
final class MpdHead {

  private MpdHead() {}

  static void edit(
      MpdDocument doc, RewriteOptions options, Edits edits, List<DashProblem> problems) {
    StringBuilder insertBaseUrl = new StringBuilder();
    StringBuilder insertLocation = new StringBuilder();
    if (options.contentSegmentUrlPrefix().isPresent()) {
      String element = element("BaseURL", options.contentSegmentUrlPrefix().get());
      if (doc.baseUrls().isEmpty()) {
        insertBaseUrl.append(element);
      } else {
        edits.replace(doc.baseUrls().get(0), element);
        doc.baseUrls().stream().skip(1).forEach(s -> edits.delete(doc.text(), s));
      }
    } else if (options.originUrl().isPresent()) {
      absoluteBaseUrls(doc, options.originUrl().get(), edits, insertBaseUrl, problems);
    }
    if (options.location() != RewriteOptions.LocationMode.KEEP) {
      String element = element("Location", options.locationUrl().orElseThrow());
      if (!doc.locations().isEmpty()) {
        edits.replace(doc.locations().get(0), element);
        doc.locations().stream().skip(1).forEach(s -> edits.delete(doc.text(), s));
      } else if (options.location() == RewriteOptions.LocationMode.REPLACE_OR_ADD) {
        insertLocation.append(element);
      }
    }
    insert(doc, edits, insertBaseUrl.toString(), insertLocation.toString());
  }

  private static void absoluteBaseUrls(
      MpdDocument doc,
      String origin,
      Edits edits,
      StringBuilder insert,
      List<DashProblem> problems) {
    if (doc.baseUrls().isEmpty()) {
      Optional<String> dir = MpdRewriter.resolve(origin, ".");
      if (dir.isPresent()) {
        insert.append(element("BaseURL", dir.get()));
      } else {
        problems.add(unresolved(origin));
      }
      return;
    }
    for (int i = 0; i < doc.baseUrls().size(); i++) {
      String value = doc.baseUrlValues().get(i);
      Optional<String> absolute = MpdRewriter.resolve(origin, value);
      if (absolute.isEmpty()) {
        problems.add(unresolved(value));
      } else if (!absolute.get().equals(value)) {
        Span span = doc.baseUrls().get(i);
        String text = doc.text();
        int contentStart = startTagEnd(text, span.start());
        int contentEnd = text.lastIndexOf("</", span.end());
        edits.replace(new Span(contentStart, contentEnd), StartTag.escapeText(absolute.get()));
      }
    }
  }

  private static void insert(MpdDocument doc, Edits edits, String baseUrl, String location) {
    String indent = "\n" + doc.headIndent();
    if (!baseUrl.isEmpty() && !doc.locations().isEmpty()) {
      int at = doc.locations().get(0).start();
      edits.insert(at, baseUrl + "\n" + MpdReader.indentBefore(doc.text(), at));
      baseUrl = "";
    }
    String both =
        baseUrl.isEmpty() ? location : location.isEmpty() ? baseUrl : baseUrl + indent + location;
    if (!both.isEmpty()) {
      edits.insert(doc.headInsert(), both + indent);
    }
  }

  private static String element(String name, String value) {
    return "<" + name + ">" + StartTag.escapeText(value) + "</" + name + ">";
  }

  private static DashProblem unresolved(String value) {
    return new DashProblem(
        DashProblem.Kind.BASE_URL_UNRESOLVED, "/MPD/BaseURL", "cannot resolve [" + value + "]");
  }

  /** Offset after the {@code >} of the start tag at {@code lt}, quote-aware. */
  static int startTagEnd(String text, int lt) {
    char quote = 0;
    for (int i = lt + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return text.length();
  }
}
