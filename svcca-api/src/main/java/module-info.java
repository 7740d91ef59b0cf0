/**
 * The svcca analysis API, the backend SPI and the file readers. Backends are found at run
 * time through {@link org.svcca.spi.LinearAlgebraProvider}.
 */
module org.svcca.api {
  requires org.slf4j;

  exports org.svcca;
  exports org.svcca.spi;
  exports org.svcca.io;

  uses org.svcca.spi.LinearAlgebraProvider;
}
