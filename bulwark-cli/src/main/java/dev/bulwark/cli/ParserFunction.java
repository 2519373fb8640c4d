package dev.bulwark.cli;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;

/** The parser the commands call; a seam so tests can make parsing fail in ways real input rarely does. */
@FunctionalInterface
interface ParserFunction {

  ParserFunction PYTHON = PythonParser::parse;

  ParseResult parse(byte[] source, String path);
}
