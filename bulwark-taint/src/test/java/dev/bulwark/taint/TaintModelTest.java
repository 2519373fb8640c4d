package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaintModelTest {

  private static final List<TaintModel> FLASK = List.of(ModelReader.read("flask.model",
      "requires flask werkzeug\nsource flask.request.args\n"), ModelReader.read("sinks.model", "sink command os.system 0\n"));

  @Test
  void aFileImportingTheFrameworkMayHoldAttackerData() {
    assertThat(TaintModel.maySource(FLASK, "from flask import request\n")).isTrue();
    assertThat(TaintModel.maySource(FLASK, "import os\nif True:\n    import json, flask.views\n")).isTrue();
    assertThat(TaintModel.maySource(FLASK, "from werkzeug.utils import secure_filename\n")).isTrue();
  }

  @Test
  void aFileThatOnlyMentionsItCannot() {
    assertThat(TaintModel.maySource(FLASK, "# works with flask too\nimport flask_caching\nx = 'flask'\n")).isFalse();
    assertThat(TaintModel.maySource(FLASK, "import os\nos.system('ls')\n")).isFalse();
  }

  @Test
  void aModelWithSourcesForEveryFileAlwaysMay() {
    List<TaintModel> local = List.of(ModelReader.read("stdlib.model", "source sys.argv local\n"));
    assertThat(TaintModel.maySource(local, "print(1)\n")).isTrue();
    assertThat(TaintModel.maySource(List.of(local.get(0).withoutLocalSources()), "print(1)\n")).isFalse();
  }
}
