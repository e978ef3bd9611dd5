package org.opendars.linkage.engine.synthetic;

import java.util.SplittableRandom;

/**
 * UK-format postcodes and street addresses. Areas are real postcode areas; districts, sectors and units are
 * random, so the postcodes are well-formed but mostly not real.
 */
final class Places {

    private static final String[] AREAS = {"AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "CA",
        "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DE", "DH", "DL", "DN", "DT", "DY", "E", "EC",
        "EH", "EN", "EX", "FY", "G", "GL", "GU", "HA", "HD", "HG", "HP", "HR", "HU", "HX", "IG", "IP", "KT", "L",
        "LA", "LE", "LN", "LS", "LU", "M", "ME", "MK", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PE",
        "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS",
        "ST", "SW", "SY", "TA", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WD", "WF", "WN", "WR", "WS",
        "WV", "YO"};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] STREETS = {"high", "station", "main", "park", "church", "london", "victoria",
        "green", "manor", "kings", "queens", "mill", "school", "north", "south", "west", "east", "new", "grange",
        "springfield", "orchard", "chapel", "windsor", "york", "albert", "meadow", "highfield", "the crescent",
        "elm", "oak", "ash", "beech", "cedar", "willow", "alexandra", "richmond", "stanley", "hillside", "mount",
        "chester", "bridge", "castle", "market", "george", "brook", "forest", "moor", "field", "abbey", "priory"};
    private static final String[] STREET_TYPES = {"street", "road", "lane", "avenue", "close", "drive", "way",
        "gardens", "court", "place"};

    private Places() {
    }

    static String postcode(SplittableRandom random) {
        String area = AREAS[random.nextInt(AREAS.length)];
        int district = 1 + random.nextInt(area.length() == 1 ? 20 : 40);
        return area + district + " " + random.nextInt(10) + unitLetter(random) + unitLetter(random);
    }

    private static char unitLetter(SplittableRandom random) {
        return UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
    }

    static String street(SplittableRandom random) {
        return STREETS[random.nextInt(STREETS.length)] + " " + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
    }

    static String address(SplittableRandom random, String street) {
        return (1 + random.nextInt(180)) + " " + street;
    }
}
