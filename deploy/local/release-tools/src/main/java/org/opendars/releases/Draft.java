package org.opendars.releases;

import java.time.LocalDate;

/**
 * One record of a person's year as the provider first submits it: its content columns in the data set's order
 * (the record key, the age and the residence left null for the release to fill), the date that places it in a
 * month, and the date its age is taken at.
 *
 * @param deletable whether a later release may withdraw it; a death episode stays, so that every death in
 *                  hospital keeps its episode
 */
record Draft(LocalDate activityDate, LocalDate ageOn, String[] content, boolean deletable) {
}
