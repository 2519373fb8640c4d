/** Bulwark dependency audit: PEP 440 / PEP 508, manifest and lock-file readers, OSV advisory store, matching, fix advice. */
package dev.bulwark.deps;
