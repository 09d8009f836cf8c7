package io.github.ascribe.notebook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** Starts the kernel: {@code java -jar ascribe-notebook.jar CONNECTION_FILE}, as kernel.json says. */
public final class Main {
  private Main() {}

  /**
   * Connects to Jupyter and serves until it shuts the kernel down.
   *
   * @param args the connection file Jupyter wrote
   * @throws Exception when the connection file cannot be read or the sockets cannot be bound
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java -jar ascribe-notebook.jar CONNECTION_FILE (Jupyter starts it; docs/notebooks.md)");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    KernelConnectionProperties connection =
        KernelConnectionProperties.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    AscribeKernel kernel = AscribeKernel.create(System.getProperty("java.class.path"));
    JupyterConnection jupyter = new JupyterConnection(connection);
    kernel.becomeHandlerForConnection(jupyter);
    jupyter.connect();
    kernel.onStartup();
    jupyter.waitUntilClose();
    System.exit(0);
  }
}
