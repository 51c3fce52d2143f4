package io.github.opendisclosure.job;

import picocli.CommandLine.IVersionProvider;

/** What every job prints for {@code --version}: the project version from the jar's manifest. */
public final class PipelineVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = PipelineVersion.class.getPackage().getImplementationVersion();
    return new String[] {"disclosure-pipeline " + (version == null ? "(development build)" : version)};
  }
}
