package org.opendars.linkage.engine.identifiers;

import java.util.HashMap;
import java.util.Map;

/** A small built-in table of common English nicknames and the formal names they stand for. */
final class Nicknames {

    private static final Map<String, String> FORMAL = new HashMap<>();

    static {
        add("william", "bill", "billy", "will", "willy", "liam");
        add("robert", "bob", "bobby", "rob", "robbie", "bert");
        add("richard", "dick", "rick", "ricky", "rich", "richie");
        add("james", "jim", "jimmy", "jamie");
        add("john", "jack", "johnny", "jon");
        add("elizabeth", "liz", "lizzie", "beth", "betty", "bet", "eliza", "libby");
        add("margaret", "maggie", "meg", "peggy", "madge", "margo");
        add("katherine", "kate", "katie", "kathy", "kath", "kay", "kitty");
        add("catherine", "cath", "cathy", "cate");
        add("edward", "ed", "eddie", "ted", "teddy", "ned");
        add("thomas", "tom", "tommy");
        add("michael", "mike", "mick", "mickey");
        add("anthony", "tony");
        add("christopher", "chris", "kit");
        add("daniel", "dan", "danny");
        add("david", "dave", "davy");
        add("joseph", "joe", "joey");
        add("samuel", "sam", "sammy");
        add("benjamin", "ben", "benny");
        add("alexander", "alex", "sandy", "xander");
        add("andrew", "andy", "drew");
        add("matthew", "matt");
        add("nicholas", "nick", "nicky");
        add("patrick", "pat", "paddy");
        add("peter", "pete");
        add("stephen", "steve", "stevie");
        add("timothy", "tim", "timmy");
        add("charles", "charlie", "chuck");
        add("frederick", "fred", "freddie");
        add("henry", "harry", "hal");
        add("jennifer", "jenny", "jen");
        add("susan", "sue", "susie");
        add("deborah", "debbie", "deb");
        add("rebecca", "becky", "becca");
        add("victoria", "vicky", "tori");
        add("patricia", "patty", "trish", "tricia");
        add("alexandra", "lexi");
        add("samantha", "sammie");
        add("jacqueline", "jackie");
        add("josephine", "jo", "josie");
        add("dorothy", "dot", "dolly");
        add("mary", "molly", "polly");
        add("ann", "annie", "nan");
        add("christine", "chrissie", "tina");
        add("gregory", "greg");
        add("kenneth", "ken", "kenny");
        add("leonard", "len", "lenny");
        add("ronald", "ron", "ronnie");
        add("donald", "don", "donnie");
        add("raymond", "ray");
        add("gerald", "gerry");
        add("lawrence", "larry");
        add("philip", "phil");
        add("abigail", "abby", "abbie");
    }

    private Nicknames() {
    }

    private static void add(String formal, String... nicknames) {
        for (String nickname : nicknames) {
            FORMAL.putIfAbsent(nickname, formal);
        }
    }

    static String formal(String name) {
        return FORMAL.getOrDefault(name, name);
    }

    static Map<String, String> table() {
        return Map.copyOf(FORMAL);
    }
}
