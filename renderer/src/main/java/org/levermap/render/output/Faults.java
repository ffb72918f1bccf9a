package org.levermap.render.output;

import java.io.IOException;

/** A hook called before each step of staging and swapping; tests use it to stop a build anywhere. */
interface Faults {

    /** No fault: what a build runs with. */
    Faults NONE = step -> { };

    void before(String step) throws IOException;
}
