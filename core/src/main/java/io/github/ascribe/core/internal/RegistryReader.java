package io.github.ascribe.core.internal;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.RegistryFormatException;
import io.github.ascribe.core.text.Hosts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the tab-separated registry format described in {@code docs/registry.md}. */
public final class RegistryReader {

  private static final Set<SourceKind> REGISTRY_KINDS =
      EnumSet.of(SourceKind.OUTLET, SourceKind.AGENCY, SourceKind.AGGREGATOR, SourceKind.ORGANIZATION);

  private RegistryReader() {}

  /**
   * Reads every source of a registry file.
   *
   * @param reader the text, closed by the caller
   * @param origin name used in error messages
   * @return the sources in file order
   * @throws IOException if reading fails
   * @throws RegistryFormatException if a line is malformed
   */
  public static List<Source> read(Reader reader, String origin) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Source> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      out.add(parseLine(line, origin, number));
    }
    return out;
  }

  private static Source parseLine(String line, String origin, int number) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 3 || cols.length > 7) {
      throw new RegistryFormatException(origin, number,
          "expected 7 tab-separated columns (id, name, kind, country, language, domains, aliases), found "
              + cols.length);
    }
    String id = cols[0].strip();
    String name = cols[1].strip();
    SourceKind kind;
    try {
      kind = SourceKind.valueOf(cols[2].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RegistryFormatException(origin, number,
          "kind must be one of " + REGISTRY_KINDS + ": '" + cols[2].strip() + "'");
    }
    if (!REGISTRY_KINDS.contains(kind)) {
      throw new RegistryFormatException(origin, number,
          "kind must be one of " + REGISTRY_KINDS + ": '" + cols[2].strip() + "'");
    }
    String country = cols.length > 3 ? cols[3].strip() : "";
    String language = cols.length > 4 ? cols[4].strip() : "";
    List<String> domains = new ArrayList<>();
    if (cols.length > 5) {
      for (String d : list(cols[5])) {
        String host = Hosts.normalizeHost(d).orElseThrow(() ->
            new RegistryFormatException(origin, number, "not a valid domain: '" + d + "'"));
        if (!domains.contains(host)) {
          domains.add(host);
        }
      }
    }
    List<String> aliases = cols.length > 6 ? list(cols[6]) : List.of();
    try {
      return new Source(id, name, kind, country, language, domains, aliases);
    } catch (IllegalArgumentException e) {
      throw new RegistryFormatException(origin, number, e.getMessage());
    }
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String part : field.split("\\|", -1)) {
      String p = part.strip();
      if (!p.isEmpty() && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }
}
