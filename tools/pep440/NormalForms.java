import dev.bulwark.deps.version.Version;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Helper of crosscheck_db.py (run with java -cp bulwark-deps/target/classes NormalForms.java):
 * reads version strings, one a line, and prints each one's normal form (or INVALID), then a line
 * "--sorted--", then the valid versions' normal forms in ascending order (a stable sort).
 */
public class NormalForms {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<Version> valid = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    for (String line; (line = in.readLine()) != null; ) {
      Optional<Version> version = Version.tryParse(line);
      out.append(version.map(Version::toString).orElse("INVALID")).append('\n');
      version.ifPresent(valid::add);
    }
    Collections.sort(valid);
    out.append("--sorted--\n");
    for (Version v : valid) {
      out.append(v).append('\n');
    }
    System.out.print(out);
  }
}
