package io.github.opendisclosure.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ReportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdministrativeDivisionsTest {

  @Test
  void everyCodeIsUniqueEveryParentExistsAndNoChainLoops() throws IOException {
    List<String[]> rows;
    try (InputStream in = getClass().getResourceAsStream("/divisions/china-divisions.tsv")) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split("\t", -1)).toList();
    }
    Set<String> codes = new HashSet<>();
    rows.forEach(row -> assertTrue(codes.add(row[0]), "duplicate code " + row[0]));
    AdministrativeDivisions divisions = AdministrativeDivisions.bundled();
    for (String[] row : rows) {
      assertTrue(row[3].isEmpty() || codes.contains(row[3]), row[0] + " has no parent " + row[3]);
      int depth = divisions.chain(divisions.byCode(row[0]).orElseThrow()).size();
      assertTrue(depth >= 1 && depth <= 4, row[0] + " has a chain of " + depth);
    }
    assertEquals(31, rows.stream().filter(row -> row[2].equals("province")).count());
  }

  @Test
  void aTownOfACityWithoutCountiesHangsDirectlyUnderTheCity() {
    AgencyIdentity identity = AgencyIdentifier.withBundledData()
        .resolve("东莞市东城街道办事处", ReportText.of("东莞市东城街道办事处2023年政府信息公开工作年度报告"));
    assertEquals(new AgencyIdentity("东莞市东城街道办事处", "subdistrict_office", "township", "广东省", "东莞市", null,
        "东城街道", "441900003", List.of()), identity);
  }
}
