/**
 * Viewer sessions (design.md §3): the immutable {@link io.splicer.session.Session} created once at
 * session initialisation with its parameter routing (reference §1.2–1.4), the {@link
 * io.splicer.session.SessionStore} interface with an in-memory implementation, and {@link
 * io.splicer.session.SessionManager}: lifetime, live counters, memoised single-flight per-break
 * decisions and beacon de-duplication. Depends only on {@code io.splicer.core}; the JCache store
 * lives in {@code io.splicer.cache}.
 */
@NullMarked
package io.splicer.session;

import org.jspecify.annotations.NullMarked;
