package io.github.ascribe.core.registry;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import java.util.List;
import java.util.TreeSet;

/** UTS #39 skeletons and explanations for look-alike names. Package-private helper of the registry. */
final class Confusables {

  /** Marks a skeleton that two different sources share (so no look-alike can be named). */
  static final Source SHARED = new Source("x-shared-skeleton", "shared skeleton", SourceKind.UNKNOWN, "", "",
      List.of(), List.of());

  private static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();

  private Confusables() {}

  static String skeleton(String key) {
    return CHECKER.getSkeleton(key);
  }

  /** Only keys with a non-ASCII letter can imitate an ASCII name; ASCII-only keys are not checked. */
  static boolean worthChecking(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) > 0x7F) {
        return true;
      }
    }
    return false;
  }

  static String reason(String key) {
    TreeSet<String> scripts = new TreeSet<>();
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      int script = UScript.getScript(cp);
      if (Character.isLetter(cp) && script != UScript.COMMON && script != UScript.INHERITED) {
        scripts.add(UScript.getName(script));
      }
      i += Character.charCount(cp);
    }
    if (scripts.size() > 1) {
      return "mixes " + String.join(" and ", scripts) + " letters";
    }
    return "uses letters that only look like the real name's";
  }
}
