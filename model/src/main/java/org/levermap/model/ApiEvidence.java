package org.levermap.model;

import java.time.LocalDate;

/**
 * Where an observation from a web API was read: the URL that answered, the field of its answer, and
 * the day it was read. The API's answer may change the next day, so the day is part of the evidence.
 *
 * @param url the API URL that was requested
 * @param field the field of the answer the observation comes from ({@code owner.type}), when one
 * @param read the day the answer was read (UTC)
 */
public record ApiEvidence(
        @Required @Source String url,
        String field,
        @Required LocalDate read) {

    /** The same answer, cited for another of its fields. */
    public ApiEvidence field(String name) {
        return new ApiEvidence(url, name, read);
    }
}
