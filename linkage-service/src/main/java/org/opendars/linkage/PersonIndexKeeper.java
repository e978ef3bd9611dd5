package org.opendars.linkage;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.NotFoundProblem;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.identifiers.DatesOfBirth;
import org.opendars.linkage.engine.identifiers.NhsNumbers;
import org.opendars.linkage.engine.identifiers.Postcodes;
import org.opendars.linkage.engine.identifiers.SexCodes;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;

/**
 * Keeps the person index as releases are linked to it. A release record that matches no person by rank founds
 * one, once per person the release holds (the same valid NHS number, or else the same date of birth, sex and
 * postcode); a record that links by NHS number to one person while its date of birth, sex and postcode are those of
 * exactly one other person without an NHS number shows the two are the same, and they are merged. A data manager
 * may merge or split by hand. Each change is recorded with the index version it made: the old and new person of
 * every change is what the old-to-new pseudonym mapping is made of.
 */
@ApplicationScoped
public class PersonIndexKeeper {

    /** A record that founded its person, or joined a person founded by the same release, carries this rank. */
    public static final int FOUNDED = 0;

    /** Ranks that rest on the NHS number together with sex and (partial) date of birth: strong enough to merge. */
    private static final Set<Integer> NHS_RANKS = Set.of(1, 2, 3, 4);

    /** The DOB, sex and postcode rank: a record without NHS number joins a person its release founded by it. */
    private static final int DEMOGRAPHIC_RANK = 7;

    public record Kept(List<DeterministicMatch> matches, int added, int merged, int indexVersion) {
    }

    public record Change(long id, int indexVersion, String kind, String oldPersonId, String newPersonId,
            int recordsMoved, String reason, String changedBy, Instant changedAt) {
    }

    private final AgroalDataSource dataSource;

    PersonIndexKeeper(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The index version now in force. */
    public int currentVersion() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select max(version) from person_index_version");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the person index version", e);
        }
    }

    /**
     * Founds persons for the release's unmatched records and merges the persons its records show to be one; returns
     * the matches as they now stand. Runs in the run's completing transaction, one release at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Kept keep(LinkageRun run, List<PersonRecord> records, List<DeterministicMatch> matches,
            List<PersonRecord> index) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            List<DeterministicMatch> kept = new ArrayList<>(matches);
            int added = found(connection, run, records, kept);
            Map<String, String> merges = sameAs(records, kept, index);
            int version = -1;
            if (added > 0 || !merges.isEmpty()) {
                version = nextVersion(connection, "release " + run.releaseId + " v" + run.fileVersion + " of "
                        + run.datasetCode, run, added, merges.size(), 0, run.createdBy);
                for (Map.Entry<String, String> merge : merges.entrySet()) {
                    move(connection, version, "MERGE", merge.getKey(), merge.getValue(), null,
                            "a record of release " + run.releaseId + " of " + run.datasetCode + " has the NHS number"
                                    + " of one and the date of birth, sex and postcode of the other", run.createdBy);
                }
            }
            int current = version >= 0 ? version : currentVersion(connection);
            Log.infof("release %s of %s: %d persons founded, %d merged, person index v%d", run.releaseId,
                    run.datasetCode, added, merges.size(), current);
            return new Kept(kept, added, merges.size(), current);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not keep the person index for run " + run.id, e);
        }
    }

    /** The unmatched records' persons, reused when another release founded them meanwhile, else created. */
    private int found(Connection connection, LinkageRun run, List<PersonRecord> records,
            List<DeterministicMatch> matches) throws SQLException, IOException {
        Map<String, PersonRecord> byNhs = new LinkedHashMap<>();
        Map<String, PersonRecord> byDemographics = new LinkedHashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            DeterministicMatch match = matches.get(i);
            if (match.matched() || match.ambiguous()) {
                continue;
            }
            PersonRecord normal = normalised(records.get(i));
            if (normal.nhsNumber() != null) {
                byNhs.putIfAbsent(normal.nhsNumber(), normal);
            } else if (demographic(normal) != null) {
                byDemographics.putIfAbsent(demographic(normal), normal);
            }
        }
        Map<String, String> personOfNhs = existing(connection, "select nhs_number, person_id from person where"
                + " merged_into is null and nhs_number = any (?)", byNhs.keySet());
        Map<String, String> personOfDemographics = existing(connection, "select date_of_birth || '|' || sex || '|' ||"
                + " postcode, person_id from person where merged_into is null and nhs_number is null and"
                + " date_of_birth || '|' || sex || '|' || postcode = any (?)", byDemographics.keySet());
        List<PersonRecord> founded = new ArrayList<>();
        for (Map.Entry<String, PersonRecord> entry : byNhs.entrySet()) {
            if (!personOfNhs.containsKey(entry.getKey())) {
                founded.add(entry.getValue());
            }
        }
        // A record without an NHS number joins the person its release founds by one, when exactly one fits.
        Map<String, List<PersonRecord>> foundedByDemographics = new HashMap<>();
        for (PersonRecord person : founded) {
            if (demographic(person) != null) {
                foundedByDemographics.computeIfAbsent(demographic(person), k -> new ArrayList<>()).add(person);
            }
        }
        Map<String, PersonRecord> joining = new HashMap<>();
        for (Map.Entry<String, PersonRecord> entry : byDemographics.entrySet()) {
            List<PersonRecord> fits = foundedByDemographics.getOrDefault(entry.getKey(), List.of());
            if (personOfDemographics.containsKey(entry.getKey())) {
                continue;
            }
            if (fits.size() == 1) {
                joining.put(entry.getKey(), fits.get(0));
            } else if (fits.isEmpty()) {
                founded.add(entry.getValue());
            }
        }
        List<String> ids = newIds(connection, founded.size());
        Map<PersonRecord, String> idOf = new HashMap<>();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < founded.size(); i++) {
            PersonRecord person = founded.get(i);
            idOf.put(person, ids.get(i));
            csv.append(ids.get(i)).append(',').append(nullable(person.nhsNumber())).append(',')
                    .append(nullable(person.dateOfBirth())).append(',').append(nullable(person.sex())).append(',')
                    .append(nullable(person.postcode())).append(',').append(run.id).append(',')
                    .append(IdentifierStore.quoted(person.givenName())).append(',').append(IdentifierStore.quoted(person.familyName()))
                    .append('\n');
            if (person.nhsNumber() != null) {
                personOfNhs.put(person.nhsNumber(), ids.get(i));
            } else {
                personOfDemographics.put(demographic(person), ids.get(i));
            }
        }
        if (!founded.isEmpty()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY person (person_id, nhs_number,"
                    + " date_of_birth, sex, postcode, founded_by_run, given_name, family_name) FROM STDIN WITH"
                    + " (FORMAT csv)",
                    new StringReader(csv.toString()));
        }
        for (int i = 0; i < matches.size(); i++) {
            DeterministicMatch match = matches.get(i);
            if (match.matched() || match.ambiguous()) {
                continue;
            }
            PersonRecord normal = normalised(records.get(i));
            String person = null;
            int rank = FOUNDED;
            if (normal.nhsNumber() != null) {
                person = personOfNhs.get(normal.nhsNumber());
            } else if (demographic(normal) != null) {
                PersonRecord founder = joining.get(demographic(normal));
                if (founder != null) {
                    person = idOf.get(founder);
                    rank = DEMOGRAPHIC_RANK;
                } else {
                    person = personOfDemographics.get(demographic(normal));
                }
            }
            if (person != null) {
                matches.set(i, new DeterministicMatch(match.recordId(), person, rank, false, 1, match.issues()));
            }
        }
        return founded.size();
    }

    /** Old person → the person it is the same as, for each pair the release's records show beyond doubt. */
    static Map<String, String> sameAs(List<PersonRecord> records, List<DeterministicMatch> matches,
            List<PersonRecord> index) {
        Map<String, List<String>> withoutNhs = new HashMap<>();
        for (PersonRecord person : index) {
            PersonRecord normal = normalised(person);
            if (normal.nhsNumber() == null && demographic(normal) != null) {
                withoutNhs.computeIfAbsent(demographic(normal), k -> new ArrayList<>()).add(person.id());
            }
        }
        Map<String, String> merges = new LinkedHashMap<>();
        Set<String> conflicting = new java.util.HashSet<>();
        for (int i = 0; i < matches.size(); i++) {
            DeterministicMatch match = matches.get(i);
            if (!match.matched() || !NHS_RANKS.contains(match.rank())) {
                continue;
            }
            String key = demographic(normalised(records.get(i)));
            List<String> others = key == null ? List.of() : withoutNhs.getOrDefault(key, List.of());
            if (others.size() != 1 || others.get(0).equals(match.personId())) {
                continue;
            }
            String old = others.get(0);
            String earlier = merges.putIfAbsent(old, match.personId());
            if (earlier != null && !earlier.equals(match.personId())) {
                conflicting.add(old);
            }
        }
        conflicting.forEach(merges::remove);
        // A person merged away cannot take another in; such a chain waits for a data manager.
        merges.keySet().removeIf(old -> merges.containsValue(old));
        return merges;
    }

    /** A data manager's merge: {@code from} is the same person as {@code into} and goes into it. */
    @Transactional
    public Change merge(String from, String into, String reason, String user) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            requireActive(connection, from);
            requireActive(connection, into);
            if (from.equals(into)) {
                throw new IllegalTransitionException("a person cannot be merged into itself");
            }
            int version = nextVersion(connection, "merge by " + user, null, 0, 1, 0, user);
            return move(connection, version, "MERGE", from, into, null, reason, user);
        } catch (SQLException e) {
            throw new IllegalStateException("could not merge " + from + " into " + into, e);
        }
    }

    /**
     * A data manager's split: the named records of a data set are not the person's and go to a new person, whose
     * identifiers are those the first of them was last linked with.
     */
    @Transactional
    public Change split(String personId, String datasetCode, List<String> recordIds, String reason, String user) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            requireActive(connection, personId);
            PersonRecord identifiers = lastIdentifiers(connection, datasetCode, recordIds.get(0))
                    .orElseThrow(() -> new NotFoundProblem("no identifiers are held for record " + recordIds.get(0)
                            + " of " + datasetCode));
            String newId = newIds(connection, 1).get(0);
            try (PreparedStatement insert = connection.prepareStatement("insert into person (person_id, nhs_number,"
                    + " date_of_birth, sex, postcode) values (?, ?, ?, ?, ?)")) {
                PersonRecord normal = normalised(identifiers);
                insert.setString(1, newId);
                insert.setString(2, normal.nhsNumber());
                insert.setString(3, normal.dateOfBirth());
                insert.setString(4, normal.sex());
                insert.setString(5, normal.postcode());
                insert.executeUpdate();
            }
            int version = nextVersion(connection, "split by " + user, null, 1, 0, 1, user);
            Change change = move(connection, version, "SPLIT", personId, newId, new Selection(datasetCode, recordIds),
                    reason, user);
            if (change.recordsMoved() != recordIds.size()) {
                throw new IllegalTransitionException("only " + change.recordsMoved() + " of the " + recordIds.size()
                        + " records named are linked to " + personId + ": nothing was split");
            }
            return change;
        } catch (SQLException e) {
            throw new IllegalStateException("could not split " + personId, e);
        }
    }

    private record Selection(String datasetCode, List<String> recordIds) {
    }

    /** Moves records from one person to another (all of them for a merge) and records the change. */
    private static Change move(Connection connection, int version, String kind, String from, String to,
            Selection selection, String reason, String user) throws SQLException {
        int moved;
        try (PreparedStatement update = connection.prepareStatement("update release_record set person_id = ?"
                + " where person_id = ?" + (selection == null ? "" : " and dataset_code = ? and record_id = any (?)"))) {
            update.setString(1, to);
            update.setString(2, from);
            if (selection != null) {
                update.setString(3, selection.datasetCode());
                update.setArray(4, connection.createArrayOf("varchar", selection.recordIds().toArray()));
            }
            moved = update.executeUpdate();
        }
        if (selection == null) {
            try (PreparedStatement retire = connection.prepareStatement("update person set merged_into = ?,"
                    + " retired_at = now() where person_id = ?")) {
                retire.setString(1, to);
                retire.setString(2, from);
                retire.executeUpdate();
            }
        }
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement("insert into person_change (index_version, kind,"
                + " old_person_id, new_person_id, records_moved, reason, changed_by, changed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            insert.setInt(1, version);
            insert.setString(2, kind);
            insert.setString(3, from);
            insert.setString(4, to);
            insert.setInt(5, moved);
            insert.setString(6, reason.length() > 500 ? reason.substring(0, 500) : reason);
            insert.setString(7, user);
            insert.setObject(8, java.sql.Timestamp.from(now));
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return new Change(rows.getLong(1), version, kind, from, to, moved, reason, user, now);
            }
        }
    }

    /** The changes since a version, oldest first. */
    public List<Change> changesSince(int version) {
        List<Change> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, index_version, kind, old_person_id,"
                        + " new_person_id, records_moved, reason, changed_by, changed_at from person_change"
                        + " where index_version > ? order by id")) {
            select.setInt(1, version);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getString(7), rows.getString(8),
                            rows.getTimestamp(9).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the person index changes", e);
        }
        return changes;
    }

    /** The changes whose old person the organisation received a pseudonym of, in any of its completed runs. */
    public List<Change> changesDeliveredTo(String organisationId) {
        List<Change> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select c.id, c.index_version, c.kind,"
                        + " c.old_person_id, c.new_person_id, c.records_moved, c.reason, c.changed_by, c.changed_at"
                        + " from person_change c where exists (select 1 from link_result l join linkage_run r on"
                        + " r.id = l.run_id where l.person_id = c.old_person_id and r.organisation_id = ? and"
                        + " r.status = 'COMPLETED' and r.source = 'APPLICATION' and r.finished_at <= c.changed_at)"
                        + " order by c.id")) {
            select.setString(1, organisationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getString(7), rows.getString(8),
                            rows.getTimestamp(9).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the changes for " + organisationId, e);
        }
        return changes;
    }

    public record Summary(int version, long persons, long retired, long changes) {
    }

    public Summary summary() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select (select max(version) from"
                        + " person_index_version), count(*) filter (where merged_into is null), count(*) filter"
                        + " (where merged_into is not null), (select count(*) from person_change) from person");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return new Summary(rows.getInt(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
        } catch (SQLException e) {
            throw new IllegalStateException("could not summarise the person index", e);
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext('person-index'))")) {
            lock.execute();
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select max(version) from person_index_version");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int nextVersion(Connection connection, String reason, LinkageRun run, int added, int merged,
            int split, String user) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into person_index_version (version,"
                + " reason, run_id, persons_added, merged, split, created_by, created_at) select max(version) + 1, ?,"
                + " ?, ?, ?, ?, ?, now() from person_index_version returning version")) {
            insert.setString(1, reason.length() > 300 ? reason.substring(0, 300) : reason);
            insert.setObject(2, run == null ? null : run.id);
            insert.setInt(3, added);
            insert.setInt(4, merged);
            insert.setInt(5, split);
            insert.setString(6, user == null ? "linkage-service" : user);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void requireActive(Connection connection, String personId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select merged_into from person where person_id = ?")) {
            select.setString(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundProblem("no person " + personId + " in the index");
                }
                if (rows.getString(1) != null) {
                    throw new IllegalTransitionException("person " + personId + " was merged into "
                            + rows.getString(1));
                }
            }
        }
    }

    private static Optional<PersonRecord> lastIdentifiers(Connection connection, String datasetCode, String recordId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select c.nhs_number, c.date_of_birth, c.sex,"
                + " c.postcode from cohort_record c join linkage_run r on r.id = c.run_id where r.source = 'RELEASE'"
                + " and r.dataset_code = ? and c.local_id = ? order by r.created_at desc limit 1")) {
            select.setString(1, datasetCode);
            select.setString(2, recordId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new PersonRecord(recordId, rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), null, null, null)) : Optional.empty();
            }
        }
    }

    private static Map<String, String> existing(Connection connection, String sql, Set<String> keys)
            throws SQLException {
        Map<String, String> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("varchar", keys.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.putIfAbsent(rows.getString(1), rows.getString(2));
                }
            }
        }
        return found;
    }

    private static List<String> newIds(Connection connection, int count) throws SQLException {
        List<String> ids = new ArrayList<>(count);
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement select = connection.prepareStatement("select 'P' || nextval('person_number')"
                + " from generate_series(1, ?)")) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** The identifiers in the form the index keeps them, or null where a value is missing or unusable. */
    static PersonRecord normalised(PersonRecord record) {
        return new PersonRecord(record.id(), NhsNumbers.validate(record.nhsNumber()).value(),
                DatesOfBirth.validate(record.dateOfBirth()).value(), SexCodes.validate(record.sex()).value(),
                Postcodes.validate(record.postcode()).value(), trimmed(record.givenName()),
                trimmed(record.familyName()), null);
    }

    /** Names are kept as given (the engine normalises them when it compares): trimmed and bounded only. */
    private static String trimmed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }


    /** Date of birth, a known sex and postcode together, or null: too little to found or join a person by. */
    private static String demographic(PersonRecord normal) {
        if (normal.dateOfBirth() == null || normal.postcode() == null || normal.sex() == null
                || !(SexCodes.MALE.equals(normal.sex()) || SexCodes.FEMALE.equals(normal.sex()))) {
            return null;
        }
        return normal.dateOfBirth() + "|" + normal.sex() + "|" + normal.postcode();
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
