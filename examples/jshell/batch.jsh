// Statistics over a folder of articles (*.txt): coverage per file, totals, the most cited sources.
//
// From the repository root, after `mvn -q package -DskipTests`:
//   jshell --class-path examples/cli/target/ascribe.jar examples/jshell/batch.jsh
// Another folder (the default is examples/samples):
//   jshell -R-Dbatch.dir=path/to/articles --class-path examples/cli/target/ascribe.jar examples/jshell/batch.jsh

import io.github.ascribe.citations.*;
import io.github.ascribe.core.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

Path folder = Path.of(System.getProperty("batch.dir", "examples/samples"));
List<Path> files;
try (Stream<Path> list = Files.list(folder)) {
  files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
}
Analyzer analyzer = Analyzer.builder().build();   // one analyser for every file; thread-safe

Map<Path, Article> articles = new LinkedHashMap<>();
for (Path file : files) {
  articles.put(file, analyzer.analyze(Files.readString(file, StandardCharsets.UTF_8)));
}

System.out.printf("%-40s %7s %10s %9s %12s%n", "FILE", "CLAIMS", "ATTRIBUTED", "COVERAGE", "DIAGNOSTICS");
int claims = 0;
int attributed = 0;
int single = 0;
Map<String, Integer> cited = new TreeMap<>();
Map<String, Integer> codes = new TreeMap<>();
for (Map.Entry<Path, Article> e : articles.entrySet()) {
  Summary s = e.getValue().summary();
  System.out.printf("%-40s %7d %10d %8.1f%% %12d%n", e.getKey().getFileName(), s.claims(), s.attributedClaims(),
      s.coverage() * 100, e.getValue().diagnostics().size());
  claims += s.claims();
  attributed += s.attributedClaims();
  single += s.singleSourceClaims();
  for (Claim c : e.getValue().claims()) {
    c.mediaSources().forEach(src -> cited.merge(src.name(), 1, Integer::sum));
  }
  e.getValue().diagnostics().forEach(d -> codes.merge(d.code(), 1, Integer::sum));
}

System.out.printf("%n%d files, %d claims, %d attributed (%.1f%%), %d single-source%n", articles.size(), claims,
    attributed, claims == 0 ? 100.0 : 100.0 * attributed / claims, single);
System.out.println("most cited (claims backed):");
List<Map.Entry<String, Integer>> top = new ArrayList<>(cited.entrySet());
top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
top.stream().limit(10).forEach(e -> System.out.printf("  %3d  %s%n", e.getValue(), e.getKey()));
System.out.println("diagnostics by code: " + (codes.isEmpty() ? "none" : codes));
