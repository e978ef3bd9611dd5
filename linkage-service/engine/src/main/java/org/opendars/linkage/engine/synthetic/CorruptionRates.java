package org.opendars.linkage.engine.synthetic;

/** Probabilities of each kind of error in a corrupted copy (per record). */
public record CorruptionRates(
        double missingNhsNumber,
        double wrongNhsNumber,
        double nhsNumberTypo,
        double nameTypo,
        double missingGivenName,
        double nickname,
        double swappedNames,
        double familyNameChange,
        double dateTransposed,
        double dateTypo,
        double missingDate,
        double missingSex,
        double moved,
        double postcodeTypo,
        double missingPostcode,
        double pseudoPostcode,
        double missingAddress) {

    /** Error rates in the range reported for hospital data (postcodes and NHS numbers are the weak fields). */
    public static CorruptionRates realistic() {
        return new CorruptionRates(0.08, 0.005, 0.01, 0.08, 0.02, 0.03, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01, 0.12,
                0.02, 0.03, 0.005, 0.05);
    }
}
