/**
 * The ad decision server side of stitching: the ADS client (URL templates with MediaTailor's
 * dynamic variables, async HTTP with timeouts and size caps, wrapper chains over HTTP) and the
 * break-filling rules that turn an ADS response into a {@link io.splicer.ads.BreakPlan}.
 *
 * <p>The ADS is outside our control: slow, wrong, nested, sometimes hostile. Everything here turns
 * its behaviour into data (ads, skip reasons, IAB error codes), never into an exception escaping or
 * a broken manifest (design §4.7).
 */
package io.splicer.ads;
