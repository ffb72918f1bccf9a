package org.levermap.model.repo;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a date as the user wrote it: the wrong shape (not YYYY-MM-DD) is told apart from a
 * date of the right shape that does not exist (2024-02-30), so that the message names the real mistake.
 */
public final class DateText {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DateText() {
    }

    /** Why {@code text} is not a date, beginning with the text quoted: "'2024-02-30' is not a date: …". */
    public static String problem(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return "'" + text + "' is not a date written YYYY-MM-DD";
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return "'" + text + "' is not a date: there is no month " + month;
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
        return "'" + text + "' is not a date: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + ym.getYear() + " has " + ym.lengthOfMonth() + " days";
    }

    /**
     * The date {@code text} names.
     *
     * @throws IllegalArgumentException with {@link #problem(String)} as its message, when it names none
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(problem(text), e);
        }
    }
}
