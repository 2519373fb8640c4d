package dev.bulwark.sandbox;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to run and how.
 *
 * @param script the Python script (copied into the sandbox read-only)
 * @param args the script's arguments
 * @param python the interpreter, or null for {@code python3} on PATH
 * @param env the guest's whole environment (it gets nothing else)
 * @param inputs files copied into the work directory under their own names
 * @param outputDir where regular files left in the work directory go, or null to discard them
 * @param limits the resource limits
 * @param trace whether to record the guest's self-reported behaviour log (PEP 578 audit hooks)
 * @param allowWeaker whether to run without bubblewrap (rlimits and an empty environment only) when it
 *     or user namespaces are missing, instead of refusing
 * @param streamOut where to copy the guest's stdout as it comes (within the output cap), or null
 * @param streamErr where to copy the guest's stderr as it comes, or null
 */
public record SandboxRequest(Path script, List<String> args, Path python, Map<String, String> env, List<Path> inputs,
    Path outputDir, Limits limits, boolean trace, boolean allowWeaker, OutputStream streamOut,
    OutputStream streamErr) {

  public SandboxRequest {
    args = List.copyOf(args);
    env = Map.copyOf(new LinkedHashMap<>(env));
    inputs = List.copyOf(inputs);
  }

  /** A request to run a script without arguments, inputs or outputs, under the default limits. */
  public static SandboxRequest of(Path script) {
    return new SandboxRequest(script, List.of(), null, Map.of(), List.of(), null, Limits.defaults(), false, false,
        null, null);
  }

  public SandboxRequest withArgs(List<String> value) {
    return new SandboxRequest(script, value, python, env, inputs, outputDir, limits, trace, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withPython(Path value) {
    return new SandboxRequest(script, args, value, env, inputs, outputDir, limits, trace, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withEnv(Map<String, String> value) {
    return new SandboxRequest(script, args, python, value, inputs, outputDir, limits, trace, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withInputs(List<Path> value) {
    return new SandboxRequest(script, args, python, env, value, outputDir, limits, trace, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withOutputDir(Path value) {
    return new SandboxRequest(script, args, python, env, inputs, value, limits, trace, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withLimits(Limits value) {
    return new SandboxRequest(script, args, python, env, inputs, outputDir, value, trace, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withTrace(boolean value) {
    return new SandboxRequest(script, args, python, env, inputs, outputDir, limits, value, allowWeaker, streamOut,
        streamErr);
  }

  public SandboxRequest withAllowWeaker(boolean value) {
    return new SandboxRequest(script, args, python, env, inputs, outputDir, limits, trace, value, streamOut,
        streamErr);
  }

  public SandboxRequest withStreams(OutputStream out, OutputStream err) {
    return new SandboxRequest(script, args, python, env, inputs, outputDir, limits, trace, allowWeaker, out, err);
  }
}
