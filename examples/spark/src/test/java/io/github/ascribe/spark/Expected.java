package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Summary;
import io.github.ascribe.corpus.Corpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the library gives for a corpus, read and analysed directly by its own {@link Corpus}, and the
 * rows each of the job's tables should hold, as {@link JobTables#rows} renders them.
 */
record Expected(Map<String, Article> articles, Map<String, String> rejects) {

  static Expected of(Corpus corpus) {
    Map<String, Article> articles = new HashMap<>();
    Map<String, String> rejects = new HashMap<>();
    corpus.forEachOrdered(r -> {
      if (r instanceof Corpus.Result a) {
        assertThat(articles.put(a.id(), a.article())).as("duplicate id " + a.id()).isNull();
      } else if (r instanceof Corpus.Failed f) {
        assertThat(rejects.put(f.id(), f.error())).as("duplicate id " + f.id()).isNull();
      }
    });
    return new Expected(articles, rejects);
  }

  List<String> articleRows() {
    List<String> rows = new ArrayList<>();
    articles.forEach((id, a) -> {
      Summary s = a.summary();
      rows.add(id + "|" + a.text().length() + "|" + s.claims() + "|" + s.attributedClaims() + "|"
          + String.format(Locale.ROOT, "%.9f", s.coverage()) + "|" + s.singleSourceClaims() + "|"
          + s.otherAttributedClaims() + "|" + s.distinctSources() + "|" + s.independentSources() + "|"
          + a.diagnostics().size());
    });
    return rows;
  }

  List<String> claimRows() {
    List<String> rows = new ArrayList<>();
    articles.forEach((id, a) -> {
      for (Claim c : a.claims()) {
        rows.add(String.join("|", id, "" + c.index(), "" + c.paragraph(), c.text(), "" + c.span().start(),
            "" + c.span().end(), "" + c.isAttributed(), "" + c.mediaSources().size(), "" + c.unnamedSources(),
            "" + c.otherSources().size()));
      }
    });
    return rows;
  }

  List<String> attributionRows() {
    List<String> rows = new ArrayList<>();
    articles.forEach((id, a) -> {
      for (Attribution t : a.attributions()) {
        rows.add(String.join("|", id, "" + t.index(), t.form().name(), t.rule(), t.span().text(a.text()),
            "" + t.span().start(), "" + t.span().end(),
            t.sources().stream().map(Source::id).collect(Collectors.joining(";")), "" + t.unnamedSources(),
            t.claims().stream().map(String::valueOf).collect(Collectors.joining(";"))));
      }
    });
    return rows;
  }

  List<String> sourceRows() {
    Map<String, TreeSet<String>> names = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    Map<String, Long> claims = new HashMap<>();
    Map<String, Long> arts = new HashMap<>();
    articles.forEach((id, a) -> {
      Map<String, Set<Integer>> backed = new HashMap<>();
      a.claimsBySource().forEach((s, cs) -> {
        names.computeIfAbsent(s.id(), k -> new TreeSet<>()).add(s.name());
        kinds.put(s.id(), s.kind().name());
        Set<Integer> set = backed.computeIfAbsent(s.id(), k -> new HashSet<>());
        cs.forEach(c -> set.add(c.index()));
      });
      backed.forEach((sid, set) -> {
        claims.merge(sid, (long) set.size(), Long::sum);
        arts.merge(sid, 1L, Long::sum);
      });
    });
    return claims.keySet().stream().map(sid -> String.join("|", sid, names.get(sid).first(), kinds.get(sid),
        "" + claims.get(sid), "" + arts.get(sid))).toList();
  }

  List<String> unresolvedRows() {
    Map<String, String> names = new TreeMap<>();
    Map<String, Long> mentions = new HashMap<>();
    Map<String, Long> arts = new HashMap<>();
    articles.forEach((id, a) -> {
      Set<String> seen = new HashSet<>();
      for (Attribution t : a.attributions()) {
        for (SourceMention m : t.mentions()) {
          if (m.match().kind() == MatchKind.UNRESOLVED && m.source().kind() == SourceKind.UNKNOWN) {
            names.merge(m.source().id(), m.source().name(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            mentions.merge(m.source().id(), 1L, Long::sum);
            if (seen.add(m.source().id())) {
              arts.merge(m.source().id(), 1L, Long::sum);
            }
          }
        }
      }
    });
    return names.keySet().stream().map(sid -> String.join("|", sid, names.get(sid), "" + mentions.get(sid),
        "" + arts.get(sid))).toList();
  }
}
