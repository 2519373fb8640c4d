package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseBodiesTest {

  @Test
  void typesBrowsersRenderWithScriptsAreNotSafe() {
    assertThat(ResponseBodies.notRendered("text/html")).isFalse();
    assertThat(ResponseBodies.notRendered("Text/HTML; charset=utf-8")).isFalse();
    assertThat(ResponseBodies.notRendered("image/svg+xml")).isFalse();
    assertThat(ResponseBodies.notRendered("application/xhtml+xml")).isFalse();
  }

  @Test
  void dataTypesAreNotRendered() {
    assertThat(ResponseBodies.notRendered("application/json")).isTrue();
    assertThat(ResponseBodies.notRendered("text/plain; charset=utf-8")).isTrue();
    assertThat(ResponseBodies.notRendered("text/csv")).isTrue();
  }

  @Test
  void anUnknownOrEmptyTypeIsNotTakenForSafe() {
    assertThat(ResponseBodies.notRendered(null)).isFalse();
    assertThat(ResponseBodies.notRendered(" ; charset=utf-8")).isFalse();
  }
}
