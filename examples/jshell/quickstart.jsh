// Quick start: analyse the reference article, print the summary and every claim with its sources.
//
// From the repository root, after `mvn -q package -DskipTests`:
//   jshell --class-path examples/cli/target/ascribe.jar examples/jshell/quickstart.jsh
// JShell stays open afterwards, with `article` defined: try article.attributions(),
// article.claimsBySource() or article.claims().get(3).

import io.github.ascribe.citations.*;
import io.github.ascribe.core.*;
import java.nio.file.*;

Article article = Ascribe.analyze(Files.readString(Path.of("examples/samples/istanbul-talks.txt")));
Summary summary = article.summary();

System.out.printf("%d claims, %d attributed: coverage %.1f%%; %d distinct sources, %d independent%n",
    summary.claims(), summary.attributedClaims(), summary.coverage() * 100,
    summary.distinctSources(), summary.independentSources());

for (Claim claim : article.claims()) {
  String text = claim.text().length() > 70 ? claim.text().substring(0, 67) + "..." : claim.text();
  System.out.printf("#%d %s%n", claim.index(), text);
  if (claim.isAttributed()) {
    List<String> names = claim.mediaSources().stream().map(Source::name).toList();
    System.out.println("   sources: " + names + (claim.unnamedSources() > 0 ? " + " + claim.unnamedSources() + " unnamed" : ""));
  } else {
    System.out.println("   UNATTRIBUTED");
  }
}
