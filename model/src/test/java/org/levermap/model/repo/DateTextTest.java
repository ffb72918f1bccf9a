package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void aDateOfTheRightShapeThatDoesNotExistIsToldApartFromAWrongShape() {
        assertEquals("'2024-02-30' is not a date: February 2024 has 29 days", DateText.problem("2024-02-30"));
        assertEquals("'2023-02-29' is not a date: February 2023 has 28 days", DateText.problem("2023-02-29"));
        assertEquals("'2024-13-01' is not a date: there is no month 13", DateText.problem("2024-13-01"));
        assertEquals("'31/01/2024' is not a date written YYYY-MM-DD", DateText.problem("31/01/2024"));
    }

    @Test
    void parsesADateOrThrowsItsProblem() {
        assertEquals(LocalDate.of(2024, 2, 29), DateText.parse("2024-02-29"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateText.parse("2024-04-31"));
        assertEquals("'2024-04-31' is not a date: April 2024 has 30 days", e.getMessage());
    }
}
