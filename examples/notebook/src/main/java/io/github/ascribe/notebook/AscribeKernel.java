package io.github.ascribe.notebook;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

/**
 * The Jupyter kernel: JJava's messaging ({@link BaseKernel}) around a {@link CellEvaluator}. A cell's
 * {@code System.out} and {@code System.err} become stream outputs, its last value an
 * {@code execute_result} rendered by {@link Displays}, and a failure an error output with the cell's own
 * message ({@link CellException}).
 */
public final class AscribeKernel extends BaseKernel {

  private static final String VERSION = versionOf();

  private final CellEvaluator evaluator;
  private final KernelIO kernelIO;

  /** Gives the kernel the stream wiring that {@link JupyterIO} keeps to its package. */
  private static final class KernelIO extends JupyterIO {
    KernelIO() {
      super(StandardCharsets.UTF_8);
    }

    void attach(ShellReplyEnvironment env, boolean stdin) {
      setEnv(env);
      setJupyterInEnabled(stdin);
    }

    void detach(ShellReplyEnvironment env) {
      retractEnv(env);
    }
  }

  private AscribeKernel(KernelIO io, CellEvaluator evaluator) {
    super("ascribe", VERSION,
        new LanguageInfo.Builder("java").version(Runtime.version().feature() + "")
            .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java").codemirror("text/x-java")
            .build(),
        List.of(), null, io, new CommManager(), new Renderer(), null, null, false, new StringStyler.Builder().build());
    this.kernelIO = io;
    this.evaluator = evaluator;
  }

  /**
   * A kernel whose cells compile against the given class path.
   *
   * @param classPath the kernel's class path (the shaded jar)
   * @return the kernel, not yet connected
   */
  public static AscribeKernel create(String classPath) {
    return new AscribeKernel(new KernelIO(), new CellEvaluator(classPath));
  }

  /** @return the running kernel, or null outside a notebook */
  static AscribeKernel current() {
    return notebookKernel instanceof AscribeKernel kernel ? kernel : null;
  }

  @Override
  public String getBanner() {
    return "Java " + Runtime.version() + " with Ascribe " + VERSION + " (jdk.jshell, in-process)";
  }

  @Override
  public Object evalRaw(String source) {
    CellEvaluator.Outcome outcome = evaluator.eval(source);
    return outcome.hasValue() ? outcome.value() : null;
  }

  @Override
  public DisplayData eval(String source) {
    CellEvaluator.Outcome outcome = evaluator.eval(source);
    return outcome.hasValue() ? displayData(outcome.value(), outcome.text()) : null;
  }

  /**
   * The display data of a value: its displayer's bundle, or the given text.
   *
   * @param value any value
   * @param text the text when no displayer takes the value
   * @return display data for Jupyter
   */
  static DisplayData displayData(Object value, String text) {
    DisplayData data = new DisplayData();
    Displays.render(value).ifPresentOrElse(
        bundle -> bundle.data().forEach(data::putData),
        () -> data.putText(text));
    return data;
  }

  @Override
  protected void replaceOutputStreams(ShellReplyEnvironment env) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    CellOutput output = new CellOutput(io.out, io.err);
    System.setOut(output.out());
    System.setErr(output.err());
    System.setIn(io.in);
    env.defer(() -> {
      output.close();
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    });
  }

  @Override
  protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    commManager.setMessageContext(message);
    ExecuteRequest request = message.getContent();
    int count = executionCount.getAndIncrement();
    env.setBusyDeferIdle();
    env.publish(new PublishExecuteInput(request.getCode(), count));
    replaceOutputStreams(env);
    kernelIO.attach(env, request.isStdinEnabled());
    env.defer(() -> kernelIO.detach(env));
    try {
      DisplayData out = eval(request.getCode());
      flush();
      if (out != null) {
        env.publish(new PublishExecuteResult(count, out));
      }
      env.defer().reply(new ExecuteReply(count, Map.of()));
    } catch (CellException e) {
      flush();
      replyError(env, count, e.name(), e.getMessage(), e.traceback());
    } catch (RuntimeException | Error e) {
      // the kernel's own failure, not the cell's: its whole stack, to report
      flush();
      replyError(env, count, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), formatError(e));
    }
  }

  private static void flush() {
    System.out.flush();
    System.err.flush();
  }

  private static void replyError(ShellReplyEnvironment env, int count, String name, String message,
      List<String> traceback) {
    env.publish(new PublishError(name, message, traceback));
    ErrorReply reply = new ErrorReply(name, message, traceback);
    reply.setExecutionCount(count);
    env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
  }

  @Override
  public List<String> formatError(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString().lines().toList();
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    String text = evaluator.inspect(code, at, extraDetail);
    return text.isEmpty() ? null : new DisplayData(text);
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    CellEvaluator.Completion completion = evaluator.complete(code, at);
    return new ReplacementOptions(completion.options(), completion.start(), completion.end());
  }

  @Override
  public String isComplete(String code) {
    String answer = evaluator.isComplete(code);
    return switch (answer) {
      case "complete" -> IS_COMPLETE_YES;
      case "invalid" -> IS_COMPLETE_BAD;
      default -> answer;
    };
  }

  @Override
  public void interrupt() {
    evaluator.stop();
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    super.onShutdown(isRestarting);
    evaluator.close();
  }

  private static String versionOf() {
    String version = AscribeKernel.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
