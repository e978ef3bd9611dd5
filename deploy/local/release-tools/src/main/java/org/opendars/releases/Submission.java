package org.opendars.releases;

import java.util.SplittableRandom;

/**
 * A record's life across the year's releases: the release it first arrives in, the releases that correct it and
 * the one that withdraws it. Drawn once per record, whatever release is being written, so a record is the same
 * record (same identifier, same identifiers) in every release it appears in.
 */
final class Submission {

    private final int first;
    private final int deletedAt;
    /** Seeds of the corrections, by release index; null when the record is never corrected. */
    private final long[] corrections;

    private Submission(int first, int deletedAt, long[] corrections) {
        this.first = first;
        this.deletedAt = deletedAt;
        this.corrections = corrections;
    }

    /** Takes the same number of draws for every record, so one record's fate never moves another's. */
    static Submission draw(Draft draft, FinancialYear year, boolean cumulative, Revisions revisions,
            SplittableRandom random) {
        int activityMonth = year.monthOf(draft.activityDate());
        double lateDraw = random.nextDouble();
        int lag = 1 + random.nextInt(3);
        // A registration belongs to its month: only cumulative data sets have late submissions.
        int first = cumulative && lateDraw < revisions.late()
                ? Math.min(Release.ANNUAL_REFRESH, activityMonth + lag) : activityMonth;
        int deletedAt = 0;
        long[] corrections = null;
        for (int release = 2; release <= Release.ANNUAL_REFRESH; release++) {
            double deletionDraw = random.nextDouble();
            double correctionDraw = random.nextDouble();
            long correctionSeed = random.nextLong();
            if (release <= first || deletedAt != 0) {
                continue;
            }
            if (draft.deletable() && deletionDraw < revisions.deletion()) {
                deletedAt = release;
                continue;
            }
            double rate = release == Release.ANNUAL_REFRESH ? revisions.annualRefreshCorrection()
                    : revisions.correction();
            if (correctionDraw < rate) {
                if (corrections == null) {
                    corrections = new long[Release.ANNUAL_REFRESH + 1];
                }
                corrections[release] = correctionSeed == 0 ? 1 : correctionSeed;
            }
        }
        return new Submission(first, deletedAt, corrections);
    }

    boolean includedIn(Release release, boolean cumulative) {
        int index = release.index();
        if (deletedAt != 0 && deletedAt <= index) {
            return false;
        }
        return cumulative || release.isAnnualRefresh() ? first <= index : first == index;
    }

    /** The content as of the release: the draft with every correction up to it applied in order. */
    String[] contentAt(Release release, String[] draft, Activity activity) {
        String[] content = draft.clone();
        if (corrections != null) {
            for (int index = 2; index <= release.index(); index++) {
                if (corrections[index] != 0) {
                    activity.correct(content, new SplittableRandom(corrections[index]));
                }
            }
        }
        return content;
    }
}
