package io.github.opendisclosure.assessment;

import java.util.Locale;

/** How a rubric ranks equal scores: {@code shared} (competition ranking: 1, 1, 3) or {@code dense} (1, 1, 2). */
public enum RubricTies {
  SHARED,
  DENSE;

  public String confName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
