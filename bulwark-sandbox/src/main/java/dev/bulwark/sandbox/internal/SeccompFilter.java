package dev.bulwark.sandbox.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guest's seccomp deny list, compiled to classic BPF ({@code struct sock_filter}, little-endian:
 * u16 code, u8 jt, u8 jf, u32 k) for bubblewrap's {@code --seccomp FD}.
 *
 * <p>A system call of another architecture (the i386 or x32 ABI on x86_64) kills the process: the
 * numbers below would mean other calls there. The denied calls answer EPERM, so well-behaved Python
 * code sees an ordinary {@code PermissionError}; {@code clone3} answers ENOSYS so that libc falls back
 * to {@code clone}, whose namespace flags can be inspected (clone3 passes them in memory, out of a
 * filter's reach). Each test jumps at most a few instructions, so no offset overflows its byte.
 */
public final class SeccompFilter {

  /** The architectures a filter can be built for. */
  public enum Arch {
    X86_64(0xC000003EL), AARCH64(0xC00000B7L);

    final long auditArch;

    Arch(long auditArch) {
      this.auditArch = auditArch;
    }

    /** The architecture of this JVM, or null when the filter has no table for it. */
    public static Arch host() {
      String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
      if (arch.equals("amd64") || arch.equals("x86_64")) {
        return X86_64;
      }
      if (arch.equals("aarch64") || arch.equals("arm64")) {
        return AARCH64;
      }
      return null;
    }
  }

  static final int EPERM = 1;
  static final int ENOSYS = 38;
  static final int EAFNOSUPPORT = 97;

  static final long RET_KILL_PROCESS = 0x80000000L;
  static final long RET_ALLOW = 0x7FFF0000L;
  static final long RET_ERRNO = 0x00050000L;

  private static final int LD_W_ABS = 0x20;
  private static final int JEQ_K = 0x15;
  private static final int JGE_K = 0x35;
  private static final int JSET_K = 0x45;
  private static final int AND_K = 0x54;
  private static final int RET_K = 0x06;

  private static final int OFFSET_NR = 0;
  private static final int OFFSET_ARCH = 4;
  private static final int OFFSET_ARG0 = 16;
  private static final int OFFSET_ARG1 = 24;

  /** CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET and NEWTIME. */
  static final long CLONE_NAMESPACE_FLAGS = 0x00020000L | 0x02000000L | 0x04000000L | 0x08000000L | 0x10000000L
      | 0x20000000L | 0x40000000L | 0x00000080L;
  static final int AF_UNIX = 1;
  static final int AF_INET = 2;
  static final int AF_INET6 = 10;
  static final int SOCK_RAW = 3;
  static final int SOCK_PACKET = 10;
  static final long TIOCSTI = 0x5412;
  static final long TIOCLINUX = 0x541C;

  /** Calls refused outright: debugging other processes, mounts, namespaces, kernel keyrings, BPF, ... */
  static final List<String> DENIED = List.of("ptrace", "process_vm_readv", "process_vm_writev", "kcmp",
      "pidfd_getfd", "mount", "umount2", "pivot_root", "chroot", "open_tree", "move_mount", "fsopen", "fsconfig",
      "fsmount", "fspick", "mount_setattr", "unshare", "setns", "keyctl", "add_key", "request_key", "bpf",
      "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register", "kexec_load",
      "init_module", "finit_module", "delete_module", "acct", "swapon", "swapoff", "reboot", "quotactl", "syslog",
      "name_to_handle_at", "open_by_handle_at", "fanotify_init", "lookup_dcookie");

  /** Calls added since Linux 5.1 have one number on every architecture. */
  private static final Map<String, Integer> UNIFIED_CALLS = Map.ofEntries(
      Map.entry("io_uring_setup", 425), Map.entry("io_uring_enter", 426), Map.entry("io_uring_register", 427),
      Map.entry("open_tree", 428), Map.entry("move_mount", 429), Map.entry("fsopen", 430),
      Map.entry("fsconfig", 431), Map.entry("fsmount", 432), Map.entry("fspick", 433), Map.entry("clone3", 435),
      Map.entry("pidfd_getfd", 438), Map.entry("mount_setattr", 442));

  private static final Map<String, Integer> X86_64_CALLS = withUnified(
      Map.entry("ioctl", 16), Map.entry("socket", 41), Map.entry("clone", 56), Map.entry("ptrace", 101),
      Map.entry("syslog", 103), Map.entry("pivot_root", 155), Map.entry("chroot", 161), Map.entry("acct", 163),
      Map.entry("mount", 165), Map.entry("umount2", 166), Map.entry("swapon", 167), Map.entry("swapoff", 168),
      Map.entry("reboot", 169), Map.entry("init_module", 175), Map.entry("delete_module", 176),
      Map.entry("quotactl", 179), Map.entry("lookup_dcookie", 212), Map.entry("kexec_load", 246),
      Map.entry("add_key", 248), Map.entry("request_key", 249), Map.entry("keyctl", 250),
      Map.entry("unshare", 272), Map.entry("perf_event_open", 298), Map.entry("fanotify_init", 300),
      Map.entry("name_to_handle_at", 303), Map.entry("open_by_handle_at", 304), Map.entry("setns", 308),
      Map.entry("process_vm_readv", 310), Map.entry("process_vm_writev", 311), Map.entry("kcmp", 312),
      Map.entry("finit_module", 313), Map.entry("bpf", 321), Map.entry("userfaultfd", 323));

  private static final Map<String, Integer> AARCH64_CALLS = withUnified(
      Map.entry("ioctl", 29), Map.entry("socket", 198), Map.entry("clone", 220), Map.entry("ptrace", 117),
      Map.entry("syslog", 116), Map.entry("pivot_root", 41), Map.entry("chroot", 51), Map.entry("acct", 89),
      Map.entry("mount", 40), Map.entry("umount2", 39), Map.entry("swapon", 224), Map.entry("swapoff", 225),
      Map.entry("reboot", 142), Map.entry("init_module", 105), Map.entry("delete_module", 106),
      Map.entry("quotactl", 60), Map.entry("lookup_dcookie", 18), Map.entry("kexec_load", 104),
      Map.entry("add_key", 217), Map.entry("request_key", 218), Map.entry("keyctl", 219),
      Map.entry("unshare", 97), Map.entry("perf_event_open", 241), Map.entry("fanotify_init", 262),
      Map.entry("name_to_handle_at", 264), Map.entry("open_by_handle_at", 265), Map.entry("setns", 268),
      Map.entry("process_vm_readv", 270), Map.entry("process_vm_writev", 271), Map.entry("kcmp", 272),
      Map.entry("finit_module", 273), Map.entry("bpf", 280), Map.entry("userfaultfd", 282));

  /** An architecture's own call numbers together with the unified ones. */
  @SafeVarargs
  private static Map<String, Integer> withUnified(Map.Entry<String, Integer>... own) {
    Map<String, Integer> all = new HashMap<>(UNIFIED_CALLS);
    for (Map.Entry<String, Integer> e : own) {
      all.put(e.getKey(), e.getValue());
    }
    return Map.copyOf(all);
  }

  /** One BPF instruction. */
  record Insn(int code, int jt, int jf, long k) {}

  private SeccompFilter() {}

  /** The filter's instructions for an architecture. */
  static List<Insn> program(Arch arch) {
    Map<String, Integer> nr = arch == Arch.X86_64 ? X86_64_CALLS : AARCH64_CALLS;
    List<Insn> p = new ArrayList<>();
    p.add(new Insn(LD_W_ABS, 0, 0, OFFSET_ARCH));
    p.add(new Insn(JEQ_K, 1, 0, arch.auditArch));
    p.add(new Insn(RET_K, 0, 0, RET_KILL_PROCESS));
    p.add(new Insn(LD_W_ABS, 0, 0, OFFSET_NR));
    if (arch == Arch.X86_64) { // the x32 ABI sets bit 30 of the number
      p.add(new Insn(JGE_K, 0, 1, 0x40000000L));
      p.add(new Insn(RET_K, 0, 0, RET_KILL_PROCESS));
    }
    for (String call : DENIED) {
      p.add(new Insn(JEQ_K, 0, 1, nr.get(call)));
      p.add(new Insn(RET_K, 0, 0, RET_ERRNO | EPERM));
    }
    p.add(new Insn(JEQ_K, 0, 1, nr.get("clone3")));
    p.add(new Insn(RET_K, 0, 0, RET_ERRNO | ENOSYS));
    // clone: refuse any namespace flag in the first argument
    p.add(new Insn(JEQ_K, 0, 4, nr.get("clone")));
    p.add(new Insn(LD_W_ABS, 0, 0, OFFSET_ARG0));
    p.add(new Insn(JSET_K, 0, 1, CLONE_NAMESPACE_FLAGS));
    p.add(new Insn(RET_K, 0, 0, RET_ERRNO | EPERM));
    p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
    // socket: only unix, inet and inet6, and never raw or packet sockets
    p.add(new Insn(JEQ_K, 0, 11, nr.get("socket")));
    p.add(new Insn(LD_W_ABS, 0, 0, OFFSET_ARG0));
    p.add(new Insn(JEQ_K, 3, 0, AF_UNIX));
    p.add(new Insn(JEQ_K, 2, 0, AF_INET));
    p.add(new Insn(JEQ_K, 1, 0, AF_INET6));
    p.add(new Insn(RET_K, 0, 0, RET_ERRNO | EAFNOSUPPORT));
    p.add(new Insn(LD_W_ABS, 0, 0, OFFSET_ARG1));
    p.add(new Insn(AND_K, 0, 0, 0xF)); // the type without SOCK_NONBLOCK / SOCK_CLOEXEC
    p.add(new Insn(JEQ_K, 1, 0, SOCK_RAW));
    p.add(new Insn(JEQ_K, 0, 1, SOCK_PACKET));
    p.add(new Insn(RET_K, 0, 0, RET_ERRNO | EPERM));
    p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
    // ioctl: no pushing characters into a terminal's input
    p.add(new Insn(JEQ_K, 0, 5, nr.get("ioctl")));
    p.add(new Insn(LD_W_ABS, 0, 0, OFFSET_ARG1));
    p.add(new Insn(JEQ_K, 1, 0, TIOCSTI));
    p.add(new Insn(JEQ_K, 0, 1, TIOCLINUX));
    p.add(new Insn(RET_K, 0, 0, RET_ERRNO | EPERM));
    p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
    p.add(new Insn(RET_K, 0, 0, RET_ALLOW));
    return p;
  }

  /** The filter as the bytes of a {@code struct sock_filter} array. */
  public static byte[] compile(Arch arch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Insn insn : program(arch)) {
      out.write(insn.code() & 0xFF);
      out.write((insn.code() >>> 8) & 0xFF);
      out.write(insn.jt());
      out.write(insn.jf());
      for (int shift = 0; shift < 32; shift += 8) {
        out.write((int) (insn.k() >>> shift) & 0xFF);
      }
    }
    return out.toByteArray();
  }

  /** The calls refused outright, for the report. */
  public static List<String> deniedCalls() {
    return DENIED;
  }
}
