/**
 * DASH MPD rewriting for server-side ad insertion (design.md §3, {@code dash}).
 *
 * <p>Reading: {@link io.splicer.dash.MpdReader} pulls an MPD through the hardened StAX entry point
 * ({@code io.splicer.xml.HardenedXml}, namespace-unaware so that undeclared SCTE-35 prefixes are
 * accepted) and locates every element it may edit by character offset ({@link
 * io.splicer.dash.TagScanner}); no DOM is built. {@link io.splicer.dash.AvailDetector} finds
 * SCTE-35 avails in Period EventStreams ({@code urn:scte:scte35:2013:xml} and {@code
 * urn:scte:scte35:2014:xml+bin}, SCTE 214-1 §6.7).
 *
 * <p>Writing: {@link io.splicer.dash.MpdRewriter} copies every untouched character verbatim and
 * splices generated Periods in place of the split ones (content / ad / content, MediaTailor's
 * Period id scheme), so a rewrite without edits returns the input bytes unchanged.
 */
@NullMarked
package io.splicer.dash;

import org.jspecify.annotations.NullMarked;
