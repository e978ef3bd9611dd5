package org.opendars.linkage.engine.quality;

/** Precision, recall and F1 from counts of predicted, actual and correctly predicted items. */
public record Metrics(long truePositives, long predicted, long actual, double precision, double recall, double f1) {

    public static Metrics of(long truePositives, long predicted, long actual) {
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = actual == 0 ? 0 : (double) truePositives / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(truePositives, predicted, actual, precision, recall, f1);
    }
}
