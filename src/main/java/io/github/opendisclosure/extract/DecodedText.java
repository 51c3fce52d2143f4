package io.github.opendisclosure.extract;

/**
 * The characters of a raw file and the encoding they were decoded from.
 *
 * @param text     the decoded characters, byte-order mark removed
 * @param encoding the encoding's canonical name: {@code UTF-8}, {@code GB18030}, {@code UTF-16LE}, ...
 */
public record DecodedText(String text, String encoding) {}
