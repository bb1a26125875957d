package io.splicer.harness.jetty;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.jboss.arquillian.container.jetty.embedded_12_ee10.WebAppContextProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Jetty leg only: webapp classes load child-first, as in a real deployment, so that a WAR missing a
 * jar fails (stack.md pitfall 8); and cross-context dispatch is allowed (design.md §1).
 */
public final class JettyChildFirstExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(WebAppContextProcessor.class, Processor.class);
  }

  /** Applied to every deployed WebAppContext. */
  public static final class Processor implements WebAppContextProcessor {
    @Override
    public void process(WebAppContext context, Archive<?> archive) {
      context.setParentLoaderPriority(false);
      context.setCrossContextDispatchSupported(true);
    }
  }
}
