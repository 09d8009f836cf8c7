package io.github.ascribe.notebook;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The representations of one value, by MIME type, as a Jupyter {@code display_data} carries them. */
public final class MimeBundle {
  private final Map<String, String> data = new LinkedHashMap<>();

  /**
   * Plain text: the fallback every value should have.
   *
   * @param text the text
   * @return this bundle
   */
  public MimeBundle text(String text) {
    return put("text/plain", text);
  }

  /**
   * An HTML fragment (escape what it quotes with {@link #escape}).
   *
   * @param html the fragment
   * @return this bundle
   */
  public MimeBundle html(String html) {
    return put("text/html", html);
  }

  /**
   * A PNG image.
   *
   * @param png the image file's bytes
   * @return this bundle
   */
  public MimeBundle png(byte[] png) {
    return put("image/png", Base64.getEncoder().encodeToString(png));
  }

  /**
   * Any MIME type; binary types are base64, as Jupyter has them.
   *
   * @param mimeType the type, such as {@code text/markdown}
   * @param content the content
   * @return this bundle
   */
  public MimeBundle put(String mimeType, String content) {
    data.put(mimeType, content);
    return this;
  }

  /** @return the representations, in the order they were put */
  public Map<String, String> data() {
    return Collections.unmodifiableMap(data);
  }

  /**
   * Escapes text for HTML content and attribute values.
   *
   * @param text any text
   * @return the text with {@code & < > " '} escaped
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
