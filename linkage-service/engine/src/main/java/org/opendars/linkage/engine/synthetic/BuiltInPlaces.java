package org.opendars.linkage.engine.synthetic;

import java.util.Map;

/** Stand-in values for the FEBRL-style generator when the frequency tables are not at hand. */
final class BuiltInPlaces {

    static final String[] STREETS = {"stanley", "victoria", "george", "king", "queen", "william", "church",
        "railway", "park", "high", "elizabeth", "albert", "wattle", "banksia", "acacia", "waratah", "bottlebrush",
        "kookaburra", "wallaby", "lyster", "pinkerton", "macquarie", "hume", "flinders", "sturt", "light",
        "edkins", "lambrigg", "gundulu", "hoseason", "mitchell", "florey", "kent", "bourke", "collins", "swanston",
        "ocean", "beach", "bay", "hill", "river", "mountain view", "golf links", "station", "mill"};
    static final String[] STREET_TYPES = {"street", "road", "place", "crescent", "circuit", "avenue", "close",
        "drive", "court", "parade", "way", "terrace"};
    static final String[] PROPERTIES = {"rosetta village", "brentwood vlge", "villa 2", "st francis vlge",
        "kelgoola", "pinehill", "miami", "bega flats", "delmar", "milton", "currin ga", "lochaoair", "yarralumla",
        "the grange", "glenroy", "hillcrest", "riverview", "sunnyside", "fairview", "lakeside", "woodlands",
        "meadowbank", "cottage 4", "unit 12", "flat 3", "rear", "hazelwood", "bellevue", "avondale", "oakdale"};
    static final String[] SUBURBS = {"richlands", "winston hills", "windermere", "north ryde", "broadbeach waters",
        "northwood", "cleveland", "marsden", "granville", "utakarra", "parramatta", "toowoomba", "bendigo",
        "ballarat", "geelong", "fremantle", "glenelg", "launceston", "hobart", "wollongong", "newcastle",
        "penrith", "blacktown", "randwick", "bondi", "manly", "chatswood", "hornsby", "dubbo", "orange",
        "bathurst", "tamworth", "armidale", "lismore", "mackay", "cairns", "townsville", "rockhampton",
        "bundaberg", "ipswich", "logan", "frankston", "dandenong", "ringwood", "mildura", "shepparton", "albury",
        "wagga wagga", "goulburn", "queanbeyan"};
    static final String[] STATES = {"nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"};
    static final Map<String, String[]> GIVEN_MISSPELLINGS = Map.of(
            "katherine", new String[] {"kathryn", "catherine", "kate"},
            "elizabeth", new String[] {"elisabeth", "liz", "beth"},
            "sarah", new String[] {"sara"},
            "rebecca", new String[] {"rebekah", "becky"},
            "jessica", new String[] {"jesica", "jess"},
            "michael", new String[] {"micheal", "mike"},
            "christopher", new String[] {"kristopher", "chris"},
            "jacob", new String[] {"jakob", "jake"},
            "olivia", new String[] {"olivea", "liv"},
            "alexander", new String[] {"alexandre", "alex"});
    static final Map<String, String[]> SURNAME_MISSPELLINGS = Map.of(
            "thompson", new String[] {"thomson", "tompson"},
            "clarke", new String[] {"clark"},
            "davies", new String[] {"davis"},
            "phillips", new String[] {"philips"},
            "richardson", new String[] {"richards"},
            "matthews", new String[] {"mathews"},
            "o'brien", new String[] {"obrien", "o brien"},
            "gray", new String[] {"grey"},
            "wilkinson", new String[] {"wilkenson"},
            "jenkins", new String[] {"jenkin"});

    private BuiltInPlaces() {
    }
}
