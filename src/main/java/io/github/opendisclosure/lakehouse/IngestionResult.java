package io.github.opendisclosure.lakehouse;

/**
 * What one ingest run did.
 *
 * @param filesRead        report files found under the input
 * @param filesChanged     of those, new or changed since the last run (the only ones extracted)
 * @param reportsWritten   agency-years whose report this run wrote: new ones, and those whose kept file,
 *                         bytes or extractor version changed; not those the table already held as they are
 * @param filesQuarantined changed files that could not be read, and duplicates that were not kept
 */
public record IngestionResult(long filesRead, long filesChanged, long reportsWritten, long filesQuarantined) {

  public boolean changedAnything() {
    return filesChanged > 0;
  }
}
