package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV report, parsed back with Commons CSV. */
class AnalyzeCsvTest {

  @Test
  void oneRowPerClaimAndSource() throws IOException {
    Cli.Result r = Cli.run("analyze", "--format", "csv", Cli.REFERENCE);
    assertThat(r.code()).isZero();
    List<CSVRecord> rows = parse(r.out());
    assertThat(rows.get(0).toList()).isEqualTo(CsvReport.HEADER);
    List<CSVRecord> data = rows.subList(1, rows.size());
    // claims 0,1: 3 sources; 2: 3 + 1 anonymous; 3: 4 + 1 person; 4: none; 5: 3 + 1 person; 6, 7: 2; 8: none
    // (in claim 3 "criticizing Putin's decision" reports no statement, the prose annotation guide says, but
    // "and emphasizing that Ukraine's top priority remains ..." does, with the subject it shares: Zelenskyy)
    assertThat(data).hasSize(3 + 3 + 4 + 5 + 1 + 4 + 2 + 2 + 1);
    for (CSVRecord row : data) {
      assertThat(row.size()).isEqualTo(CsvReport.HEADER.size());
      assertThat(row.get(0)).isEqualTo(Cli.REFERENCE);
    }
    List<CSVRecord> claim3 = data.stream().filter(x -> x.get(1).equals("3")).toList();
    assertThat(claim3).extracting(x -> x.get(9))
        .containsExactly("The Guardian", "Associated Press", "The Times of India", "Reuters", "Volodymyr Zelenskyy");
    assertThat(claim3.get(0).get(4)).isEqualTo("multi-source");
    assertThat(claim3.get(0).get(5)).isEqualTo("10");
    assertThat(claim3.get(0).get(6)).isEqualTo("6");
    assertThat(claim3.get(3).get(10)).isEqualTo("AGENCY");
    assertThat(claim3.get(3).get(11)).isEqualTo("true");
    CSVRecord rubio = data.stream().filter(x -> x.get(1).equals("5") && x.get(10).equals("PERSON")).findFirst().orElseThrow();
    assertThat(rubio.get(9)).isEqualTo("Marco Rubio");
    assertThat(rubio.get(11)).isEqualTo("false");
    assertThat(claim3.get(0).get(7)).startsWith("Notable absent from these talks");

    CSVRecord claim4 = data.stream().filter(x -> x.get(1).equals("4")).findFirst().orElseThrow();
    assertThat(claim4.get(4)).isEqualTo("unattributed");
    assertThat(claim4.toList().subList(8, 12)).containsOnly("");
  }

  @Test
  void formulaCellsAreNeutralised(@TempDir Path dir) throws IOException {
    String file = Cli.write(dir, "formula.txt",
        "=HYPERLINK(\"http://evil.example\") is what the memo said.\nReuters\n\n"
            + "-5 degrees were recorded on Monday.\nAP News +1\n");
    List<CSVRecord> rows = parse(Cli.run("analyze", "-f", "csv", file).out());
    assertThat(rows.get(1).get(7)).isEqualTo("'=HYPERLINK(\"http://evil.example\") is what the memo said.");
    assertThat(rows.get(2).get(7)).startsWith("'-5 degrees");
    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("-").doesNotStartWith("+").doesNotStartWith("@");
      }
    }
  }

  @Test
  void fileNamesAreNeutralisedToo(@TempDir Path dir) throws IOException {
    String file = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    Cli.Result r = Cli.runWithStdin("Nobody knows why.\n", "analyze", "-f", "csv", file, "-");
    List<CSVRecord> rows = parse(r.out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).get(0)).isEqualTo("'-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\uFF1D1", "\uFF0B1", "\uFF0D1", "\uFF201"})
  void neutralizePrefixesAQuote(String cell) {
    assertThat(CsvReport.neutralize(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Reuters", "1", " =1", "'=1", "a=b"})
  void neutralizeLeavesOtherCells(String cell) {
    assertThat(CsvReport.neutralize(cell)).isEqualTo(cell);
  }

  @Test
  void severalFilesShareOneHeader(@TempDir Path dir) throws IOException {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    List<CSVRecord> rows = parse(Cli.run("analyze", "-f", "CSV", a, a).out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get(0)).isEqualTo("file");
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }
}
