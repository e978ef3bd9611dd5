package org.opendars.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The custodian's service-level clock on an assessment case, in working days. These are the rules case officers
 * quote to applicants:
 *
 * <ol>
 * <li>The clock counts working days in England ({@link WorkingCalendar}) after the day the case was received: the
 * day of receipt is day 0, and the next working day is day 1.</li>
 * <li>While the case is returned to the applicant for information the clock is paused. A pause begins on the day
 * of return and ends on the day of resubmission; it covers the days from the day of return up to, not including,
 * the day of resubmission, so the day of return does not count and the day of resubmission does. A pause not yet
 * ended covers every day from its start.</li>
 * <li>The clock stops on the day of the decision: that day still counts, the days after it do not.</li>
 * <li>The target is met while no more working days have elapsed than the target; it is breached from the first
 * working day beyond it.</li>
 * <li>The due date is the day the elapsed days reach the target if the case is not returned again. While a case is
 * returned, the due date is worked out as if the applicant resubmitted today, so it moves on with every working day
 * the case stays with the applicant. Once the target is reached, the due date is the day it was reached and no
 * longer moves. A stopped clock keeps the due date it had on the day of the decision.</li>
 * </ol>
 *
 * <p>All dates are local dates in London ({@link #londonDate(Instant)}): a case received at 23:30 UTC on a summer
 * evening was received the next day. A reading depends only on the date it is taken for, so an earlier date gives
 * the clock as it stood then, with any later resubmission or decision not yet in effect.
 *
 * <p>Pauses may overlap (a day covered twice is still one day not counted) and need not be in order.
 */
public record ServiceClock(LocalDate received, List<Pause> pauses, Optional<LocalDate> stopped, int targetWorkingDays,
        WorkingCalendar calendar) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public ServiceClock {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(stopped, "stopped");
        Objects.requireNonNull(calendar, "calendar");
        pauses = List.copyOf(pauses);
        if (targetWorkingDays < 1) {
            throw new IllegalArgumentException("the target must be at least 1 working day, not " + targetWorkingDays);
        }
        for (Pause pause : pauses) {
            if (pause.from().isBefore(received)) {
                throw new IllegalArgumentException("a case cannot be returned on " + pause.from()
                        + ", before it was received on " + received);
            }
        }
        if (stopped.isPresent() && stopped.get().isBefore(received)) {
            throw new IllegalArgumentException("a case cannot be decided on " + stopped.get()
                    + ", before it was received on " + received);
        }
    }

    /** A clock that has not stopped and was never paused. */
    public static ServiceClock running(LocalDate received, int targetWorkingDays, WorkingCalendar calendar) {
        return new ServiceClock(received, List.of(), Optional.empty(), targetWorkingDays, calendar);
    }

    /** The London date of an instant, which is the date every rule of the clock is stated in. */
    public static LocalDate londonDate(Instant at) {
        return LocalDate.ofInstant(at, LONDON);
    }

    /** The clock as it stands on {@code today}. */
    public Reading read(LocalDate today) {
        Objects.requireNonNull(today, "today");
        boolean hasStopped = stopped.isPresent() && !today.isBefore(stopped.get());
        LocalDate until = hasStopped ? stopped.get() : today;

        int elapsed = 0;
        int paused = 0;
        LocalDate reachedOn = null;
        for (LocalDate day = received.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            if (pausedOn(day)) {
                paused++;
            } else if (++elapsed == targetWorkingDays) {
                reachedOn = day;
            }
        }

        boolean pausedNow = pausedOn(until);
        LocalDate dueDate = reachedOn;
        if (dueDate == null) {
            // As if resubmitted on the day of the reading: that day has not counted yet but would.
            LocalDate lastCounted = pausedNow ? until.minusDays(1) : until;
            if (lastCounted.isBefore(received)) {
                lastCounted = received;
            }
            dueDate = calendar.plusWorkingDays(lastCounted, targetWorkingDays - elapsed);
        }
        return new Reading(elapsed, paused, targetWorkingDays, Math.max(0, targetWorkingDays - elapsed), dueDate,
                pausedNow && !hasStopped, hasStopped, elapsed > targetWorkingDays);
    }

    private boolean pausedOn(LocalDate day) {
        for (Pause pause : pauses) {
            if (pause.covers(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A time the case spent with the applicant: from the day it was returned to the day it was resubmitted, or
     * still returned when {@code to} is empty.
     */
    public record Pause(LocalDate from, Optional<LocalDate> to) {

        public Pause {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isPresent() && to.get().isBefore(from)) {
                throw new IllegalArgumentException("a case cannot be resubmitted on " + to.get()
                        + ", before it was returned on " + from);
            }
        }

        public static Pause between(LocalDate returned, LocalDate resubmitted) {
            return new Pause(returned, Optional.of(resubmitted));
        }

        public static Pause open(LocalDate returned) {
            return new Pause(returned, Optional.empty());
        }

        /** Whether the clock does not count {@code day}: from the day of return up to the day of resubmission. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to.isEmpty() || day.isBefore(to.get()));
        }
    }

    /**
     * The clock on one day. {@code pausedWorkingDays} are the working days since receipt that did not count
     * because the case was with the applicant; {@code paused} says whether it is with the applicant on that day and
     * is never set once the clock has stopped.
     */
    public record Reading(int elapsedWorkingDays, int pausedWorkingDays, int targetWorkingDays,
            int remainingWorkingDays, LocalDate dueDate, boolean paused, boolean stopped, boolean breached) {
    }
}
