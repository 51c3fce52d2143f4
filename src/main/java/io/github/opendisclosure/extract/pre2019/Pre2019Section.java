package io.github.opendisclosure.extract.pre2019;

/** The parts of the pre-2019 统计表, in the template's order. */
enum Pre2019Section {
  PROACTIVE,
  RESPONSES,
  REQUESTS,
  RECONSIDERATION,
  LITIGATION,
  COMPLAINTS,
  FEES,
  CAPACITY,
  MEETINGS_AND_TRAINING
}
