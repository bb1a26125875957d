/** Serving the static admin console (and WebJars) from the classpath in the standalone launcher. */
@NullMarked
package io.splicer.admin.console;

import org.jspecify.annotations.NullMarked;
