package io.github.ascribe.corpus;

import io.github.ascribe.corpus.Document.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The {@code .txt} and {@code .md} files (any case) under a directory, recursively, by relative path
 * with {@code /}; hidden files and directories (name starting with {@code .}) are skipped. The listing
 * is made when a run starts; a file or directory that cannot be listed is an unreadable document.
 */
final class DirectorySource {

  private DirectorySource() {}

  static Sources.Run open(Path dir) {
    TreeMap<String, String> entries = new TreeMap<>(); // relative path -> error, or "" when listed fine
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
          if (!hidden(f) && (name.endsWith(".txt") || name.endsWith(".md"))) {
            entries.put(relative(dir, f), attrs.isDirectory() ? "is a directory" : "");
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          entries.put(relative(dir, f), Sources.describe(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      entries.put(dir.toString(), Sources.describe(e));
    }
    Iterator<java.util.Map.Entry<String, String>> it = entries.entrySet().iterator();
    return new Sources.Run() {
      private long index;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Sources.Pending next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        var e = it.next();
        long i = index++;
        String id = e.getKey();
        if (!e.getValue().isEmpty()) {
          return new Sources.Known(i, id, Document.unusable(id, Problem.UNREADABLE, e.getValue()));
        }
        return new Sources.Pending() {
          @Override
          public long index() {
            return i;
          }

          @Override
          public String id() {
            return id;
          }

          @Override
          public Document read() throws IOException {
            Path file = dir.resolve(id);
            long size = Files.size(file);
            return size > DocumentReader.MAX_BYTES ? DocumentReader.tooLarge(id, size)
                : DocumentReader.textFile(id, Files.readAllBytes(file));
          }
        };
      }

      @Override
      public void close() {}
    };
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path dir, Path f) {
    return dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
  }
}
