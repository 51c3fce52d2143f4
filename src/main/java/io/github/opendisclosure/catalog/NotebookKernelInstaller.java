package io.github.opendisclosure.catalog;

import io.github.opendisclosure.job.JobCommandLine;
import io.github.opendisclosure.job.PipelineVersion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jobs/install-notebook-kernel}: installs the Java kernel the notebooks run on. */
@Command(name = "install-notebook-kernel", mixinStandardHelpOptions = true, versionProvider = PipelineVersion.class,
    description = {
        "Writes the Jupyter kernel spec 'disclosure-java' (Java, rapaio-jupyter-kernel) with Spark,",
        "Delta and the pipeline on the kernel's class path. jobs/install-notebook-kernel fills in",
        "the options."})
public final class NotebookKernelInstaller implements Callable<Integer> {

  @Option(names = "--kernels-dir", required = true, paramLabel = "DIR",
      description = "Jupyter's kernels folder, e.g. ~/.local/share/jupyter/kernels.")
  Path kernelsFolder;

  @Option(names = "--class-path", required = true, paramLabel = "PATH",
      description = "The kernel JVM's class path (kernel jar, Spark, Delta, the pipeline).")
  String classPath;

  @Option(names = "--log-config", required = true, paramLabel = "FILE", description = "The log4j2 configuration.")
  Path logConfiguration;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(JobCommandLine.execute(new NotebookKernelInstaller(), args));
  }

  @Override
  public Integer call() {
    Path file = NotebookKernelSpec.write(kernelsFolder, classPath, logConfiguration);
    spec.commandLine().getOut().println("Installed the Jupyter kernel '" + NotebookKernelSpec.NAME + "': " + file);
    return 0;
  }
}
