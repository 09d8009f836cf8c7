package io.github.ascribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Supplies {@code ascribe --version} from the version recorded at build time.
 *
 * <pre>{@code
 * new VersionProvider().getVersion();   // ["ascribe 0.1.0-SNAPSHOT"]
 * }</pre>
 */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {"ascribe " + p.getProperty("version", "(unknown version)"),
        "Java " + System.getProperty("java.version")};
  }
}
