package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Claim;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the input, the reports stay well-formed: JSON parses back with the claim texts intact,
 * CSV parses back with one row per claim and source and no cell a spreadsheet would run as a
 * formula, and HTML carries no markup from the input.
 */
class ReportSafetyPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Gen<String> HOSTILE_PIECES = Generate.pick(List.of("<script>alert(1)</script>",
      "\"><img src=x onerror=alert(1)>", "[Reuters](javascript:alert(1))", "=HYPERLINK(\"http://x\")",
      "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\r\nCR", "Reuters, AP +2\n", "\uD800", "\u0000",
      "\u202E", "“quoted,” the minister said.", "Prices rose. ", "'single'", "&amp;", "</td></tr>"));

  private static final Gen<String> PIECES = in -> HOSTILE_PIECES.generate(in) + HOSTILE_PIECES.generate(in)
      + HOSTILE_PIECES.generate(in) + HOSTILE_PIECES.generate(in);

  private static final Gen<String> ARTICLES = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 80), PIECES);

  @Test
  void jsonIsAlwaysValidAndKeepsTheText() {
    qt().withExamples(300).forAll(ARTICLES).checkAssert(text -> {
      var article = Ascribe.analyze(text);
      String json = ReportFormat.JSON.render(new AnalyzedFile("f.txt", article));
      JsonNode node = parse(json);
      assertThat(node.get("claims").size()).isEqualTo(article.claims().size());
      for (int i = 0; i < article.claims().size(); i++) {
        Claim c = article.claims().get(i);
        if (c.text().chars().noneMatch(ch -> Character.isSurrogate((char) ch))) {
          assertThat(node.get("claims").get(i).get("text").asText()).isEqualTo(c.text());
        }
        assertThat(node.get("claims").get(i).get("start").asInt()).isEqualTo(c.span().start());
      }
    });
  }

  @Test
  void csvParsesBackAndNeverStartsACellWithAFormula() {
    qt().withExamples(300).forAll(ARTICLES).checkAssert(text -> {
      var article = Ascribe.analyze(text);
      String csv = ReportFormat.CSV.render(new AnalyzedFile("=f.txt", article));
      List<CSVRecord> records;
      try {
        records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(csv)).getRecords();
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertThat(records.size()).isGreaterThanOrEqualTo(article.claims().size());
      for (CSVRecord r : records) {
        for (String cell : r) {
          assertThat(cell).as("cell " + cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
              .doesNotStartWith("\t").doesNotStartWith("\r");
          if (cell.startsWith("-")) {
            assertThat(cell).as("only plain negative numbers may start with '-'").matches("-[0-9.]+");
          }
        }
      }
    });
  }

  @Test
  void htmlCarriesNoMarkupFromTheInput() {
    qt().withExamples(300).forAll(ARTICLES).checkAssert(text -> {
      var article = Ascribe.analyze(text);
      String html = ReportFormat.HTML.render(new AnalyzedFile("<b>f</b>.txt", article));
      assertThat(html).doesNotContain("<script", "<img", "<b>f</b>", "href=\"javascript", "src=\"javascript");
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
      AnalyzeHtmlTest.assertOnlyOurMarkup(doc);
      AnalyzeHtmlTest.assertCardsMatch(doc, article);
      AnalyzeHtmlTest.assertChartMatches(doc.selectFirst("section.file"), article);
    });
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("invalid JSON: " + e.getMessage() + "\n" + json, e);
    }
  }
}
