package io.github.opendisclosure.benchmark;

import io.github.opendisclosure.corpus.CorpusFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The raw report files of a generated corpus, in name order. */
final class CorpusFiles {

  private CorpusFiles() {}

  static List<Path> of(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus.resolve(CorpusFolder.REPORTS))) {
      return files.sorted().toList();
    }
  }
}
