package io.github.ascribe.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report ({@code docs/json.md}): one object per file, pretty-printed for a single file, or
 * JSON Lines (one compact object per line) for several.
 *
 * <pre>{@code
 * String json = ReportFormat.JSON.render(new AnalyzedFile("a.txt", article));
 * JsonNode n = new ObjectMapper().readTree(json);
 * n.at("/summary/coverage").asDouble();
 * }</pre>
 */
public final class JsonReport implements ReportWriter {

  private final ObjectWriter json;
  private final boolean lines;

  /**
   * Creates the writer.
   *
   * @param lines true for JSON Lines, false for one pretty-printed object
   */
  public JsonReport(boolean lines) {
    ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.json = lines ? mapper.writer() : mapper.writerWithDefaultPrettyPrinter();
    this.lines = lines;
  }

  @Override
  public void write(AnalyzedFile file, Writer out) throws IOException {
    json.writeValue(out, JsonModel.of(file.name(), file.article()));
    out.write('\n');
  }

  /**
   * Whether the writer writes JSON Lines.
   *
   * @return true for one compact object per line
   */
  public boolean isLines() {
    return lines;
  }
}
