/**
 * An application module that uses Ascribe: reading {@code io.github.ascribe.citations} is enough,
 * since it {@code requires transitive} the core model; this module passes both on, as its API
 * returns the core {@code Summary}.
 */
module io.github.ascribe.examples.consumer {
  requires transitive io.github.ascribe.citations;

  exports io.github.ascribe.examples.consumer;
}
