package io.github.ascribe.notebook;

import java.lang.reflect.Field;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine, keeping what JShell itself only turns into strings: the object a
 * variable holds, for rich display.
 */
final class CapturingExecutionControl extends LocalExecutionControl {

  private Object lastValue;
  private boolean hasValue;

  /** The provider that {@code JShell.builder().executionEngine(...)} takes. */
  static final class Provider implements ExecutionControlProvider {
    private CapturingExecutionControl control;

    @Override
    public String name() {
      return "ascribe-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      control = new CapturingExecutionControl();
      return control;
    }

    CapturingExecutionControl control() {
      return control;
    }
  }

  @Override
  public String varValue(String className, String varName)
      throws RunException, EngineTerminationException, InternalException {
    hasValue = false;
    lastValue = null;
    try {
      Field field = findClass(className).getDeclaredField(varName);
      field.setAccessible(true);
      lastValue = field.get(null);
      hasValue = true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // no object: the caller falls back to the string
    }
    return super.varValue(className, varName);
  }

  /** Forgets the last value; called before each snippet. */
  void reset() {
    hasValue = false;
    lastValue = null;
  }

  boolean hasValue() {
    return hasValue;
  }

  Object lastValue() {
    return lastValue;
  }
}
