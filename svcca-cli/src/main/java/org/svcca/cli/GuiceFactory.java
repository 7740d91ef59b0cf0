package org.svcca.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli create commands through Guice, falling back to picocli for its own types. */
final class GuiceFactory implements CommandLine.IFactory {

  private final Injector injector;

  GuiceFactory(Injector injector) {
    this.injector = injector;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return injector.getInstance(type);
    } catch (ConfigurationException e) {
      // Converters, collections and the like are picocli's business.
      return CommandLine.defaultFactory().create(type);
    }
  }
}
