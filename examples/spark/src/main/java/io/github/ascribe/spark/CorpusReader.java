package io.github.ascribe.spark;

import static org.apache.spark.sql.functions.col;

import io.github.ascribe.corpus.Document;
import io.github.ascribe.corpus.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a corpus into a dataset of documents: a JSON Lines file (or directory of them) or a directory
 * of text files. Spark splits and lists the input; each record's bytes become a document by the
 * corpus module's rules ({@link DocumentReader}, the same as the library's {@code Corpus}). Nothing
 * here fails on a bad record: it becomes a document with a reject code ({@link
 * Document.Problem#code()}) and a reason.
 */
final class CorpusReader {

  /** A document: id, origin file, line (JSON Lines), and either its text or a reject code and reason. */
  static final StructType DOCUMENT = new StructType(new StructField[] {
      Tables.field("id", DataTypes.StringType, false),
      Tables.field("origin", DataTypes.StringType, true),
      Tables.field("line", DataTypes.LongType, true),
      Tables.field("text", DataTypes.StringType, true),
      Tables.field("code", DataTypes.StringType, true),
      Tables.field("reason", DataTypes.StringType, true)});

  /** A file of a directory corpus: its id (relative path), its full path and its length. */
  static final StructType FILE = new StructType(new StructField[] {
      Tables.field("id", DataTypes.StringType, false),
      Tables.field("path", DataTypes.StringType, false),
      Tables.field("length", DataTypes.LongType, false)});

  private CorpusReader() {}

  /**
   * The documents of a JSON Lines corpus: one per non-blank line, in file and line order within each
   * partition. Ids default to {@code line N}, N counted from 1 in the line's own file (blank lines
   * included), as in the library; this needs a first, cheap pass that counts the lines of each file
   * block, so that every block knows the number of its first line.
   *
   * @param spark the session
   * @param input a file, directory or glob of JSON Lines files
   * @return the documents
   */
  static Dataset<Row> jsonLines(SparkSession spark, String input) {
    Dataset<Row> lines = spark.read()
        .option("lineSep", "\n")
        .text(input)
        .select(col("value").cast(DataTypes.BinaryType).as("bytes"),
            col("_metadata.file_path").as("file"),
            col("_metadata.file_block_start").as("block"));
    Map<String, Long> firstLines = new HashMap<>();
    Map<String, TreeMap<Long, Long>> blocks = new HashMap<>();
    for (Row r : lines.groupBy("file", "block").count().collectAsList()) {
      blocks.computeIfAbsent(r.getString(0), f -> new TreeMap<>()).put(r.getLong(1), r.getLong(2));
    }
    blocks.forEach((file, counts) -> {
      long next = 1;
      for (Map.Entry<Long, Long> e : counts.entrySet()) {
        firstLines.put(key(file, e.getKey()), next);
        next += e.getValue();
      }
    });
    return lines.mapPartitions(new JsonLinesPartition(firstLines), Encoders.row(DOCUMENT));
  }

  private static String key(String file, long block) {
    return block + "@" + file;
  }

  /**
   * The documents of a directory corpus: its {@code .txt} and {@code .md} files (any case),
   * recursively, as the library's {@code Corpus.ofDirectory} takes them; ids are paths relative to the
   * directory with {@code /}. Hidden files and directories (name starting with {@code .}) are skipped.
   * The driver lists the files (as Spark's own file sources do); executors read them, each at most
   * {@link DocumentReader#MAX_BYTES}. Empty files are articles too (Spark's {@code binaryFile} source would
   * drop them).
   *
   * @param spark the session
   * @param directory the directory
   * @return the documents
   */
  static Dataset<Row> textFiles(SparkSession spark, String directory) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> files = new ArrayList<>();
    try {
      Path root = new Path(directory);
      FileSystem fs = root.getFileSystem(conf);
      Deque<FileStatus> pending = new ArrayDeque<>(List.of(fs.getFileStatus(root)));
      String prefix = fs.makeQualified(root).toUri().getPath();
      prefix = prefix.endsWith("/") ? prefix : prefix + "/";
      while (!pending.isEmpty()) {
        for (FileStatus f : fs.listStatus(pending.pop().getPath())) {
          String name = f.getPath().getName();
          if (name.startsWith(".")) {
            continue;
          }
          if (f.isDirectory()) {
            pending.push(f);
          } else if (isText(name)) {
            String path = f.getPath().toUri().getPath();
            String id = path.startsWith(prefix) ? path.substring(prefix.length()) : name;
            files.add(RowFactory.create(id, f.getPath().toString(), f.getLen()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    Broadcast<HadoopConf> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HadoopConf(conf));
    return spark.createDataFrame(files, FILE)
        .mapPartitions(new TextFilesPartition(shared), Encoders.row(DOCUMENT));
  }

  private static boolean isText(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".md");
  }

  static Row document(Document d, String origin, Long line) {
    String code = d.isReadable() ? null : d.problem().code();
    return RowFactory.create(d.id(), origin, line, d.text(), code, code == null ? null : code + ": " + d.message());
  }

  /** Parses the lines of a partition; keeps a line counter per file block. */
  static final class JsonLinesPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Long> firstLines;

    JsonLinesPartition(Map<String, Long> firstLines) {
      this.firstLines = new HashMap<>(firstLines);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        private String file;
        private long block = -1;
        private long line;
        private Row next;

        @Override
        public boolean hasNext() {
          while (next == null && rows.hasNext()) {
            Row r = rows.next();
            String f = r.getString(1);
            long b = r.getLong(2);
            if (!f.equals(file) || b != block) {
              file = f;
              block = b;
              Long first = firstLines.get(key(f, b));
              line = first != null ? first : 1;
            } else {
              line++;
            }
            byte[] bytes = (byte[]) r.get(0);
            if (!DocumentReader.isBlank(bytes)) {
              next = document(DocumentReader.jsonLine(bytes, line), file, line);
            }
          }
          return next != null;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Row r = next;
          next = null;
          return r;
        }
      };
    }
  }

  /** Reads and decodes the text files of a partition. */
  static final class TextFilesPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<HadoopConf> conf;

    TextFilesPartition(Broadcast<HadoopConf> conf) {
      this.conf = conf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Configuration c = conf.value().get();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          String id = r.getString(0);
          String file = r.getString(1);
          long length = r.getLong(2);
          if (length > DocumentReader.MAX_BYTES) {
            return document(DocumentReader.tooLarge(id, length), file, null);
          }
          Path path = new Path(file);
          try (InputStream in = path.getFileSystem(c).open(path)) {
            return document(DocumentReader.textFile(id, in.readNBytes(DocumentReader.MAX_BYTES + 1)), file, null);
          } catch (IOException | RuntimeException e) {
            return document(Document.unusable(id, Document.Problem.UNREADABLE, ArticleRows.describe(e)), file, null);
          }
        }
      };
    }
  }
}
