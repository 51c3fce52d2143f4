package io.github.opendisclosure.extract.accuracy;

/**
 * One field of one report where the extracted value is not the expected one.
 *
 * @param file      the report's file name
 * @param field     the identity field or metric key
 * @param kind      what kind of value it is
 * @param expected  the labelled value, null where the report does not state it
 * @param extracted the extracted value, null where the extractor wrote none
 */
public record Mismatch(String file, String field, FieldKind kind, String expected, String extracted) {}
