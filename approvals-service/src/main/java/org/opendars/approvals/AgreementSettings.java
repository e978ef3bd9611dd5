package org.opendars.approvals;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The custodian's terms for agreements: who it is, how long an agreement may run, when reminders go. */
@ConfigMapping(prefix = "dars.agreements")
public interface AgreementSettings {

    /** The custodian as a party to every agreement. */
    @WithDefault("OpenDARS data custodian")
    String custodian();

    /** Where the data may be processed and stored, until applications state their own territory of use. */
    @WithDefault("England and Wales")
    String territory();

    /** The longest term for most purposes (data sharing standard 1). */
    @WithDefault("36")
    int maxTermMonths();

    /** The longest term for a consented cohort, which the standard allows up to 15 years. */
    @WithDefault("180")
    int consentedCohortMaxTermMonths();

    /** The longest term for a clinical trial, whose records the law requires kept for longer. */
    @WithDefault("180")
    int clinicalTrialMaxTermMonths();

    /** The longest term for a service evaluation, a short piece of work by nature. */
    @WithDefault("12")
    int serviceEvaluationMaxTermMonths();

    /** How long after issue an agreement may start (standard 1: no more than 12 months). */
    @WithDefault("12")
    int maxStartDelayMonths();

    /** Days before the end date on which a reminder goes out, once each. */
    @WithDefault("90,30,7")
    List<Integer> reminderDays();

    /** Days after the end by which the recipient must have recorded the data's destruction. */
    @WithDefault("30")
    int destructionDays();

    /** How often each replica sweeps for activations, reminders and expiry; {@code off} in tests, which sweep by hand. */
    @WithDefault("1m")
    String sweepEvery();

    /** How long after start the first sweep waits. */
    @WithDefault("5s")
    String sweepDelay();

    /** The largest destruction certificate accepted, in bytes. */
    @WithDefault("5242880")
    int maxCertificateBytes();
}
