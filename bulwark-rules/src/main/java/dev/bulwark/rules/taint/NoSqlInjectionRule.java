package dev.bulwark.rules.taint;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.taint.SinkKind;
import java.util.List;

/** Attacker data reaches a MongoDB query document, by the taint analysis. */
public final class NoSqlInjectionRule extends TaintRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW818", "nosql-injection",
      "Attacker data reaches a MongoDB query document", Severity.HIGH, Confidence.MEDIUM, List.of(943), List.of(),
      RuleMetadata.Status.STABLE, "0.2", new RuleDoc(
          "Follows attacker data to the filter or pipeline of pymongo, Motor and Flask-PyMongo collection methods: `find`, `find_one`, `find_one_and_*`, `count_documents`, `delete_*`, `update_*`, `replace_one`, `distinct`, `aggregate` and `watch`. A value passed through `str()` or `ObjectId()` is not reported.",
          "A query document is code for the database: a value that is itself a document (`{\"$ne\": null}`, `{\"$regex\": \".*\"}`) matches every record, so a login or an ownership check passes for anyone; a `$where` clause runs JavaScript on the server; a pipeline stage can read other collections.",
          "creds = request.get_json()\nuser = db.users.find_one({\"name\": creds[\"name\"], \"password\": creds[\"password\"]})",
          "creds = request.get_json()\nuser = db.users.find_one({\"name\": str(creds[\"name\"]), \"password\": str(creds[\"password\"])})",
          "Convert each value to the type the field holds (str, int, ObjectId) before it goes into the query, and never build `$where` or pipeline stages from request data.",
          "The analysis does not know types: a value that can only be a string (a query-string parameter) placed in a filter is reported too; convert it with `str()` to state it. A `$where` text built from a `str()` value is therefore not reported. Any object's methods of these names are taken for a collection's, in a file that imports pymongo, motor or flask_pymongo, unless the receiver is a constant string or attacker data (`text.find(word)`). Data from the command line, the environment or `input()` belongs to whoever runs the program; it is reported at low severity and confidence. Silence one finding with `# bulwark: ignore[BW818]`.",
          List.of("https://cwe.mitre.org/data/definitions/943.html")));

  public NoSqlInjectionRule() {
    super(SinkKind.NOSQL, "the sender changes what the query matches or runs JavaScript in the database");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
