package dev.bulwark.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.sandbox.internal.SeccompFilter.Arch;
import dev.bulwark.sandbox.internal.SeccompFilter.Insn;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeccompFilterTest {

  /** A classic-BPF interpreter for the few instructions the filter uses, over a seccomp_data. */
  private static long evaluate(List<Insn> program, long arch, int nr, long arg0, long arg1) {
    long acc = 0;
    int pc = 0;
    while (true) {
      Insn insn = program.get(pc);
      switch (insn.code()) {
        case 0x20 -> acc = switch ((int) insn.k()) {
          case 0 -> nr & 0xFFFFFFFFL;
          case 4 -> arch;
          case 16 -> arg0 & 0xFFFFFFFFL;
          case 24 -> arg1 & 0xFFFFFFFFL;
          default -> throw new AssertionError("load of offset " + insn.k());
        };
        case 0x54 -> acc &= insn.k();
        case 0x15 -> pc += acc == insn.k() ? insn.jt() : insn.jf();
        case 0x35 -> pc += acc >= insn.k() ? insn.jt() : insn.jf();
        case 0x45 -> pc += (acc & insn.k()) != 0 ? insn.jt() : insn.jf();
        case 0x06 -> {
          return insn.k();
        }
        default -> throw new AssertionError("opcode " + insn.code());
      }
      pc++;
    }
  }

  private static final long X86 = 0xC000003EL;

  @Test
  void deniesNamespaceAndDebuggingCallsOnX8664() {
    List<Insn> p = SeccompFilter.program(Arch.X86_64);
    assertThat(evaluate(p, X86, 101, 0, 0)).as("ptrace").isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, X86, 272, 0, 0)).as("unshare").isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, X86, 165, 0, 0)).as("mount").isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, X86, 435, 0, 0)).as("clone3").isEqualTo(SeccompFilter.RET_ERRNO | 38);
    assertThat(evaluate(p, X86, 0, 0, 0)).as("read").isEqualTo(SeccompFilter.RET_ALLOW);
    assertThat(evaluate(p, X86, 59, 0, 0)).as("execve").isEqualTo(SeccompFilter.RET_ALLOW);
  }

  @Test
  void inspectsCloneFlagsSocketFamiliesAndIoctls() {
    List<Insn> p = SeccompFilter.program(Arch.X86_64);
    long threadFlags = 0x003D0F00L; // what glibc passes for a thread
    assertThat(evaluate(p, X86, 56, threadFlags, 0)).isEqualTo(SeccompFilter.RET_ALLOW);
    assertThat(evaluate(p, X86, 56, 0x10000000L | 17, 0)).as("clone(CLONE_NEWUSER)")
        .isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, X86, 41, 2, 1)).as("tcp").isEqualTo(SeccompFilter.RET_ALLOW);
    assertThat(evaluate(p, X86, 41, 1, 1 | 0x80000)).as("unix, cloexec").isEqualTo(SeccompFilter.RET_ALLOW);
    assertThat(evaluate(p, X86, 41, 40, 1)).as("vsock").isEqualTo(SeccompFilter.RET_ERRNO | 97);
    assertThat(evaluate(p, X86, 41, 16, 3)).as("netlink").isEqualTo(SeccompFilter.RET_ERRNO | 97);
    assertThat(evaluate(p, X86, 41, 2, 3)).as("raw inet").isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, X86, 16, 0, 0x5412)).as("TIOCSTI").isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, X86, 16, 0, 0x5401)).as("TCGETS").isEqualTo(SeccompFilter.RET_ALLOW);
  }

  @Test
  void killsForeignArchitecturesAndTheX32Abi() {
    List<Insn> p = SeccompFilter.program(Arch.X86_64);
    assertThat(evaluate(p, 0x40000003L, 0, 0, 0)).as("i386").isEqualTo(SeccompFilter.RET_KILL_PROCESS);
    assertThat(evaluate(p, X86, 0x40000000 | 101, 0, 0)).as("x32").isEqualTo(SeccompFilter.RET_KILL_PROCESS);
  }

  @Test
  void aarch64UsesItsOwnNumbers() {
    List<Insn> p = SeccompFilter.program(Arch.AARCH64);
    long aarch64 = 0xC00000B7L;
    assertThat(evaluate(p, aarch64, 117, 0, 0)).as("ptrace").isEqualTo(SeccompFilter.RET_ERRNO | 1);
    assertThat(evaluate(p, aarch64, 101, 0, 0)).as("nanosleep").isEqualTo(SeccompFilter.RET_ALLOW);
    assertThat(evaluate(p, X86, 117, 0, 0)).as("x86_64 call").isEqualTo(SeccompFilter.RET_KILL_PROCESS);
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void compilesToLittleEndianSockFilters(Arch arch) {
    List<Insn> p = SeccompFilter.program(arch);
    byte[] bytes = SeccompFilter.compile(arch);
    assertThat(bytes).hasSize(p.size() * 8);
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < p.size(); i++) {
      Insn insn = p.get(i);
      assertThat(buf.getShort() & 0xFFFF).isEqualTo(insn.code());
      assertThat(buf.get() & 0xFF).isEqualTo(insn.jt());
      assertThat(buf.get() & 0xFF).isEqualTo(insn.jf());
      assertThat(buf.getInt() & 0xFFFFFFFFL).isEqualTo(insn.k());
      if (insn.code() != 0x06) { // every path ends in a return within the program
        assertThat(i + 1 + Math.max(insn.jt(), insn.jf())).as("jump target of %d", i).isLessThan(p.size());
      }
    }
  }
}
