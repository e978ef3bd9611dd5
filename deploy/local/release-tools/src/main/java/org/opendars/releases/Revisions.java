package org.opendars.releases;

/**
 * How later releases of a year differ from earlier ones, each a probability per record.
 *
 * @param late                   a record submitted one to three months after its activity month
 * @param correction             a record already delivered has a content field corrected, in each later month
 * @param annualRefreshCorrection the same, in the annual refresh, which is the providers' last chance
 * @param deletion               a record already delivered is withdrawn, in each later release
 */
public record Revisions(double late, double correction, double annualRefreshCorrection, double deletion) {

    public static final Revisions DEFAULTS = new Revisions(0.01, 0.005, 0.01, 0.001);

    public static final Revisions NONE = new Revisions(0, 0, 0, 0);

    public Revisions {
        for (double rate : new double[] {late, correction, annualRefreshCorrection, deletion}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("revision rates are probabilities from 0 to 1: " + rate);
            }
        }
    }
}
