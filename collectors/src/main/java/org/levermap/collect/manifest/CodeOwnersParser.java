package org.levermap.collect.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a CODEOWNERS file: each rule is a path pattern followed by owners, which are users
 * ({@code @name}), teams ({@code @org/team}) or e-mail addresses. Comments ({@code #}, also after
 * the owners), blank lines and GitLab section headers ({@code [Section]}) are skipped.
 */
public final class CodeOwnersParser {

    private static final Pattern USER_OR_TEAM = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9_.-]+)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CodeOwnersParser() {
    }

    /**
     * One owner.
     *
     * @param name {@code @user}, {@code @org/team}, or an e-mail address
     * @param email the address, when the owner is one
     * @param team whether it is a team
     * @param line first line naming it
     * @param patterns number of patterns it owns
     */
    public record Owner(String name, String email, boolean team, int line, int patterns) {
    }

    /**
     * What a CODEOWNERS file says.
     *
     * @param patterns number of rules (patterns), owned or not
     * @param owners every owner, in order of first appearance
     */
    public record Result(int patterns, List<Owner> owners) {
    }

    public static Result parse(String text) {
        int patterns = 0;
        Map<String, Owner> owners = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
                continue;
            }
            List<String> tokens = tokens(line);
            if (tokens.isEmpty()) {
                continue;
            }
            patterns++;
            for (String token : tokens.subList(1, tokens.size())) {
                if (token.startsWith("#")) {
                    break;
                }
                String key = token.toLowerCase(Locale.ROOT);
                Owner known = owners.get(key);
                if (known != null) {
                    owners.put(key, new Owner(known.name(), known.email(), known.team(), known.line(), known.patterns() + 1));
                } else if (USER_OR_TEAM.matcher(token).matches()) {
                    owners.put(key, new Owner(token, null, token.contains("/"), i + 1, 1));
                } else if (EMAIL.matcher(token).matches()) {
                    owners.put(key, new Owner(token, token, false, i + 1, 1));
                }
            }
        }
        return new Result(patterns, new ArrayList<>(owners.values()));
    }

    /** Splits on blanks, keeping escaped blanks ({@code \ }) inside a pattern. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(c).append(line.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
