package io.github.opendisclosure.extract.narrative;

/** Reads one kind of statement (requests, fees, staff...) from the sentences of one report. */
interface StatementRule {

  void read(ProseSentence sentence, ProseRecorder recorder);

  /** Records what only the whole report tells (a total of figures stated in separate sentences). */
  default void finish(ProseRecorder recorder) {}
}
