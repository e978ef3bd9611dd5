package org.opendars.linkage.engine.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Given-name and surname frequencies. Frequency tables in the Febrl generator's format ({@code name,count}
 * per line, files {@code givenname-freq.csv} and {@code surname-freq.csv}) are read from a folder when one is
 * given and present; otherwise a small built-in list with Zipf-like weights is used.
 */
public final class NameTables {

    private static final String[] GIVEN = {"oliver", "george", "harry", "jack", "jacob", "noah", "charlie",
        "thomas", "william", "james", "olivia", "amelia", "isla", "emily", "ava", "jessica", "sophie", "grace",
        "lily", "mia", "john", "david", "michael", "paul", "andrew", "mark", "richard", "peter", "susan", "sarah",
        "margaret", "elizabeth", "mary", "patricia", "jennifer", "linda", "barbara", "helen", "karen", "anne",
        "mohammed", "muhammad", "aisha", "fatima", "priya", "amir", "zara", "wei", "chloe", "daniel", "joseph",
        "samuel", "benjamin", "alexander", "katherine", "rebecca", "victoria", "robert", "christopher", "edward"};
    private static final String[] FAMILY = {"smith", "jones", "williams", "taylor", "brown", "davies", "evans",
        "wilson", "thomas", "johnson", "roberts", "robinson", "thompson", "wright", "walker", "white", "edwards",
        "hughes", "green", "hall", "lewis", "harris", "clarke", "patel", "jackson", "wood", "turner", "martin",
        "cooper", "hill", "ward", "morris", "moore", "clark", "lee", "king", "baker", "harrison", "morgan", "allen",
        "james", "scott", "phillips", "watson", "davis", "parker", "price", "bennett", "young", "griffiths",
        "mitchell", "kelly", "cook", "carter", "richardson", "bailey", "collins", "bell", "shaw", "murphy",
        "miller", "cox", "richards", "khan", "marshall", "anderson", "simpson", "ellis", "adams", "singh", "begum",
        "wilkinson", "foster", "chapman", "powell", "webb", "rogers", "gray", "mason", "ali", "hunt", "hussain",
        "campbell", "matthews", "owen", "palmer", "holmes", "mills", "barnes", "knight", "lloyd", "butler",
        "russell", "barker", "fisher", "stevens", "jenkins", "murray", "dixon", "harvey", "o'brien", "nguyen"};

    private final WeightedValues given;
    private final WeightedValues family;
    private final String source;

    private NameTables(WeightedValues given, WeightedValues family, String source) {
        this.given = given;
        this.family = family;
        this.source = source;
    }

    public static NameTables builtIn() {
        return new NameTables(zipf(GIVEN), zipf(FAMILY), "built-in list");
    }

    /** Tables from {@code folder} when it holds them, the built-in list otherwise. */
    public static NameTables from(Path folder) {
        Path givenFile = folder == null ? null : folder.resolve("givenname-freq.csv");
        Path familyFile = folder == null ? null : folder.resolve("surname-freq.csv");
        if (givenFile == null || !Files.isReadable(givenFile) || !Files.isReadable(familyFile)) {
            return builtIn();
        }
        return new NameTables(read(givenFile), read(familyFile), "frequency tables in " + folder.getFileName());
    }

    private static WeightedValues zipf(String[] names) {
        List<Double> weights = new ArrayList<>();
        for (int rank = 1; rank <= names.length; rank++) {
            weights.add(1.0 / rank);
        }
        return new WeightedValues(List.of(names), weights);
    }

    private static WeightedValues read(Path file) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                String[] parts = line.split(",");
                if (line.startsWith("#") || parts.length < 2 || parts[0].isBlank()) {
                    continue;
                }
                names.add(parts[0].trim());
                weights.add(Double.parseDouble(parts[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WeightedValues(names, weights);
    }

    WeightedValues given() {
        return given;
    }

    WeightedValues family() {
        return family;
    }

    public String source() {
        return source;
    }
}
