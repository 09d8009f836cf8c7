package io.github.ascribe.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;

/**
 * A chart made by {@link Charts}: an XChart chart with a one-line description, which is its text
 * fallback. Displays as a PNG image.
 *
 * @param description what the chart shows, with its key figures
 * @param chart the XChart chart, to restyle or save ({@code BitmapEncoder.saveBitmap})
 */
public record Chart(String description, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {

  /** @return the chart as a PNG file's bytes */
  public byte[] png() {
    return png(chart);
  }

  static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
