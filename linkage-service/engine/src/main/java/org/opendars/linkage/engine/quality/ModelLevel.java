package org.opendars.linkage.engine.quality;

/**
 * One level of one comparison in the model the run used: m = P(level | match), u = P(level | non-match) and
 * the match weight log2(m/u) a pair at this level gains.
 */
public record ModelLevel(String comparison, String level, double m, double u, double weight) {
}
