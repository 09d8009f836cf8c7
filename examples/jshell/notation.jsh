// Notation playground: what the parser makes of a piece of attribution notation.
//
// From the repository root, after `mvn -q package -DskipTests`:
//   jshell --class-path examples/cli/target/ascribe.jar examples/jshell/notation.jsh
// then call show("...") with your own notation.

import io.github.ascribe.citations.*;
import io.github.ascribe.core.*;

void show(String notation) {
  NotationResult r = Notation.parse(notation);
  System.out.println("input      " + r.input());
  System.out.println("tokens     " + r.tokens().stream().map(t -> t.kind() + "'" + t.text() + "'").toList());
  System.out.println("sources    " + r.sources().stream().map(Source::name).toList());
  System.out.println("unnamed    " + r.unnamedSources() + ", total " + (r.sources().size() + r.unnamedSources())
      + (r.declaredTotal().isPresent() ? ", declared =" + r.declaredTotal().getAsInt() : ""));
  r.diagnostics().forEach(d -> System.out.println("diagnostic " + d));
  System.out.println("verdict    " + r.verdict());
  if (!r.entries().isEmpty()) {
    System.out.println("canonical  " + Notation.format(r.model()));
  }
  System.out.println();
}

show("The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4");
show("WSJ, The Guardian, Yahoo");
show("Al Jazeera+2The Hindu+2NDTV+2");
show("Sources: Reuters; AP +3 more");
show("Reuters, AP News =5");
show("Poland, Hungary and Slovakia");

// Strict parsing: no fuzzy matching, unknown names are warnings.
NotationParser strict = NotationParser.builder().strict(true).build();
System.out.println(strict.parse("Reuters, Gazette Kyiv").diagnostics());

// Parsing the canonical form gives the same model back.
NotationResult r = Notation.parse("The Guardian/AP News +2");
System.out.println(Notation.parse(Notation.format(r.model())).model().equals(r.model()));
