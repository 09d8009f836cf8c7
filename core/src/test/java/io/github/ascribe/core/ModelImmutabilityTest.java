package io.github.ascribe.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model is immutable by construction: every instance field of {@link Article}, {@link Claim} and
 * {@link Attribution} is final, and no class in the core's internal package offers a public static
 * hook through which other code could change how the model is built.
 */
class ModelImmutabilityTest {

  @Test
  void everyInstanceFieldOfTheModelIsFinal() {
    for (Class<?> type : List.of(Article.class, Claim.class, Attribution.class)) {
      for (Field f : type.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          assertThat(Modifier.isFinal(f.getModifiers())).as("%s.%s", type.getSimpleName(), f.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void theInternalPackageHasNoRegisterHook() throws Exception {
    for (String name : List.of("AsciiChars", "FuzzyMatcher", "NameIndex", "RegistryReader")) {
      Class<?> type = Class.forName("io.github.ascribe.core.internal." + name);
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())) {
          assertThat(Modifier.isFinal(f.getModifiers())).as("%s.%s", name, f.getName()).isTrue();
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        assertThat(m.getName()).as("%s.%s", name, m.getName()).isNotEqualTo("register");
      }
    }
  }
}
