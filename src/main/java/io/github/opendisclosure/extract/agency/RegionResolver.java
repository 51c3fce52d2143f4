package io.github.opendisclosure.extract.agency;

import io.github.opendisclosure.extract.agency.AdministrativeDivisions.Division;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the region at the start of an agency's name: 岳阳市平江县民政局 and 平江县民政局 both name
 * 平江县 (430626); 霍邱县城关镇人民政府 names the 城关镇 inside 霍邱县 among the many 城关镇 of China.
 */
final class RegionResolver {

  /** The divisions a name can start with, and how many characters they take. */
  record RegionPrefix(List<Division> candidates, int length) {
    boolean isEmpty() {
      return candidates.isEmpty();
    }
  }

  private final AdministrativeDivisions divisions;

  RegionResolver(AdministrativeDivisions divisions) {
    this.divisions = divisions;
  }

  /**
   * The smallest divisions a name can begin with, each consistent with the divisions named before
   * it (岳阳市 then 平江县 inside it), for the longest such prefix.
   */
  RegionPrefix prefixOf(String name) {
    List<Division> best = new ArrayList<>();
    int[] bestLength = {0};
    extend(name, 0, null, best, bestLength);
    return new RegionPrefix(List.copyOf(new LinkedHashSet<>(best)), bestLength[0]);
  }

  private void extend(String name, int start, Division enclosing, List<Division> best, int[] bestLength) {
    boolean extended = false;
    int longest = Math.min(divisions.longestName(), name.length() - start);
    for (int length = longest; length >= 2; length--) {
      for (Division division : divisions.named(name.substring(start, start + length))) {
        if ((enclosing == null || divisions.contains(enclosing, division)) && !hiddenByItsParent(division, enclosing)) {
          extended = true;
          extend(name, start + length, division, best, bestLength);
        }
      }
    }
    if (!extended && enclosing != null) {
      if (start > bestLength[0]) {
        best.clear();
        bestLength[0] = start;
      }
      if (start == bestLength[0]) {
        best.add(enclosing);
      }
    }
  }

  /**
   * A division named like the one it belongs to (the data's 金门县 township inside 金门县, the 嘉峪关市
   * county inside 嘉峪关市) is named only when the text writes the name twice: once, it is the parent.
   */
  private boolean hiddenByItsParent(Division division, Division enclosing) {
    return divisions.parent(division).filter(parent -> parent.name().equals(division.name()))
        .filter(parent -> enclosing == null || !enclosing.code().equals(parent.code())).isPresent();
  }

  /**
   * Of several candidate divisions, the one whose enclosing divisions the text names most often
   * (a 城关镇 report that also names 霍邱县 and 六安市), or none when that does not single one out.
   */
  List<Division> disambiguate(List<Division> candidates, String context) {
    if (candidates.size() <= 1) {
      return candidates;
    }
    int bestScore = 0;
    Set<Division> best = new LinkedHashSet<>();
    for (Division candidate : candidates) {
      int score = 0;
      for (Division enclosing : divisions.chain(candidate)) {
        if (!enclosing.code().equals(candidate.code()) && context.contains(enclosing.name())) {
          score++;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score == bestScore && score > 0) {
        best.add(candidate);
      }
    }
    return best.size() == 1 ? List.copyOf(best) : candidates;
  }
}
