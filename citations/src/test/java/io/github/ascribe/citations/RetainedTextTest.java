package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Nothing the library keeps between calls (the bundled registry's caches of answers, the analyser's
 * configuration) holds on to an analysed text: once the caller drops the text and the result, the
 * garbage collector can take the text. Each text is made fresh and unique here, so that no constant
 * or earlier test holds it; the collector is asked until it clears the weak reference, for at most
 * 20 seconds.
 */
class RetainedTextTest {

  private static final long PATIENCE_NANOS = 20_000_000_000L;

  @Test
  void aLargeArticleIsNotKeptAfterTheCall() {
    StringBuilder sb = new StringBuilder();
    String tag = UUID.randomUUID().toString();
    while (sb.length() < 200_000) {
      sb.append("Prices rose ").append(tag.charAt(sb.length() % tag.length()))
          .append(" percent, according to Reuters. \"We are ready,\" the minister said.\nAP News, Le Monde\n\n");
    }
    assertThat(collectedAfter(sb::toString, Ascribe::analyze)).isTrue();
  }

  @Test
  void aTextThatIsOneSourceNameIsNotKept() {
    // a whole text that is a registry name is asked about as it is (substring(0, length) is the string
    // itself): a cache keyed by that string would keep the caller's text
    for (String name : List.of("Reuters", "AP News", "The Guardian", "reuters.com", "https://apnews.com/article/x")) {
      assertThat(collectedAfter(() -> new StringBuilder(name).toString(), Ascribe::analyze)).as(name).isTrue();
      assertThat(collectedAfter(() -> new StringBuilder(name).toString(), Notation::parse)).as(name).isTrue();
    }
  }

  @Test
  void theCheckSeesATextThatIsKept() {
    // the check itself can fail: a text still referenced is never collected
    List<Object> keeper = new ArrayList<>();
    assertThat(collectedAfter(() -> new StringBuilder("Reuters").toString(), keeper::add, 2_000_000_000L)).isFalse();
    assertThat(keeper).hasSize(1);
  }

  private static boolean collectedAfter(Supplier<String> make, Function<String, ?> call) {
    return collectedAfter(make, call, PATIENCE_NANOS);
  }

  /**
   * Makes a text, runs the call on it, drops every reference the test holds, and waits for the
   * collector to take it. The text is made here, so that no caller's frame holds it.
   */
  private static boolean collectedAfter(Supplier<String> make, Function<String, ?> call, long patienceNanos) {
    String text = make.get();
    WeakReference<String> ref = new WeakReference<>(text);
    Object result = call.apply(text);
    assertThat(result).isNotNull();
    if (result instanceof Article a) {
      assertThat(a.text()).isSameAs(text);
    }
    text = null;
    result = null;
    long deadline = System.nanoTime() + patienceNanos;
    while (ref.get() != null && System.nanoTime() < deadline) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return ref.get() == null;
  }
}
