// Your own sources: extend the bundled registry with a TSV string and with the builder, then analyse
// with it. The TSV format is the bundled registry's: id, name, kind, country, language, domains,
// aliases, tab-separated; lists separated by '|' (docs/registry.md).
//
// From the repository root, after `mvn -q package -DskipTests`:
//   jshell --class-path examples/cli/target/ascribe.jar examples/jshell/custom-registry.jsh

import io.github.ascribe.citations.*;
import io.github.ascribe.core.*;
import io.github.ascribe.core.registry.*;
import java.util.*;

String tsv = String.join("\n",
    "# my sources",
    "kyiv-dispatch\tKyiv Dispatch\tOUTLET\tUA\ten\tkyivdispatch.example\tKD|Dispatch UA",
    "baltic-wire\tBaltic Wire\tAGENCY\tLT\ten\tbalticwire.example|bw.example\tBW");
SourceRegistry mine = SourceRegistry.parse(tsv);
System.out.println(mine + ": " + mine.sources().stream().map(Source::name).toList());

// extendedWith: everything bundled, plus yours
SourceRegistry registry = SourceRegistry.bundled().extendedWith(mine);

// the builder: add a source, aliases and domains to existing ones. (JShell runs a line as soon as
// it is complete, so a chain written with a leading "." per line would stop early: one call a line.)
SourceRegistry.Builder builder = SourceRegistry.builder(registry);
builder.add(new Source("harbour-gazette", "Harbour Gazette", SourceKind.OUTLET, "GB", "en",
    List.of("harbourgazette.example"), List.of("HG")));
builder.alias("reuters", "Reuters Wire Desk");
builder.domain("associated-press", "ap-mirror.example");
registry = builder.build();

System.out.println(registry.resolve("KD").orElseThrow());                           // by alias
System.out.println(registry.resolve("https://bw.example/story/1").orElseThrow());   // by domain
System.out.println(registry.resolve("Kyiv Disptach").orElseThrow());                // a typo: FUZZY
System.out.println(registry.resolveExact("Kyiv Disptach"));                          // no fuzzy: empty
System.out.println(registry.resolve("Reuters Wire Desk").orElseThrow().source().name());
System.out.println(registry.search("gazette").stream().map(Source::id).toList());

// Analyse with it: an Analyzer is immutable and thread-safe; build it once.
Analyzer analyzer = Analyzer.builder().registry(registry).build();
Article article = analyzer.analyze("""
    Grain exports resumed from the southern ports on Tuesday.
    KD, BW +1, Reuters Wire Desk

    Insurers raised premiums for ships in the area.
    HG
    """);
for (Claim claim : article.claims()) {
  System.out.println("#" + claim.index() + " " + claim.mediaSources().stream().map(Source::name).toList()
      + (claim.unnamedSources() > 0 ? " + " + claim.unnamedSources() + " unnamed" : ""));
}
System.out.println(article.diagnostics());

// With the bundled registry alone, the same names are unknown.
System.out.println(Ascribe.analyze("Grain exports resumed.\nKD, BW +1").claims().get(0).mediaSources());
