package io.splicer.vast;

import java.net.URI;

/**
 * A fetched ad response: the final URI after redirects (relative {@code VASTAdTagURI}s in it
 * resolve against this) and the body.
 */
public record FetchedDocument(URI finalUri, byte[] body) {}
