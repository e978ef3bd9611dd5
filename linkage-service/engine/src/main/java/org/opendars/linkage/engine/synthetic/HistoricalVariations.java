package org.opendars.linkage.engine.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/** How one record writes a person down: each field varies on its own, at rates typical of old registers. */
final class HistoricalVariations {

    private HistoricalVariations() {
    }

    /** The record's values after {@code cluster}, comma-separated. */
    static String row(HistoricalPerson person, SplittableRandom random) {
        String occupation = chance(random, 0.2) ? "" : chance(random, 0.06)
                ? HistoricalPerson.otherOccupation(random) : person.occupation();
        return String.join(",", firstName(person, random), surname(person, random), dob(person, random),
                birthPlace(person, random), postcode(person, random),
                chance(random, 0.08) ? "" : person.male() ? "male" : "female", occupation);
    }

    private static String birthPlace(HistoricalPerson person, SplittableRandom random) {
        if (chance(random, 0.15)) {
            return "";
        }
        return casing(chance(random, 0.04) ? typo(person.birthPlace(), random) : person.birthPlace(), random);
    }

    private static String firstName(HistoricalPerson person, SplittableRandom random) {
        if (chance(random, 0.04)) {
            return "";
        }
        String first = person.first();
        String middle = person.middle();
        double form = random.nextDouble();
        String name;
        if (form < 0.09) {
            name = initial(first, random) + (middle != null && random.nextBoolean() ? " " + initial(middle, random)
                    : "");
        } else if (form < 0.21 && HistoricalNames.PET_NAMES.containsKey(first)) {
            String[] pets = HistoricalNames.PET_NAMES.get(first);
            name = pets[random.nextInt(pets.length)];
        } else if (form < 0.24 && middle != null) {
            name = middle;
        } else {
            name = chance(random, 0.04) ? typo(first, random) : first;
            if (middle != null) {
                double shown = random.nextDouble();
                name += shown < 0.4 ? " " + middle : shown < 0.5 ? " " + initial(middle, random) : "";
            }
        }
        if (chance(random, 0.08)) {
            String[] titles = person.male() ? HistoricalNames.MALE_TITLES : HistoricalNames.FEMALE_TITLES;
            name = titles[random.nextInt(titles.length)] + " " + name;
        }
        return casing(name, random);
    }

    private static String surname(HistoricalPerson person, SplittableRandom random) {
        if (chance(random, 0.02)) {
            return "";
        }
        String surname = person.surname();
        if (chance(random, 0.08)) {
            for (String[] group : HistoricalNames.SURNAME_VARIANTS) {
                if (group[0].equals(surname)) {
                    surname = group[1 + random.nextInt(group.length - 1)];
                }
            }
        }
        if (chance(random, 0.06)) {
            String sounded = Typos.phonetic(surname, random);
            surname = sounded != null && random.nextBoolean() ? sounded : typo(surname, random);
        }
        return chance(random, 0.1) ? surname.toUpperCase(Locale.ROOT) : casing(surname, random);
    }

    private static String dob(HistoricalPerson person, SplittableRandom random) {
        String iso = person.dob().toString();
        double form = random.nextDouble();
        if (form < 0.06) {
            return "";
        }
        if (form < 0.13) {
            return iso.substring(0, 4);
        }
        if (form < 0.18) {
            return iso.substring(0, 7);
        }
        int day = person.dob().getDayOfMonth();
        int month = person.dob().getMonthValue();
        if (form < 0.21 && day <= 12 && day != month) {
            return iso.substring(0, 5) + iso.substring(8, 10) + "-" + iso.substring(5, 7);
        }
        if (form < 0.24) {
            return person.dob().plusYears(random.nextBoolean() ? 1 : -1).toString();
        }
        return iso;
    }

    private static String postcode(HistoricalPerson person, SplittableRandom random) {
        if (chance(random, 0.1)) {
            return "";
        }
        String[] postcodes = person.postcodes();
        String postcode = postcodes[random.nextInt(postcodes.length)];
        if (chance(random, 0.03)) {
            String changed = Typos.substitute(postcode.toLowerCase(Locale.ROOT), random);
            postcode = changed == null ? postcode : changed.toUpperCase(Locale.ROOT);
        }
        return postcode;
    }

    private static String initial(String name, SplittableRandom random) {
        return name.charAt(0) + (random.nextBoolean() ? "." : "");
    }

    private static String typo(String value, SplittableRandom random) {
        String changed = switch (random.nextInt(4)) {
            case 0 -> Typos.substitute(value, random);
            case 1 -> Typos.delete(value, random);
            case 2 -> Typos.insert(value, random);
            default -> Typos.transpose(value, random);
        };
        return changed == null ? value : changed;
    }

    /** Mostly capitalised words, sometimes all lower case. */
    private static String casing(String value, SplittableRandom random) {
        if (chance(random, 0.1)) {
            return value;
        }
        StringBuilder cased = new StringBuilder(value.length());
        boolean start = true;
        for (char c : value.toCharArray()) {
            cased.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return cased.toString();
    }

    private static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }
}
