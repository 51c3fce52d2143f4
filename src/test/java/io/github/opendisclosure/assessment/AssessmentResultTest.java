package io.github.opendisclosure.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AssessmentResultTest {

  @Test
  void consecutiveYearsNameTheFilesAsARange() {
    assertEquals("2024", AssessmentResult.yearRanges(new TreeSet<>(List.of(2024))));
    assertEquals("2008-2024", AssessmentResult.yearRanges(
        new TreeSet<>(IntStream.rangeClosed(2008, 2024).boxed().toList())));
    assertEquals("2017_2019_2021-2024", AssessmentResult.yearRanges(
        new TreeSet<>(List.of(2017, 2019, 2021, 2022, 2023, 2024))));
  }
}
