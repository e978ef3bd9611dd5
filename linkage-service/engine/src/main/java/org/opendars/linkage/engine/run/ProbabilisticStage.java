package org.opendars.linkage.engine.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.data.ValidationSummary;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.probabilistic.ModelParameters;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.spec.DeterministicSpec;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;

/**
 * The probabilistic stage after the deterministic ranks: records that no rank matched (and that were not
 * ambiguous) are scored against the person index with a Fellegi-Sunter model, and those at or above the link
 * probability are linked at rank {@link #RANK}, shown as "P". It runs only when names are there to compare;
 * without them a probabilistic link would rest on date of birth, sex and postcode alone.
 */
public final class ProbabilisticStage {

    /** Rank P, after the deterministic ranks 1-8; stored as this number where ranks are numbers. */
    public static final int RANK = 9;
    public static final String RANK_LABEL = "P";

    /** Share of the remaining records that must carry a name for the stage to run. */
    private static final double MIN_NAMED_SHARE = 0.5;
    /** Fewer remaining records than this give EM too little to learn from: use a given model or stop. */
    public static final int MIN_RECORDS_TO_TRAIN = 200;

    private static final Map<String, Function<PersonRecord, String>> FIELDS = Map.of(
            "nhs_number", PersonRecord::nhsNumber,
            "given_name", PersonRecord::givenName,
            "family_name", PersonRecord::familyName,
            "date_of_birth", PersonRecord::dateOfBirth,
            "sex", PersonRecord::sex,
            "postcode", PersonRecord::postcode,
            "address", PersonRecord::address);

    /**
     * @param matches       the deterministic matches with the probabilistic links filled in
     * @param probabilities match probability of each match at rank P (NaN for the others)
     * @param model         the model used (the given one, or the one trained here), null when the stage did not run
     * @param report        the probabilistic run's quality report, null when the stage did not run
     * @param skipped       why the stage did not run, null when it did
     */
    public record Outcome(List<DeterministicMatch> matches, double[] probabilities, ModelParameters model,
            QualityReport report, String skipped) {

        public boolean ran() {
            return skipped == null;
        }

        /** Skipped only for want of a model: a given model would let the stage run. */
        public boolean wantsModel() {
            return skipped != null && skipped.startsWith(NO_MODEL);
        }
    }

    private static final String NO_MODEL = "no model for this person index version";

    private final LinkSpec spec;

    public ProbabilisticStage() {
        this(Specs.builtIn("nhs-person"));
    }

    public ProbabilisticStage(LinkSpec personSpec) {
        // The deterministic ranks have already run; this stage only scores what they left.
        this.spec = new LinkSpec(personSpec.version(), personSpec.idColumn(), null, null, personSpec.columns(),
                personSpec.comparisons(), personSpec.blocking(), personSpec.training(), personSpec.thresholds(),
                DeterministicSpec.disabled());
    }

    public LinkSpec spec() {
        return spec;
    }

    public Outcome complete(List<PersonRecord> records, List<DeterministicMatch> deterministic,
            List<PersonRecord> index, ModelParameters model, Progress progress) {
        double[] probabilities = new double[records.size()];
        Arrays.fill(probabilities, Double.NaN);
        List<Integer> remaining = new ArrayList<>();
        int named = 0;
        for (int i = 0; i < records.size(); i++) {
            DeterministicMatch match = deterministic.get(i);
            if (!match.matched() && !match.ambiguous()) {
                remaining.add(i);
                PersonRecord record = records.get(i);
                named += hasText(record.familyName()) || hasText(record.givenName()) ? 1 : 0;
            }
        }
        if (remaining.isEmpty()) {
            return new Outcome(deterministic, probabilities, model, null, "every record was decided by a rank");
        }
        if (named < MIN_NAMED_SHARE * remaining.size()) {
            return new Outcome(deterministic, probabilities, model, null,
                    "fewer than half the unmatched records carry a name");
        }
        if (index.isEmpty()) {
            return new Outcome(deterministic, probabilities, model, null, "the person index is empty");
        }
        if (model == null && remaining.size() < MIN_RECORDS_TO_TRAIN) {
            return new Outcome(deterministic, probabilities, null, null, NO_MODEL
                    + " and too few unmatched records (" + remaining.size() + ") to train one");
        }
        ValidationSummary validation = new ValidationSummary();
        Map<String, Dictionary> dictionaries = new HashMap<>();
        List<PersonRecord> left = remaining.stream().map(records::get).toList();
        Table leftTable = table("left", left, dictionaries, validation);
        Table rightTable = table("right", index, dictionaries, validation);
        LinkageResult result = new LinkageRun(spec, progress)
                .execute(new LoadedTables(leftTable, rightTable, validation), model);
        List<DeterministicMatch> matches = new ArrayList<>(deterministic);
        LinkRows links = result.links();
        for (int k = 0; k < links.size(); k++) {
            int row = remaining.get(links.left(k));
            DeterministicMatch before = deterministic.get(row);
            matches.set(row, new DeterministicMatch(before.recordId(), index.get(links.right(k)).id(), RANK, false, 1,
                    before.issues()));
            probabilities[row] = links.probability(k);
        }
        return new Outcome(matches, probabilities, result.model(), result.report(), null);
    }

    /** Normalises each field by its role, as the command line does when it reads a file. */
    private Table table(String name, List<PersonRecord> records, Map<String, Dictionary> dictionaries,
            ValidationSummary validation) {
        List<String> columns = new ArrayList<>(spec.columns().keySet());
        Table table = new Table(name, columns, dictionaries, false);
        String[] values = new String[columns.size()];
        for (PersonRecord record : records) {
            for (int c = 0; c < columns.size(); c++) {
                Function<PersonRecord, String> field = FIELDS.get(columns.get(c));
                String raw = field == null ? null : field.apply(record);
                values[c] = null;
                if (hasText(raw)) {
                    var validated = spec.columns().get(columns.get(c)).validate(raw);
                    if (validated.hasProblem()) {
                        validation.record(columns.get(c), validated.problem());
                    }
                    values[c] = validated.value();
                }
            }
            table.add(record.id(), null, values);
        }
        return table;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
