/** Implementation details; not part of the API and not exported except to the citations module. */
package io.github.ascribe.core.internal;
