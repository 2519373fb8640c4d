package dev.bulwark.deps.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a dependency audit report in one format. */
public interface DepsReportWriter {

  void write(DepsReport report, Writer out) throws IOException;
}
