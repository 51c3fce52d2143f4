package io.github.opendisclosure.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test class that spends most of its time waiting on programs of its own (child JVMs, Jupyter
 * kernels, a JDBC server): it runs in a second thread, beside the chain of the other test classes,
 * which run one at a time (src/test/resources/junit-platform.properties). The in-process Spark work
 * of the suite is mostly single-threaded planning in the driver, so on two cores the waits overlap it
 * instead of leaving a core idle.
 *
 * <p>Such a class shares the one SparkSession with the test running beside it: it must write only
 * folders of its own and change a session setting only while holding the session's conf, as
 * ReportIngestion does for its MERGEs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
public @interface RunsBesideOtherTests {}
