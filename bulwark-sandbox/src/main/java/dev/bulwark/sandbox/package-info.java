/** Bulwark sandbox: confined runner for untrusted Python, policies, behaviour log. */
package dev.bulwark.sandbox;
