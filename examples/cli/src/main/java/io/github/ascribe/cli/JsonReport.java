package io.github.ascribe.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ascribe.cli.JsonModel.AttributionEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON report ({@code docs/json.md}): one object per file, pretty-printed for a single file, or
 * JSON Lines (one compact object per line) for several. Written with Jackson's streaming generator as
 * the analysis goes: claims as they come, attributions put aside (in a temporary file past a few
 * thousand) until the claims array is closed.
 *
 * <pre>{@code
 * String json = ReportFormat.JSON.render(new AnalyzedFile("a.txt", article));
 * JsonNode n = new ObjectMapper().readTree(json);
 * n.at("/summary/coverage").asDouble();
 * }</pre>
 *
 * <p>Not thread-safe; one instance per report.
 */
public final class JsonReport implements StreamingReport {

  /** Attributions kept in memory before the rest go to a temporary file. */
  private static final int IN_MEMORY = 4096;

  private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private final boolean lines;
  private JsonGenerator gen;
  private final List<AttributionEntry> held = new ArrayList<>();
  private Path spill;
  private BufferedWriter spilled;

  /**
   * Creates the writer.
   *
   * @param lines true for JSON Lines, false for one pretty-printed object
   */
  public JsonReport(boolean lines) {
    this.lines = lines;
  }

  /**
   * Whether the writer writes JSON Lines.
   *
   * @return true for one compact object per line
   */
  public boolean isLines() {
    return lines;
  }

  @Override
  public void beginFile(String name, long length, Writer out) throws IOException {
    gen = mapper.getFactory().createGenerator(out);
    if (!lines) {
      gen.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    gen.writeStartObject();
    gen.writeStringField("file", name);
    gen.writeNumberField("length", length);
    gen.writeArrayFieldStart("claims");
  }

  @Override
  public void part(JsonModel.Part part, Writer out) throws IOException {
    for (JsonModel.ClaimEntry c : part.claims()) {
      mapper.writeValue(gen, c);
    }
    if (spilled == null && held.size() + part.attributions().size() <= IN_MEMORY) {
      held.addAll(part.attributions());
      return;
    }
    if (spilled == null) {
      spill = Files.createTempFile("ascribe-attributions-", ".jsonl");
      spill.toFile().deleteOnExit();
      spilled = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
    }
    for (AttributionEntry a : part.attributions()) {
      spilled.write(mapper.writeValueAsString(a));
      spilled.write('\n');
    }
  }

  @Override
  public void endFile(FileTotals.End end, Writer out) throws IOException {
    gen.writeEndArray();
    gen.writeArrayFieldStart("attributions");
    for (AttributionEntry a : held) {
      mapper.writeValue(gen, a);
    }
    held.clear();
    if (spilled != null) {
      replaySpill();
    }
    gen.writeEndArray();
    gen.writeFieldName("sources");
    mapper.writeValue(gen, end.sources());
    gen.writeFieldName("diagnostics");
    mapper.writeValue(gen, end.diagnostics());
    gen.writeFieldName("summary");
    mapper.writeValue(gen, end.summary());
    gen.writeEndObject();
    gen.flush();
    gen = null;
    out.write('\n');
  }

  private void replaySpill() throws IOException {
    spilled.close();
    spilled = null;
    try (JsonParser p = mapper.getFactory().createParser(Files.newBufferedReader(spill, StandardCharsets.UTF_8))) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        mapper.writeValue(gen, mapper.readValue(p, AttributionEntry.class));
      }
    } finally {
      Files.deleteIfExists(spill);
      spill = null;
    }
  }
}
