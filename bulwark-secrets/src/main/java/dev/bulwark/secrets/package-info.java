/** Bulwark secrets: credential detectors for any text file. */
package dev.bulwark.secrets;
