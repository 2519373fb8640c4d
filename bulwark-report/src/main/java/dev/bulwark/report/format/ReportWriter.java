package dev.bulwark.report.format;

import dev.bulwark.report.ScanReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a {@link ScanReport} in one format. Get one from {@link Formats}. */
public interface ReportWriter {

  /** The format's name, as in {@code --format NAME}. */
  String name();

  /** The usual file extension of the format, without the dot. */
  String extension();

  /** Writes {@code report} to {@code out}, which is flushed but not closed. */
  void write(ScanReport report, Writer out) throws IOException;

  /** Writes {@code report} to {@code out} in UTF-8; {@code out} is flushed but not closed. */
  default void write(ScanReport report, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(report, writer);
    writer.flush();
  }
}
