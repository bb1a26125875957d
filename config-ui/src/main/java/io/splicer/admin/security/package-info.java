/**
 * Authentication and request-forgery defences of the admin console and API: password hashing, the
 * standalone launcher's administrator, brute-force throttling, console sessions and the same-origin
 * check. In a WAR, the container's realm authenticates instead (see the config-ui jar's {@code
 * META-INF/web-fragment.xml}); {@link io.splicer.admin.security.CsrfGuard} applies in both.
 */
@NullMarked
package io.splicer.admin.security;

import org.jspecify.annotations.NullMarked;
