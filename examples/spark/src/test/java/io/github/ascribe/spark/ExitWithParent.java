package io.github.ascribe.spark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class and exits the JVM when its standard input closes, that is, when the process
 * that started it (a test) has gone, however it went. {@link StandaloneCluster} starts the master, the
 * workers and the driver through it, so that none of them outlives a test JVM that was killed; a
 * worker's own shutdown hook then stops its executors.
 *
 * <pre>{@code
 * java -cp ... io.github.ascribe.spark.ExitWithParent org.apache.spark.deploy.master.Master --host 127.0.0.1
 * }</pre>
 *
 * <p>Compiles to one class file with no dependencies, so that it can be copied beside a Spark class
 * path without the rest of the tests.
 */
public final class ExitWithParent {

  private ExitWithParent() {}

  /**
   * Starts the watch on standard input, then the main class.
   *
   * @param args the main class and its arguments
   * @throws ReflectiveOperationException if the main class cannot be run
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    Thread watch = new Thread(() -> {
      InputStream in = System.in;
      try {
        while (in.read() != -1) {
          // the parent writes nothing: any byte is ignored until the end of the stream
        }
      } catch (IOException e) {
        // a broken pipe is a parent gone too
      }
      System.exit(143);
    }, "exit-with-parent");
    watch.setDaemon(true);
    watch.start();
    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
