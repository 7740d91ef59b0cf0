/**
 * The svcca analysis API, the backend SPI, the file readers and the streaming statistics.
 * Backends are found at run time through {@link org.svcca.spi.LinearAlgebraProvider}.
 */
module org.svcca.api {
  requires org.slf4j;

  exports org.svcca;
  exports org.svcca.spi;
  exports org.svcca.io;
  exports org.svcca.stream;

  uses org.svcca.spi.LinearAlgebraProvider;
}
