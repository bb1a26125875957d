package io.splicer.xml;

/**
 * A document was refused or could not be read: not well-formed, too large, too deep, or carrying a
 * DOCTYPE. The message names the line/column (when known) and the offending value in {@code [...]}.
 */
public final class XmlException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a document was refused. */
  public enum Kind {
    /** Not well-formed XML (or not XML at all). */
    MALFORMED,
    /** Larger than {@link XmlLimits#maxBytes()}. */
    TOO_LARGE,
    /** Nested deeper than {@link XmlLimits#maxDepth()}. */
    TOO_DEEP,
    /** Carries a DOCTYPE (DTDs, and with them entity expansion and XXE, are never processed). */
    DOCTYPE,
    /** Well-formed, but the root element is none of the expected ones. */
    UNKNOWN_ROOT,
    /** Well-formed, but the data binding could not map it. */
    BINDING
  }

  private final Kind kind;
  private final String offendingValue;

  public XmlException(Kind kind, String message, String offendingValue) {
    super(message + " [" + offendingValue + "]");
    this.kind = kind;
    this.offendingValue = offendingValue;
  }

  public XmlException(Kind kind, String message, String offendingValue, Throwable cause) {
    super(message + " [" + offendingValue + "]", cause);
    this.kind = kind;
    this.offendingValue = offendingValue;
  }

  public Kind kind() {
    return kind;
  }

  /** The offending value: the root element name, the size, the depth, the parser's message. */
  public String offendingValue() {
    return offendingValue;
  }
}
