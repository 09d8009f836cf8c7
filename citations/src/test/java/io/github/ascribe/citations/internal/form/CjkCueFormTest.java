package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.citations.internal.source.CjkCues;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Attribution cues in Chinese, Japanese and Korean text, and commas in such text and in Arabic and
 * Cyrillic text that never make a source list (issue 18, point 9): {@link CjkCueForm}, {@link CjkCues}.
 */
class CjkCueFormTest {

  private static final CjkCues CUES = new CjkCues();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "据人民日报报道，广州、深圳的房价下降了。|peoples-daily|据人民日报报道",
      "根据中新社的报道，航班已经恢复。|china-news-service|根据中新社的报道",
      "時事通信によれば、札幌、仙台の人口が減った。|jiji-press|時事通信によれば",
      "연합뉴스에 따르면 서울, 부산, 대구의 집값이 올랐다.|yonhap|연합뉴스에 따르면",
      "环球时报报道称，北京、上海的销量上升。|global-times|环球时报报道称"})
  void aCueNamesItsSource(String text, String source, String cue) {
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).hasSize(1);
    assertThat(a.claims().get(0).mediaSources()).extracting(s -> s.id()).containsExactly(source);
    assertThat(a.attributions()).filteredOn(at -> at.rule().equals("prose-cjk"))
        .extracting(at -> at.span().text(text)).containsExactly(cue);
  }

  @ParameterizedTest
  @ValueSource(strings = {"北京、上海、广州和深圳的地铁客流量创新高。", "札幌、仙台、福岡でも住宅価格が上がった。",
      "서울, 부산, 대구의 집값이 올랐다.", "ارتفعت الأسعار في الرياض، وجدة، والدمام.",
      "Цены выросли в Москве, Казани и Новосибирске.", "据消息报道，价格上涨。", "某公司によると、売上が伸びた。"})
  void commasAndUnknownNamesMakeNoSource(String text) {
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).allSatisfy(c -> assertThat(c.sources()).isEmpty());
  }

  private static Gen<String> texts() {
    List<String> pieces = List.of("据", "新华社", "报道", "，", "、", "共同通信", "によると", "東京", "。", "的", "根据",
        "연합뉴스", "에 따르면", " ", "北京", "称", "Reuters", "said", ".");
    Gen<String> piece = integers().between(0, pieces.size() - 1).map(pieces::get);
    return lists().of(piece).ofSizeBetween(0, 20).map(l -> String.join("", l));
  }

  @Test
  void neverThrowsSpansInsideAndOrderedAndDeterministic() {
    SourceRegistry registry = SourceRegistry.bundled();
    qt().withExamples(400).forAll(texts()).checkAssert(text -> {
      List<CjkCues.Hit> hits = CUES.find(text, 0, text.length(), registry);
      int last = 0;
      for (CjkCues.Hit h : hits) {
        assertThat(h.span().start()).isGreaterThanOrEqualTo(last);
        assertThat(h.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(h.mention().span().start()).isGreaterThanOrEqualTo(h.span().start());
        assertThat(h.mention().span().end()).isLessThanOrEqualTo(h.span().end());
        last = h.span().end();
      }
      assertThat(CUES.find(text, 0, text.length(), registry)).isEqualTo(hits);
      Article a = Ascribe.analyze(text);
      for (Attribution at : a.attributions()) {
        if (at.rule().equals("prose-cjk")) {
          Claim c = a.claims().get(at.claims().get(0));
          assertThat(at.span().start()).isGreaterThanOrEqualTo(c.span().start());
          assertThat(at.span().end()).isLessThanOrEqualTo(c.span().end());
        }
      }
      assertThat(Ascribe.analyze(text)).isEqualTo(a);
    });
  }
}
