package io.github.ascribe.notebook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A cell's {@code System.out} and {@code System.err}: what the cell writes is gathered and sent to Jupyter
 * as a few stream messages (at most every quarter second while the cell runs, and when it ends) rather
 * than one message per {@code print} call. The order of out and err is kept.
 */
final class CellOutput {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "cell-output");
    thread.setDaemon(true);
    return thread;
  });

  private final PrintStream jupyterOut;
  private final PrintStream jupyterErr;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final ScheduledFuture<?> ticks;
  private PrintStream pendingTarget;

  CellOutput(PrintStream jupyterOut, PrintStream jupyterErr) {
    this.jupyterOut = jupyterOut;
    this.jupyterErr = jupyterErr;
    this.ticks = TIMER.scheduleAtFixedRate(this::flush, 250, 250, TimeUnit.MILLISECONDS);
  }

  PrintStream out() {
    return new PrintStream(stream(jupyterOut), false, StandardCharsets.UTF_8);
  }

  PrintStream err() {
    return new PrintStream(stream(jupyterErr), false, StandardCharsets.UTF_8);
  }

  private OutputStream stream(PrintStream target) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        CellOutput.this.write(target, bytes, offset, length);
      }

      @Override
      public void flush() {
        CellOutput.this.flush();
      }
    };
  }

  private synchronized void write(PrintStream target, byte[] bytes, int offset, int length) {
    if (pendingTarget != target) {
      flush();
      pendingTarget = target;
    }
    pending.write(bytes, offset, length);
  }

  synchronized void flush() {
    if (pending.size() > 0 && pendingTarget != null) {
      pendingTarget.write(pending.toByteArray(), 0, pending.size());
      pendingTarget.flush();
      pending.reset();
    }
  }

  /** Sends what is left and stops the timer. */
  synchronized void close() {
    ticks.cancel(false);
    flush();
  }
}
