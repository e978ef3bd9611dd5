package org.opendars.releases;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the synthetic population lives: postcode districts (outward codes) in a few English local authorities,
 * each with the ONS code of its authority and the hospital trusts its residents mostly use. A district lies in one
 * authority here, so a postcode always gives the same residence code.
 */
final class Places {

    /**
     * A postcode district with its authority and two providers: the local trust, and the teaching trust that
     * takes the region's referrals.
     */
    record Place(String outward, String localAuthority, String localProvider, String regionalProvider) {
    }

    /** Letters used in inward codes: never C, I, K, M, O or V. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final Weighted<Place> PLACES = Weighted.<Place>builder()
            // Leeds, Bradford, Wakefield, York, Hull
            .add(new Place("LS1", "E08000035", "RR8", "RR8"), 2)
            .add(new Place("LS6", "E08000035", "RR8", "RR8"), 3)
            .add(new Place("LS11", "E08000035", "RR8", "RR8"), 3)
            .add(new Place("LS17", "E08000035", "RR8", "RR8"), 2)
            .add(new Place("BD1", "E08000032", "RAE", "RR8"), 2)
            .add(new Place("BD9", "E08000032", "RAE", "RR8"), 3)
            .add(new Place("WF1", "E08000036", "RXF", "RR8"), 3)
            .add(new Place("YO10", "E06000014", "RCB", "RR8"), 2)
            .add(new Place("HU5", "E06000010", "RWA", "RR8"), 2)
            // Sheffield, Manchester, Liverpool, Lancaster
            .add(new Place("S10", "E08000019", "RHQ", "RHQ"), 3)
            .add(new Place("M14", "E08000003", "R0A", "R0A"), 4)
            .add(new Place("M20", "E08000003", "R0A", "R0A"), 3)
            .add(new Place("L8", "E08000012", "REM", "R0A"), 3)
            .add(new Place("LA1", "E07000121", "RTX", "R0A"), 2)
            // Newcastle, Sunderland
            .add(new Place("NE6", "E08000021", "RTD", "RTD"), 3)
            .add(new Place("SR1", "E08000024", "R0B", "RTD"), 2)
            // Birmingham, Coventry, Wolverhampton, Nottingham, Leicester
            .add(new Place("B15", "E08000025", "RRK", "RRK"), 4)
            .add(new Place("B23", "E08000025", "RRK", "RRK"), 4)
            .add(new Place("CV1", "E08000026", "RKB", "RRK"), 2)
            .add(new Place("WV1", "E08000031", "RL4", "RRK"), 2)
            .add(new Place("NG7", "E06000018", "RX1", "RX1"), 3)
            .add(new Place("LE3", "E06000016", "RWE", "RX1"), 3)
            // Bristol, Exeter, Plymouth, Oxford
            .add(new Place("BS7", "E06000023", "RA7", "RA7"), 3)
            .add(new Place("EX4", "E07000041", "RH8", "RA7"), 2)
            .add(new Place("PL4", "E06000026", "RK9", "RA7"), 2)
            .add(new Place("OX4", "E07000178", "RTH", "RTH"), 2)
            // Cambridge, Norwich, Colchester, Canterbury
            .add(new Place("CB1", "E07000008", "RGT", "RGT"), 2)
            .add(new Place("NR2", "E07000148", "RM1", "RGT"), 2)
            .add(new Place("CO1", "E07000071", "RDE", "RGT"), 2)
            .add(new Place("CT1", "E07000106", "RVV", "RJ1"), 2)
            // London
            .add(new Place("SW1V", "E09000033", "RRV", "RRV"), 2)
            .add(new Place("E1", "E09000030", "R1H", "RRV"), 4)
            .add(new Place("N1", "E09000019", "RRV", "RRV"), 3)
            .add(new Place("SE1", "E09000028", "RJ1", "RJ1"), 3)
            .add(new Place("CR0", "E09000008", "RJ6", "RJ1"), 4)
            .add(new Place("HA0", "E09000005", "R1K", "RRV"), 3)
            .add(new Place("NW3", "E09000007", "RAL", "RRV"), 2)
            .build();

    private Places() {
    }

    static Place draw(SplittableRandom random) {
        return PLACES.draw(random);
    }

    /** A postcode in the district: sector digit, then two letters. */
    static String postcodeIn(Place place, SplittableRandom random) {
        return place.outward() + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    static List<Place> all() {
        return PLACES.values();
    }
}
