package io.github.opendisclosure.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.opendisclosure.testing.SparkSessionTest;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScopedSessionSettingsTest extends SparkSessionTest {

  private static final String SET_BEFORE = "spark.opendisclosure.test.setBefore";
  private static final String UNSET_BEFORE = "spark.opendisclosure.test.unsetBefore";

  @AfterEach
  void unsetTheTestSettings() {
    spark().conf().unset(SET_BEFORE);
    spark().conf().unset(UNSET_BEFORE);
  }

  @Test
  void theWorkSeesTheSettingsAndTheSessionGetsItsOwnBackAfter() {
    RuntimeConfig conf = spark().conf();
    conf.set(SET_BEFORE, "session");

    String seen = ScopedSessionSettings.runWith(spark(), Map.of(SET_BEFORE, "work", UNSET_BEFORE, "work"),
        () -> conf.get(SET_BEFORE) + "," + conf.get(UNSET_BEFORE));

    assertEquals("work,work", seen);
    assertEquals("session", conf.get(SET_BEFORE));
    assertFalse(conf.contains(UNSET_BEFORE), "a setting the session did not have is unset again");
  }

  @Test
  void theSessionGetsItsOwnBackWhenTheWorkFails() {
    RuntimeConfig conf = spark().conf();
    conf.set(SET_BEFORE, "session");

    assertThrows(IllegalStateException.class, () -> ScopedSessionSettings.runWith(spark(),
        Map.of(SET_BEFORE, "work", UNSET_BEFORE, "work"), () -> {
          throw new IllegalStateException("the work failed");
        }));

    assertEquals("session", conf.get(SET_BEFORE));
    assertFalse(conf.contains(UNSET_BEFORE));
  }
}
