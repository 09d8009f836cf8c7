package io.github.ascribe.cli;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe sources}: lists the registry's sources whose id, name, alias or domain contains the
 * query, as a table or, with {@code --tsv}, in the registry file format (a start for your own file).
 *
 * <pre>{@code
 * ascribe sources reuters
 * ascribe sources --tsv --registry my-sources.tsv kyiv
 * }</pre>
 */
@Command(name = "sources", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Lists registry sources matching QUERY (all without one): id, name, kind, country, language, domains.")
final class SourcesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--tsv", description = "Print matching sources in the registry's tab-separated format.")
  private boolean tsv;

  @Mixin private RegistryOption registryOption;

  @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "",
      description = "Text to look for in ids, names, aliases and domains.")
  private String query;

  @Override
  public Integer call() {
    SourceRegistry registry = registryOption.registry();
    List<Source> found = registry.search(query);
    PrintWriter out = spec.commandLine().getOut();
    if (tsv) {
      for (Source s : found) {
        out.println(String.join("\t", s.id(), s.name(), s.kind().name(), s.country(), s.language(),
            String.join("|", s.domains()), String.join("|", s.aliases())));
      }
      return Main.OK;
    }
    int id = "ID".length();
    int name = "NAME".length();
    for (Source s : found) {
      id = Math.max(id, s.id().length());
      name = Math.max(name, s.name().length());
    }
    String row = "%-" + id + "s  %-" + name + "s  %-10s  %-7s  %-8s  %s%n";
    if (!found.isEmpty()) {
      out.printf(Locale.ROOT, row, "ID", "NAME", "KIND", "COUNTRY", "LANGUAGE", "DOMAINS");
    }
    for (Source s : found) {
      out.printf(Locale.ROOT, row, s.id(), s.name(), s.kind(), s.country(), s.language(), String.join(", ", s.domains()));
    }
    out.println(found.size() + " of " + registry.size() + " sources"
        + (query.isBlank() ? "" : " match '" + NotationCommand.visible(query) + "'"));
    return Main.OK;
  }
}
