package org.levermap.collect.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of an RFC 8288 {@code Link} header, the pagination of GitHub and others. */
final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
    private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    private LinkHeader() {
    }

    /** The next page's URL, or null. */
    static String next(String header) {
        if (header == null) {
            return null;
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher rel = NEXT.matcher(link.group(2));
            while (rel.find()) {
                for (String r : rel.group(1).trim().split("\\s+")) {
                    if (r.equals("next")) {
                        return link.group(1);
                    }
                }
            }
        }
        return null;
    }
}
