package dev.bulwark.rules;

import java.util.List;

/**
 * The long explanation of a rule, in the fixed sections every rule has.
 *
 * @param whatItDoes what the rule finds
 * @param whyBad why an attacker cares
 * @param example code it flags
 * @param useInstead the fixed code
 * @param fix the fix in one sentence, shown with each finding
 * @param falsePositives where it can be wrong, and how to silence one finding
 * @param references links
 */
public record RuleDoc(String whatItDoes, String whyBad, String example, String useInstead, String fix,
    String falsePositives, List<String> references) {

  public RuleDoc {
    references = List.copyOf(references);
  }
}
