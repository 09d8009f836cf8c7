package io.github.ascribe.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of {@code analyze} on standard error: a bar with the megabytes read and analysed, the
 * files done, the rate and the time left (the progressbar library, which asks JLine for the
 * terminal's width). Shown only when standard error is a terminal, without {@code --quiet}, and when
 * the input is large ({@value #MIN_BYTES} bytes or more) or has many files ({@value #MIN_FILES} or
 * more); standard input counts as size unknown.
 *
 * <pre>{@code
 * try (Progress p = Progress.of(terminal, quiet, files)) {
 *   p.file("a.txt"); p.bytes(4096); p.fileDone();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: called from the thread that writes the report (the bar redraws on its own thread).
 */
class Progress implements AutoCloseable {

  /** Inputs this large get a bar. */
  static final long MIN_BYTES = 4L << 20;
  /** This many files get a bar. */
  static final int MIN_FILES = 20;

  /** A progress that shows nothing. */
  static final Progress NONE = new Progress();

  Progress() {}

  /**
   * The progress for a run.
   *
   * @param t the terminal
   * @param quiet {@code --quiet}
   * @param files the files, in order
   * @return the progress to report to
   */
  static Progress of(Terminal t, boolean quiet, List<String> files) {
    if (quiet || !t.interactive()) {
      return NONE;
    }
    long total = 0;
    for (String f : files) {
      total += size(f);
    }
    if (total < MIN_BYTES && files.size() < MIN_FILES) {
      return NONE;
    }
    String columns = t.env().get("COLUMNS");
    int width = columns != null && columns.matches("[0-9]{1,4}") ? Integer.parseInt(columns) : -1;
    return new Bar(t.err(), width, files.size(), total, 200);
  }

  /** A file's size in bytes; 0 for standard input or a file that cannot be read (it is reported later). */
  static long size(String name) {
    if (InputFiles.STDIN.equals(name)) {
      return 0;
    }
    try {
      return Files.size(Path.of(name));
    } catch (IOException | InvalidPathException e) {
      return 0;
    }
  }

  /**
   * A file is about to be read.
   *
   * @param name its name
   */
  void file(String name) {}

  /**
   * Bytes of the file being reported read so far.
   *
   * @param read the count
   */
  void bytes(long read) {}

  /** The file being reported is done. */
  void fileDone() {}

  @Override
  public void close() {}

  /** The bar: megabytes of all files, the files done as its message. */
  static final class Bar extends Progress {

    private final ProgressBar bar;
    private final int files;
    private final Deque<Long> sizes = new ArrayDeque<>();
    private long done;
    private int filesDone;

    Bar(PrintStream err, int width, int files, long total, int intervalMillis) {
      this.files = files;
      this.bar = new ProgressBarBuilder().setTaskName("analyze").setInitialMax(total).setUnit(" MB", 1L << 20)
          .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(intervalMillis)
          .setConsumer(new ConsoleProgressBarConsumer(err, width)).build();
      bar.setExtraMessage(message());
    }

    private String message() {
      return filesDone + "/" + files + " files";
    }

    @Override
    void file(String name) {
      sizes.add(size(name));
    }

    @Override
    void bytes(long read) {
      long at = done + read;
      if (at > bar.getMax()) {
        bar.maxHint(at);
      }
      bar.stepTo(at);
    }

    @Override
    void fileDone() {
      Long size = sizes.poll();
      done += size == null ? 0 : size;
      filesDone++;
      bar.setExtraMessage(message());
      bar.stepTo(Math.max(bar.getCurrent(), done));
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
