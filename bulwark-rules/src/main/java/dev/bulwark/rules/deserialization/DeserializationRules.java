package dev.bulwark.rules.deserialization;

import dev.bulwark.rules.Rule;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class DeserializationRules {
  private DeserializationRules() {}

  public static List<Rule> all() {
    return List.of(
        new PickleLoadRule(),
        new MarshalLoadRule(),
        new XmlCElementTreeParseRule(),
        new XmlElementTreeParseRule(),
        new XmlExpatReaderRule(),
        new XmlExpatBuilderParseRule(),
        new XmlSaxParseRule(),
        new XmlMinidomParseRule(),
        new XmlPulldomParseRule(),
        new TelnetlibImportRule(),
        new FtplibImportRule(),
        new PickleImportRule(),
        new SubprocessImportRule(),
        new XmlEtreeImportRule(),
        new XmlSaxImportRule(),
        new XmlExpatImportRule(),
        new XmlMinidomImportRule(),
        new XmlPulldomImportRule(),
        new XmlrpcImportRule(),
        new HttpoxyImportRule(),
        new PyghmiImportRule(),
        new YamlLoadRule(),
        new TorchLoadRule(),
        new HuggingFaceUnpinnedRevisionRule(),
        new PickleBackedLoadRule(),
        new LxmlEntityResolutionRule(),
        new XmlrpcDottedNamesRule(),
        new UnpackArchiveWithoutFilterRule(),
        new CloudpickleLoadRule(),
        new YamlUnsafeLoadRule(),
        new KerasUnsafeDeserializationRule(),
        new SaxExternalEntitiesRule());
  }
}
