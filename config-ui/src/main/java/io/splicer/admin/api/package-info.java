/**
 * The admin REST API for playback configurations (design.md §3, rule 10): one route table ({@link
 * io.splicer.admin.api.AdminRoutes}), one small handler per endpoint, and a service facade ({@link
 * io.splicer.admin.api.ConfigurationService}) over the {@code config} package's repository. The
 * servlet is {@link io.splicer.admin.api.AdminApiServlet}; the OpenAPI document is {@code
 * META-INF/resources/admin/openapi.yaml}.
 */
@NullMarked
package io.splicer.admin.api;

import org.jspecify.annotations.NullMarked;
