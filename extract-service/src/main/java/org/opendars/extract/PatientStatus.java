package org.opendars.extract;

import java.util.List;

import org.opendars.kit.api.SpreadsheetSafe;

/**
 * Patient status and tracking: for each person on the organisation's list, whether the custodian traced them in
 * the person index and, from the ONS deaths in force, whether a death is registered, with its date, cause and
 * place. One row per person on the list, traced or not.
 */
public final class PatientStatus {

    private PatientStatus() {
    }

    static String query(List<ApprovedDataset> approved) {
        ApprovedDataset deaths = approved.stream().filter(d -> d.code().equals("ONS_MORTALITY")).findFirst()
                .orElseThrow(() -> new ContentQuery.Refused("patient status reports deaths from ONS_MORTALITY,"
                        + " which the agreement does not name"));
        ContentTable table = ContentTable.of("ONS_MORTALITY").orElseThrow();
        // The newest registration wins should a person have two (a correction registered as a new record).
        return "with members as (select distinct on (study_id) study_id, coalesce(pseudonym, '') as pseudonym,"
                + " match_rank from results_in where dataset = 'COHORT' order by study_id, pseudonym nulls last),"
                + " deaths as (select r.study_id, c.dod, c.underlying_cause, c.place_of_death, c.date_of_registration,"
                + " c.release_id || ' v' || c.file_version as release, row_number() over (partition by r.study_id"
                + " order by c.date_of_registration desc nulls last, c.record_id) as n"
                + " from results_in r join " + table.table() + " c on c.record_id = r.record_id"
                + " join release_file f on f.dataset_code = 'ONS_MORTALITY' and f.financial_year = c.financial_year"
                + " and f.release_id = c.release_id and f.file_version = c.file_version and f.status = 'CURRENT'"
                + " where r.dataset = 'ONS_MORTALITY'" + (deaths.fromYear() == null ? ""
                        : " and c.financial_year >= " + deaths.fromYear().intValue())
                + (deaths.toYear() == null ? "" : " and c.financial_year <= " + deaths.toYear().intValue()) + ")"
                + " select " + SpreadsheetSafe.sql("m.study_id") + " as study_id, nullif(m.pseudonym, '') as pseudonym,"
                + " case when m.pseudonym <> '' then 'TRACED' else 'NOT_TRACED' end as traced,"
                + " nullif(m.match_rank, 0) as match_rank,"
                + " case when m.pseudonym = '' then 'UNKNOWN' when d.dod is not null then 'DEAD'"
                + " else 'NO_DEATH_REGISTERED' end as vital_status,"
                + " d.dod as date_of_death, d.underlying_cause, " + SpreadsheetSafe.sql("d.place_of_death")
                + " as place_of_death, d.date_of_registration, d.release as death_release"
                + " from members m left join deaths d on d.study_id = m.study_id and d.n = 1 order by m.study_id";
    }
}
