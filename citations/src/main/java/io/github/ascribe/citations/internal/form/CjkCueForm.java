package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.CjkCues;
import io.github.ascribe.core.AttributionForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attribution in Chinese, Japanese and Korean prose: {@code 据新华社报道，…}, {@code
 * 共同通信によると、…}, {@code 연합뉴스에 따르면 …} ({@link CjkCues}): the named agency or outlet covers
 * its sentence, rule {@code prose-cjk}. Immutable and thread-safe.
 */
public final class CjkCueForm extends ShapeRecognizer {

  /** No Han, kana or Hangul character comes before the Hangul Jamo block. */
  private static final char FIRST_CJK = '\u1100';

  private final CjkCues cues = new CjkCues();

  /** The form. */
  public CjkCueForm() {
    super(AttributionForm.PROSE, Anchor.INLINE, Set.of(LexKind.WORD, LexKind.OTHER, LexKind.SEPARATOR));
  }

  @Override
  List<Recognized> read(FormInput in, String s, int from, int to) {
    if (!hasCjk(s, from, to)) {
      return List.of();
    }
    List<Recognized> out = new ArrayList<>();
    for (CjkCues.Hit h : cues.find(s, from, to, in.registry())) {
      out.add(Recognized.of(AttributionForm.PROSE, "prose-cjk", h.span(), List.of(h.mention()), Reach.SENTENCE));
    }
    return out;
  }

  /** Whether the range holds a Han, kana or Hangul character: other text has no such cue. */
  private static boolean hasCjk(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < FIRST_CJK) {
        continue; // spec: no Han, kana or Hangul character before U+1100
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
          || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
        return true;
      }
    }
    return false;
  }
}
