package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the modules pass on to their users. {@code io.github.ascribe.core} reads ICU4J with a plain
 * {@code requires}, not {@code requires transitive}: no type of ICU4J appears in the signature of any
 * public or protected member of a type that core or citations exports, so their users never need to
 * read ICU4J themselves. Checked on the compiled classes, with the exported packages taken from each
 * module's own {@code module-info.class}.
 */
class ModuleApiTest {

  @Test
  void noExportedSignatureNamesAnIcuType() throws Exception {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Class<?> anchor : List.of(Article.class, Ascribe.class)) {
      for (Class<?> type : exportedTypes(anchor)) {
        checked++;
        signatureTypes(type).stream().filter(n -> n.startsWith("com.ibm.icu."))
            .forEach(n -> leaks.add(type.getName() + " exposes " + n));
      }
    }
    assertThat(checked).as("exported public types found").isGreaterThan(30);
    assertThat(leaks).isEmpty();
  }

  @Test
  void coreReadsIcuWithoutPassingItOn() throws Exception {
    ModuleDescriptor core = descriptor(Article.class);
    assertThat(core.requires()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("com.ibm.icu");
      assertThat(r.modifiers()).doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    });
  }

  @Test
  void theCheckSeesAnIcuTypeWhereOneIs() {
    // the check itself can fail: a signature that names ICU4J is found
    assertThat(signatureTypes(LeakyExample.class)).contains("com.ibm.icu.util.ULocale");
  }

  /** A type whose API names ICU4J, for the check above. */
  public abstract static class LeakyExample {
    public abstract List<? extends com.ibm.icu.util.ULocale> locales();
  }

  /** The public types of the packages a module exports to everyone. */
  private static List<Class<?>> exportedTypes(Class<?> anchor) throws Exception {
    ModuleDescriptor module = descriptor(anchor);
    List<Class<?>> types = new ArrayList<>();
    try (Root root = root(anchor)) {
      for (ModuleDescriptor.Exports e : module.exports()) {
        if (e.isQualified()) {
          continue;
        }
        Path dir = root.path().resolve(e.source().replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
            String simple = f.getFileName().toString().replace(".class", "");
            if (!simple.equals("package-info")) {
              Class<?> c = Class.forName(e.source() + "." + simple, false, anchor.getClassLoader());
              if (isApi(c)) {
                types.add(c);
              }
            }
          }
        }
      }
    }
    return types;
  }

  private static boolean isApi(Class<?> c) {
    for (Class<?> t = c; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The names of every type named by the visible signatures of a type. */
  static Set<String> signatureTypes(Class<?> c) {
    Set<Type> types = new HashSet<>();
    types.add(c.getGenericSuperclass());
    types.addAll(List.of(c.getGenericInterfaces()));
    for (Field f : c.getDeclaredFields()) {
      if (visible(f.getModifiers())) {
        types.add(f.getGenericType());
      }
    }
    List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredMethods()));
    executables.addAll(List.<Constructor<?>>of(c.getDeclaredConstructors()));
    for (Executable x : executables) {
      if (visible(x.getModifiers()) && !x.isSynthetic()) {
        types.addAll(List.of(x.getGenericParameterTypes()));
        types.addAll(List.of(x.getGenericExceptionTypes()));
        if (x instanceof Method m) {
          types.add(m.getGenericReturnType());
        }
      }
    }
    Set<String> names = new TreeSet<>();
    Set<Type> seen = new HashSet<>();
    types.forEach(t -> collect(t, names, seen));
    return names;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void collect(Type t, Set<String> names, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> k) {
      names.add(k.isArray() ? k.getComponentType().getName() : k.getName());
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), names, seen);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, names, seen);
      }
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), names, seen);
    } else if (t instanceof WildcardType w) {
      List.of(w.getUpperBounds()).forEach(b -> collect(b, names, seen));
      List.of(w.getLowerBounds()).forEach(b -> collect(b, names, seen));
    } else if (t instanceof TypeVariable<?> v) {
      List.of(v.getBounds()).forEach(b -> collect(b, names, seen));
    }
  }

  private static ModuleDescriptor descriptor(Class<?> anchor) throws Exception {
    try (Root root = root(anchor); InputStream in = Files.newInputStream(root.path().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The classes directory or jar a class was loaded from. */
  private record Root(Path path, FileSystem fs) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (fs != null) {
        fs.close();
      }
    }
  }

  private static Root root(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return new Root(location, null);
    }
    FileSystem fs = FileSystems.newFileSystem(location);
    return new Root(fs.getPath("/"), fs);
  }
}
