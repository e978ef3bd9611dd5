package org.opendars.linkage.engine.synthetic;

import java.util.SplittableRandom;
import org.opendars.linkage.engine.synthetic.DsgenField.Kind;

/**
 * Febrl's corruption model: a duplicate gets between 1 and the record's maximum of modifications; each falls on a
 * field chosen by the field's weight (a field takes at most its maximum), and its kind is chosen by weights that
 * depend on what the field holds. Kinds that cannot apply to the value (no second word, no table entry) are
 * skipped and another is drawn. Counts of what was done are kept, for the summary and for tests.
 */
final class DsgenCorrupter {

    private static final Modification[] KINDS = Modification.values();
    private static final DsgenField[] FIELDS = DsgenField.values();
    /**
     * Per step. About half the swapped names are changed again afterwards, so this leaves about 4 % of
     * FEBRL-4-like duplicates with given name and surname exactly swapped, as in FEBRL 4 (211 of 5,000).
     */
    private static final double NAME_SWAP = 0.03;
    private static final int ATTEMPTS = 8;
    /** Per kind of field, weights in {@link Modification} order; name swaps are decided per step, not here. */
    private static final double[][] WEIGHTS = new double[Kind.values().length][];

    static {
        WEIGHTS[Kind.NAME.ordinal()] = new double[] {.08, .08, .12, .08, .03, .07, .14, .02, .22, .02, .10, 0, 0, 0};
        WEIGHTS[Kind.TEXT.ordinal()] = new double[] {.08, .08, .12, .08, .06, .06, .10, .08, .16, .04, .12, 0, 0, 0};
        WEIGHTS[Kind.NUMBER.ordinal()] = new double[] {.10, .15, .30, .20, 0, .10, 0, 0, 0, .05, .10, 0, 0, 0};
        WEIGHTS[Kind.CODE.ordinal()] = new double[] {.05, .05, .40, .30, 0, .15, 0, 0, 0, .05, 0, 0, 0, 0};
        WEIGHTS[Kind.CATEGORY.ordinal()] = new double[] {0, .10, .20, 0, 0, 0, 0, 0, 0, .40, .30, 0, 0, 0};
        WEIGHTS[Kind.DATE.ordinal()] = new double[] {0, 0, 0, .10, 0, 0, 0, 0, 0, 0, .20, .25, .45, 0};
    }

    private final DsgenTables tables;
    private final DsgenSettings settings;
    private final long[] counts = new long[KINDS.length];
    private final double fieldTotal;

    DsgenCorrupter(DsgenTables tables, DsgenSettings settings) {
        this.tables = tables;
        this.settings = settings;
        double total = 0;
        for (DsgenField field : FIELDS) {
            total += field.selectionWeight();
        }
        fieldTotal = total;
    }

    /** A modified copy of {@code original} (values in {@link DsgenField} order). */
    String[] corrupt(String[] original, SplittableRandom random) {
        String[] values = original.clone();
        int[] perField = new int[FIELDS.length];
        int wanted = 1 + random.nextInt(settings.maxModificationsPerRecord());
        int given = DsgenField.GIVEN_NAME.ordinal();
        int surname = DsgenField.SURNAME.ordinal();
        for (int done = 0, step = 0; done < wanted && step < wanted * ATTEMPTS; step++) {
            if (random.nextDouble() < NAME_SWAP && !values[given].equals(values[surname])
                    && perField[given] < settings.maxModificationsPerField()
                    && perField[surname] < settings.maxModificationsPerField()) {
                String swap = values[given];
                values[given] = values[surname];
                values[surname] = swap;
                perField[given]++;
                perField[surname]++;
                counts[Modification.NAME_SWAP.ordinal()]++;
                done++;
                continue;
            }
            DsgenField field = pickField(random);
            if (perField[field.ordinal()] >= settings.maxModificationsPerField()) {
                continue;
            }
            String changed = modify(field, values[field.ordinal()], random);
            if (changed != null) {
                values[field.ordinal()] = changed;
                perField[field.ordinal()]++;
                done++;
            }
        }
        return values;
    }

    long count(Modification kind) {
        return counts[kind.ordinal()];
    }

    private DsgenField pickField(SplittableRandom random) {
        double point = random.nextDouble() * fieldTotal;
        for (DsgenField field : FIELDS) {
            point -= field.selectionWeight();
            if (point < 0) {
                return field;
            }
        }
        return FIELDS[FIELDS.length - 1];
    }

    private String modify(DsgenField field, String value, SplittableRandom random) {
        double[] weights = WEIGHTS[field.kind().ordinal()].clone();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Modification kind = pick(weights, random);
            if (kind == null) {
                return null;
            }
            String changed = apply(kind, field, value, random);
            if (changed != null && !changed.equals(value)) {
                counts[kind.ordinal()]++;
                return changed;
            }
            weights[kind.ordinal()] = 0;
        }
        return null;
    }

    private String apply(Modification kind, DsgenField field, String value, SplittableRandom random) {
        if (value.isEmpty() && kind != Modification.NEW_VALUE) {
            return null;
        }
        boolean digits = field.kind() != Kind.NAME && field.kind() != Kind.TEXT;
        return switch (kind) {
            case INSERT -> Typos.insert(value, random);
            case DELETE -> Typos.delete(value, random);
            case SUBSTITUTE -> Typos.substitute(value, random);
            case TRANSPOSE -> Typos.transpose(value, random);
            case SPACE -> Typos.space(value, random);
            case OCR -> Typos.ocr(value, digits, random);
            case PHONETIC -> Typos.phonetic(value, random);
            case WORD_SWAP -> Typos.swapWords(value, random);
            case MISSPELLING -> misspelling(field, value, random);
            case NEW_VALUE -> tables.values(field) == null ? null : tables.values(field).draw(random);
            case MISSING -> field.mayBeMissing() ? "" : null;
            case DAY_MONTH_SWAP -> Dates.swapDayAndMonth(value);
            case DATE_DIGIT -> Dates.digitOffByOne(value, random);
            case NAME_SWAP -> null;
        };
    }

    private String misspelling(DsgenField field, String value, SplittableRandom random) {
        String[] wrong = tables.misspellings(field, value);
        return wrong == null || wrong.length == 0 ? null : wrong[random.nextInt(wrong.length)];
    }

    private static Modification pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        if (total <= 0) {
            return null;
        }
        double point = random.nextDouble() * total;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                point -= weights[i];
                if (point < 0) {
                    return KINDS[i];
                }
            }
        }
        return KINDS[last];
    }
}
