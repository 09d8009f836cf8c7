package io.github.ascribe.citations.internal;

/**
 * Transitional: {@link io.github.ascribe.citations.internal.scan.LinkTargets} under its old name,
 * for the article code of this package until it moves to its own package (issue 17); then this goes.
 */
final class LinkTargets {

  private final io.github.ascribe.citations.internal.scan.LinkTargets targets;

  LinkTargets(CharSequence s, int to) {
    this.targets = new io.github.ascribe.citations.internal.scan.LinkTargets(s, to);
  }

  int end(int at) {
    return targets.end(at);
  }
}
