package dev.bulwark.rules.config;

import java.util.List;

/** The Django functions and classes that mark a string as safe HTML, skipping autoescaping. */
final class DjangoSafeString {
  private DjangoSafeString() {}

  static final List<String> MARKERS = List.of("django.utils.safestring.mark_safe", "django.utils.html.mark_safe",
      "django.utils.safestring.SafeString", "django.utils.safestring.SafeText");

  /** The functions among {@link #MARKERS}; the classes also appear in isinstance checks, which mark nothing. */
  static final List<String> FUNCTIONS = List.of("django.utils.safestring.mark_safe", "django.utils.html.mark_safe");
}
