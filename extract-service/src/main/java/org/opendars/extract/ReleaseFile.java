package org.opendars.extract;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.opendars.kit.problem.IllegalTransitionException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One file of a data set release as it was loaded. A release may come again as a corrected file version, which
 * supersedes the earlier one; for a data set whose releases restate the year to date, a later period of the same
 * financial year supersedes the earlier periods. Superseded rows are kept, so what an extract was built from can be
 * built again.
 */
@Entity
@Table(name = "release_file")
@IdClass(ReleaseFile.Key.class)
public class ReleaseFile extends PanacheEntityBase {

    public record Key(String datasetCode, String releaseId, int fileVersion) implements Serializable {
    }

    public enum Status {
        CURRENT, SUPERSEDED
    }

    @Id
    @Column(name = "dataset_code")
    public String datasetCode;

    @Id
    @Column(name = "release_id")
    public String releaseId;

    @Id
    @Column(name = "file_version")
    public int fileVersion;

    @Column(name = "financial_year", nullable = false)
    public short financialYear;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public long rows;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "ingested_by", nullable = false)
    public String ingestedBy;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "superseded_by")
    public String supersededBy;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    static ReleaseFile received(String datasetCode, String releaseId, int fileVersion, FinancialYear year,
            ReleasePeriod period, String sha256, long rows, String user) {
        ReleaseFile file = new ReleaseFile();
        file.datasetCode = datasetCode;
        file.releaseId = releaseId;
        file.fileVersion = fileVersion;
        file.financialYear = (short) year.startYear();
        file.period = period.toString();
        file.sha256 = sha256;
        file.rows = rows;
        file.status = Status.CURRENT;
        file.ingestedBy = user;
        file.ingestedAt = Instant.now();
        return file;
    }

    public static Optional<ReleaseFile> find(String datasetCode, String releaseId, int fileVersion) {
        return Optional.ofNullable(findById(new Key(datasetCode, releaseId, fileVersion)));
    }

    public static List<ReleaseFile> ofRelease(String datasetCode, String releaseId) {
        return list("datasetCode = ?1 and releaseId = ?2 order by fileVersion", datasetCode, releaseId);
    }

    public static List<ReleaseFile> currentOf(String datasetCode, int financialYear) {
        return list("datasetCode = ?1 and financialYear = ?2 and status = ?3 order by releaseId, fileVersion",
                datasetCode, (short) financialYear, Status.CURRENT);
    }

    public static List<ReleaseFile> ofDataset(String datasetCode) {
        return list("datasetCode = ?1 order by financialYear, period, releaseId, fileVersion", datasetCode);
    }

    public FinancialYear year() {
        return new FinancialYear(financialYear);
    }

    public ReleasePeriod releasePeriod() {
        return ReleasePeriod.parse(period);
    }

    public boolean isCurrent() {
        return status == Status.CURRENT;
    }

    /** The same release must come again as the same year and period, whatever its file version. */
    void requireSameRelease(FinancialYear year, ReleasePeriod period) {
        if (financialYear != year.startYear() || !this.period.equals(period.toString())) {
            throw new IllegalTransitionException("release " + releaseId + " of " + datasetCode + " is "
                    + year() + " " + this.period + ", not " + year + " " + period);
        }
    }

    /** A later file takes over; the rows stay, marked as no longer in force. */
    void supersede(ReleaseFile by) {
        if (status == Status.SUPERSEDED) {
            return;
        }
        status = Status.SUPERSEDED;
        supersededBy = by.releaseId + " v" + by.fileVersion;
        supersededAt = by.ingestedAt;
    }

    /** A release that arrives after a later period of its year is kept, but not in force. */
    void arrivedLate(ReleaseFile current) {
        status = Status.SUPERSEDED;
        supersededBy = current.releaseId + " v" + current.fileVersion;
        supersededAt = ingestedAt;
    }

    public String label() {
        return releaseId + " v" + fileVersion;
    }
}
