package org.opendars.linkage.engine.synthetic;

import java.util.Map;

/**
 * Built-in values for the historical-style generator: English names of the last two centuries in rough order of
 * frequency, their pet forms (a list of its own, not the engine's nickname table, so that linking is measured
 * on variants it was not built around), spelling variants of surnames, titles, places and occupations.
 */
final class HistoricalNames {

    static final String[] MALE = {"william", "john", "george", "thomas", "james", "charles", "henry", "joseph",
        "robert", "edward", "frederick", "richard", "samuel", "arthur", "alfred", "albert", "walter", "harry",
        "francis", "ernest", "david", "peter", "michael", "benjamin", "daniel", "matthew", "andrew", "stephen",
        "hugh", "herbert", "percy", "sidney", "leonard", "harold", "reginald", "stanley", "cecil", "edwin", "isaac",
        "alexander", "christopher", "patrick", "anthony", "nicholas", "kenneth", "ronald", "donald", "horace",
        "wilfred", "archibald", "ambrose", "jeremiah", "nathaniel", "rupert", "clement", "silas", "jabez"};
    static final String[] FEMALE = {"mary", "elizabeth", "sarah", "ann", "margaret", "jane", "emma", "alice",
        "ellen", "catherine", "martha", "eliza", "hannah", "florence", "annie", "edith", "ethel", "harriet",
        "charlotte", "emily", "louisa", "frances", "rose", "dorothy", "susan", "rebecca", "victoria", "helen",
        "josephine", "christina", "katherine", "lucy", "grace", "agnes", "violet", "clara", "ada", "beatrice",
        "gertrude", "maud", "mabel", "winifred", "amelia", "caroline", "isabella", "henrietta", "matilda",
        "theodora", "philippa", "dorcas", "keziah"};
    static final String[] SURNAMES = {"smith", "jones", "williams", "taylor", "brown", "davies", "evans", "wilson",
        "thomas", "johnson", "roberts", "robinson", "thompson", "wright", "walker", "white", "edwards", "hughes",
        "green", "hall", "lewis", "harris", "clarke", "jackson", "wood", "turner", "martin", "cooper", "hill",
        "ward", "morris", "moore", "clark", "king", "baker", "harrison", "morgan", "allen", "scott", "phillips",
        "watson", "parker", "price", "bennett", "young", "griffiths", "mitchell", "kelly", "cook", "carter",
        "richardson", "bailey", "collins", "bell", "shaw", "murphy", "miller", "cox", "marshall", "anderson",
        "simpson", "ellis", "adams", "wilkinson", "foster", "chapman", "powell", "webb", "rogers", "gray", "mason",
        "hunt", "campbell", "matthews", "owen", "palmer", "holmes", "mills", "barnes", "knight", "lloyd", "butler",
        "russell", "barker", "fisher", "stevens", "jenkins", "murray", "dixon", "harvey", "macdonald", "reid",
        "fairweather", "ashworth", "pemberton", "blackwood", "throckmorton", "featherstonehaugh", "cholmondeley",
        "wedgwood", "tennyson", "brunel", "darwin", "faraday", "nightingale", "pankhurst", "stephenson"};
    static final Map<String, String[]> PET_NAMES = Map.ofEntries(
            Map.entry("william", new String[] {"bill", "will", "billy"}),
            Map.entry("john", new String[] {"jack", "johnny"}),
            Map.entry("thomas", new String[] {"tom", "tommy"}),
            Map.entry("james", new String[] {"jim", "jem", "jimmy"}),
            Map.entry("charles", new String[] {"charlie", "chas"}),
            Map.entry("henry", new String[] {"harry", "hal", "hank"}),
            Map.entry("joseph", new String[] {"joe"}),
            Map.entry("robert", new String[] {"bob", "bert", "robin"}),
            Map.entry("edward", new String[] {"ted", "ned", "eddie"}),
            Map.entry("frederick", new String[] {"fred", "freddy"}),
            Map.entry("richard", new String[] {"dick"}),
            Map.entry("alfred", new String[] {"alf", "alfie"}),
            Map.entry("albert", new String[] {"bert", "bertie"}),
            Map.entry("walter", new String[] {"wally", "walt"}),
            Map.entry("archibald", new String[] {"archie"}),
            Map.entry("christopher", new String[] {"kit", "kester"}),
            Map.entry("mary", new String[] {"polly", "molly", "mamie"}),
            Map.entry("elizabeth", new String[] {"bess", "betsy", "lizzie", "eliza"}),
            Map.entry("sarah", new String[] {"sally", "sadie"}),
            Map.entry("margaret", new String[] {"peggy", "maggie", "meg"}),
            Map.entry("ellen", new String[] {"nell", "nellie"}),
            Map.entry("helen", new String[] {"nell", "nelly"}),
            Map.entry("catherine", new String[] {"kate", "kitty"}),
            Map.entry("martha", new String[] {"patsy", "mattie"}),
            Map.entry("frances", new String[] {"fanny", "fran"}),
            Map.entry("susan", new String[] {"sukey", "sue"}),
            Map.entry("charlotte", new String[] {"lottie"}),
            Map.entry("harriet", new String[] {"hattie"}),
            Map.entry("dorothy", new String[] {"dolly", "dora"}),
            Map.entry("florence", new String[] {"florrie", "flo"}),
            Map.entry("isabella", new String[] {"bella", "isa"}),
            Map.entry("matilda", new String[] {"tilly", "maud"}),
            Map.entry("winifred", new String[] {"winnie"}));
    static final String[][] SURNAME_VARIANTS = {{"smith", "smyth", "smythe"}, {"thompson", "thomson", "tomson"},
        {"clarke", "clark"}, {"brown", "browne"}, {"davies", "davis", "davys"}, {"phillips", "philips"},
        {"stevens", "stephens"}, {"reid", "reed", "read"}, {"gray", "grey"}, {"allen", "allan", "alleyn"},
        {"johnson", "johnston", "jonson"}, {"macdonald", "mcdonald"}, {"matthews", "mathews"},
        {"cholmondeley", "chumley"}, {"featherstonehaugh", "fanshaw"}, {"wedgwood", "wedgewood"},
        {"griffiths", "griffith"}, {"harris", "harries"}, {"white", "whyte"}, {"hughes", "hewes"}};
    static final String[] MALE_TITLES = {"mr", "mr", "mr", "dr", "rev", "sir", "capt", "col", "lord", "prof"};
    static final String[] FEMALE_TITLES = {"mrs", "mrs", "miss", "miss", "ms", "dr", "lady", "dame"};
    static final String[] PLACES = {"london", "manchester", "liverpool", "birmingham", "leeds", "sheffield",
        "bristol", "newcastle upon tyne", "nottingham", "leicester", "coventry", "bradford", "hull", "plymouth",
        "stoke-on-trent", "wolverhampton", "derby", "southampton", "portsmouth", "york", "bath", "oxford",
        "cambridge", "norwich", "exeter", "canterbury", "chester", "lincoln", "durham", "carlisle", "edinburgh",
        "glasgow", "aberdeen", "dundee", "cardiff", "swansea", "belfast", "ipswich", "reading", "brighton",
        "sunderland", "preston", "blackburn", "bolton", "huddersfield", "halifax", "wakefield", "whitby",
        "shrewsbury", "hereford", "worcester", "gloucester", "salisbury", "winchester", "truro", "penzance"};
    static final String[] OCCUPATIONS = {"labourer", "farmer", "clergyman", "solicitor", "physician", "surgeon",
        "schoolmaster", "schoolmistress", "engineer", "merchant", "shopkeeper", "tailor", "blacksmith",
        "carpenter", "weaver", "mill worker", "coal miner", "domestic servant", "soldier", "sailor",
        "naval officer", "politician", "writer", "poet", "painter", "actor", "musician", "architect", "banker",
        "publican", "baker", "butcher", "clerk", "nurse", "midwife", "governess", "railway worker", "printer",
        "journalist", "scientist", "chemist", "inventor", "landowner", "police constable", "postmaster"};

    private HistoricalNames() {
    }
}
