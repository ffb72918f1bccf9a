package org.levermap.collect.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people a MAINTAINERS-style file names: Markdown tables (a column for the name, the
 * GitHub handle or the e-mail), list items ({@code - Jane Doe <jane@example.org>}, {@code * [Jane
 * Doe](https://github.com/jane)}, {@code - @jane}), plain {@code Name <email>} lines, and the Linux
 * kernel's {@code M:}/{@code R:} lines. The heading a person is listed under gives their role
 * ("maintainers", "emeritus maintainers", "reviewers"). In a GOVERNANCE file only sections whose
 * heading is about people (maintainers, committers, steering committee, members, owners) are read.
 */
public final class MaintainersParser {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^\\s*(=+|-+)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.+)$");
    private static final Pattern KERNEL = Pattern.compile("^([MR]):\\s*(.+)$");
    private static final Pattern EMAIL_IN_BRACKETS = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");
    private static final Pattern EMAIL = Pattern.compile("\\b([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\b");
    private static final Pattern GITHUB_URL = Pattern.compile("https?://(?:www\\.)?github\\.com/([A-Za-z0-9-]+)/?(?=[)\\s\\]>]|$)");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@/])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\\b(?![.@]\\w)");
    /**
     * A Markdown link {@code [text](destination "title")}. As in CommonMark, the destination is either
     * {@code <...>} or a run without spaces in which parentheses are balanced (one level), so that
     * {@code (https://en.wikipedia.org/wiki/Joe_(developer))} is read whole.
     */
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]]*)\\]\\(\\s*(<[^<>\\n]*>|(?:[^()\\s]|\\([^()\\s]*\\))*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern PEOPLE_HEADING = Pattern.compile(
            "(?i).*(maintainer|committer|reviewer|approver|owner|steering|committee|\\btsc\\b|member|core team|"
                    + "emerit|lead|council|board).*");

    private MaintainersParser() {
    }

    /**
     * One person or team.
     *
     * @param name as written (or the handle when only a handle is given)
     * @param email when given
     * @param handle GitHub handle without {@code @}, when given
     * @param role from the heading above, lower case ({@code maintainers} when there is none)
     * @param line 1-based line
     */
    public record Person(String name, String email, String handle, String role, int line) {
    }

    /** The people of a MAINTAINERS or OWNERS.md file. */
    public static List<Person> parse(String text) {
        return parse(text, false);
    }

    /** The people in the sections of a GOVERNANCE file that are about people. */
    public static List<Person> parseGovernance(String text) {
        return parse(text, true);
    }

    private static List<Person> parse(String text, boolean peopleSectionsOnly) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Person> people = new LinkedHashMap<>();
        String heading = null;
        int[] tableColumns = null;
        boolean kernel = false;
        for (String l : lines) {
            if (KERNEL.matcher(l).matches()) {
                kernel = true;
                break;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher h = HEADING.matcher(line);
            if (h.matches() || (i + 1 < lines.length && UNDERLINE.matcher(lines[i + 1]).matches() && !line.isBlank()
                    && !line.strip().startsWith("|"))) {
                heading = clean(h.matches() ? h.group(1) : line.strip());
                tableColumns = null;
                continue;
            }
            boolean inPeopleSection = heading != null && PEOPLE_HEADING.matcher(heading).matches();
            if (peopleSectionsOnly && !inPeopleSection) {
                continue;
            }
            String role = role(heading, inPeopleSection);
            if (kernel) {
                Matcher k = KERNEL.matcher(line);
                if (k.matches()) {
                    add(people, person(k.group(2), k.group(1).equals("M") ? "maintainers" : "reviewers", i + 1));
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("|")) {
                List<String> cells = cells(stripped);
                if (tableColumns == null && i + 1 < lines.length && lines[i + 1].strip().matches("\\|?[\\s:|-]+\\|?")
                        && lines[i + 1].contains("-")) {
                    tableColumns = columns(cells);
                    i++;
                } else if (tableColumns != null) {
                    add(people, fromRow(cells, tableColumns, role, i + 1));
                }
                continue;
            }
            tableColumns = null;
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                add(people, person(item.group(1), role, i + 1));
            } else if (!peopleSectionsOnly && EMAIL_IN_BRACKETS.matcher(stripped).find()
                    && !stripped.startsWith("#") && stripped.length() < 120) {
                add(people, person(stripped, role, i + 1));
            }
        }
        return new ArrayList<>(people.values());
    }

    private static String role(String heading, boolean inPeopleSection) {
        if (heading == null || !inPeopleSection) {
            return "maintainers";
        }
        return heading.toLowerCase(Locale.ROOT);
    }

    private static void add(Map<String, Person> people, Person p) {
        if (p == null) {
            return;
        }
        String key = (p.handle() != null ? "@" + p.handle() : p.email() != null ? p.email() : p.name()).toLowerCase(Locale.ROOT);
        people.putIfAbsent(key + "\n" + p.role(), p);
    }

    /** A person from free text: "Jane Doe <jane@x.org> (@jane)", "[Jane](https://github.com/jane), Acme". */
    static Person person(String raw, String role, int line) {
        String text = raw.strip();
        String email = null;
        String handle = null;
        Matcher link = LINK.matcher(text);
        StringBuilder plain = new StringBuilder();
        int last = 0;
        while (link.find()) {
            String url = link.group(2).startsWith("<") ? link.group(2).substring(1, link.group(2).length() - 1)
                    : link.group(2);
            Matcher gh = GITHUB_URL.matcher(url);
            if (gh.find() && handle == null) {
                handle = gh.group(1);
            } else if (url.startsWith("mailto:") && email == null) {
                email = url.substring(7);
            }
            plain.append(text, last, link.start()).append(link.group(1));
            last = link.end();
        }
        plain.append(text.substring(last));
        text = plain.toString();
        Matcher bracket = EMAIL_IN_BRACKETS.matcher(text);
        if (bracket.find()) {
            email = email == null ? bracket.group(1) : email;
            text = text.substring(0, bracket.start()) + text.substring(bracket.end());
        }
        Matcher mail = EMAIL.matcher(text);
        if (email == null && mail.find()) {
            email = mail.group(1);
            text = text.substring(0, mail.start()) + text.substring(mail.end());
        }
        Matcher gh = GITHUB_URL.matcher(text);
        if (gh.find()) {
            handle = handle == null ? gh.group(1) : handle;
            text = text.substring(0, gh.start()) + text.substring(gh.end());
        }
        Matcher at = HANDLE.matcher(text);
        if (at.find()) {
            handle = handle == null ? at.group(1) : handle;
            text = text.substring(0, at.start()) + text.substring(at.end());
        }
        String name = clean(text.replaceAll("\\(\\s*\\)|\\[\\s*\\]", " ").split("\\s+[-\u2013\u2014|]\\s+|,\\s+|\\s\\(", 2)[0]);
        if (name.isEmpty()) {
            name = handle != null ? "@" + handle : email;
        }
        if (name == null || !name.matches(".*\\p{L}.*") || name.length() > 80) {
            return null;
        }
        // Prose in a list ("Review pull requests within a week") names no one.
        if (email == null && handle == null && (name.split("\\s+").length > 5 || name.matches(".*[.:;!?]$")
                || Character.isLowerCase(name.codePointAt(0)))) {
            return null;
        }
        return new Person(name, email, handle, role, line);
    }

    private static String clean(String s) {
        return s.replaceAll("[*_`~]+", "").replaceAll("\\s+", " ").strip().replaceAll("^[:,;.\\-\\s]+|[:,;\\-\\s]+$", "");
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    /** {name, handle, email} column indexes of a table header, -1 when absent; null if no column names people. */
    private static int[] columns(List<String> header) {
        int name = -1;
        int handle = -1;
        int email = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = clean(header.get(i)).toLowerCase(Locale.ROOT);
            if (email < 0 && h.matches(".*(e-?mail|\\bmail\\b).*")) {
                email = i;
            } else if (handle < 0 && h.matches(".*(github|handle|user ?name|login|\\bid\\b|account).*")) {
                handle = i;
            } else if (name < 0 && h.matches(".*(name|maintainer|member|person|who|owner|approver|reviewer|committer).*")) {
                name = i;
            }
        }
        return name < 0 && handle < 0 && email < 0 ? null : new int[] {name, handle, email};
    }

    private static Person fromRow(List<String> cells, int[] columns, String role, int line) {
        if (columns == null) {
            return null;
        }
        StringBuilder raw = new StringBuilder();
        for (int c : columns) {
            if (c >= 0 && c < cells.size() && !cells.get(c).isBlank()) {
                raw.append(c == columns[1] && !cells.get(c).contains("@") && !cells.get(c).contains("github.com")
                        ? "@" + cells.get(c).replaceAll("[\\[\\]()]", " ").strip().split("\\s+")[0] : cells.get(c)).append(' ');
            }
        }
        return raw.length() == 0 ? null : person(raw.toString(), role, line);
    }
}
