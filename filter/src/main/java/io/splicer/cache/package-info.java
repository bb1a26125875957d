/**
 * The only package that touches JCache and Ehcache (design.md §3): {@link
 * io.splicer.cache.JCacheSessionStore} implements {@link io.splicer.session.SessionStore} on
 * Ehcache 3 (heap + off-heap) through the JCache API, created programmatically per webapp.
 */
@NullMarked
package io.splicer.cache;

import org.jspecify.annotations.NullMarked;
