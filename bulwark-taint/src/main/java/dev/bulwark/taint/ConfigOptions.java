package dev.bulwark.taint;

import java.util.Map;
import java.util.Set;

/**
 * The taint of each option of a local {@code configparser} object: {@code conf.set(section, option,
 * value)} and {@code conf[section][option] = value} store it, {@code conf.get(section, option)} and
 * {@code conf[section][option]} read it back, so that an option set from attacker data is tainted and
 * its clean neighbours are not. The object's own taint (any of its options may hold attacker data) is
 * kept beside, for the reads that are not of one known option.
 *
 * <p>The facts live in the analysis state: {@code conf[#option SECTION OPTION]} for an option that holds
 * attacker data, and {@code conf[#option?]} once data went in where the option is not known (a computed
 * option name, {@code read_string}, {@code read_dict}, a whole section stored): from then on every
 * option reads as the whole object.
 */
final class ConfigOptions {
  private ConfigOptions() {}

  /** The parser classes whose instances are followed, by qualified name. */
  static final Set<String> TYPES = Set.of("configparser.ConfigParser", "configparser.RawConfigParser",
      "configparser.SafeConfigParser");
  /** The readers that convert the option to a number or a boolean: never attacker text. */
  static final Set<String> CONVERTING = Set.of(".getint", ".getfloat", ".getboolean");
  /** The methods that load options from their argument. */
  static final Set<String> LOADERS = Set.of(".read_string", ".read_dict", ".read_file", ".readfp", ".read");

  private static String key(String parser, String section, String option) {
    return parser + "[#option " + section + "\u0000" + option + "]";
  }

  private static String blurred(String parser) {
    return parser + "[#option?]";
  }

  /** Stores {@code value} (null: clean) as option {@code option} of {@code section}; null names: not known. */
  static void set(String parser, String section, String option, Taint value, Map<String, Taint> st) {
    if (value != null) {
      st.put(parser, Taint.merge(st.get(parser), value));
    }
    if (section == null || option == null) {
      if (value != null) {
        st.put(blurred(parser), value);
      }
    } else if (value == null) {
      st.remove(key(parser, section, option));
    } else {
      st.put(key(parser, section, option), value);
    }
  }

  /** Data went into the parser where no option is known: every option may now hold it. */
  static void blur(String parser, Taint value, Map<String, Taint> st) {
    set(parser, null, null, value, st);
  }

  /** The taint of option {@code option} of {@code section}; the whole object's when the names are not known. */
  static Taint get(String parser, String section, String option, Map<String, Taint> st) {
    if (section == null || option == null || st.containsKey(blurred(parser))) {
      return st.get(parser);
    }
    return st.get(key(parser, section, option));
  }
}
