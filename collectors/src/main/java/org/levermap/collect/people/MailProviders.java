package org.levermap.collect.people;

import java.util.Locale;
import java.util.Set;

/**
 * Mail domains that say nothing of an employer: public mail providers and GitHub's no-reply
 * addresses. Their users count as individuals.
 */
public final class MailProviders {

    private static final Set<String> PUBLIC = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "hotmail.co.uk", "hotmail.fr", "hotmail.de", "live.com", "live.fr", "msn.com", "yahoo.com", "yahoo.co.uk",
            "yahoo.fr", "yahoo.de", "yahoo.co.jp", "yahoo.com.cn", "ymail.com", "icloud.com", "me.com", "mac.com",
            "aol.com", "protonmail.com", "protonmail.ch", "proton.me", "pm.me", "tutanota.com", "tuta.io",
            "fastmail.com", "fastmail.fm", "hey.com", "zoho.com", "gmx.com", "gmx.de", "gmx.net", "gmx.at", "web.de",
            "t-online.de", "mail.ru", "yandex.ru", "yandex.com", "ya.ru", "qq.com", "foxmail.com", "163.com", "126.com",
            "sina.com", "aliyun.com", "naver.com", "hanmail.net", "free.fr", "orange.fr", "laposte.net", "libero.it",
            "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "posteo.de", "posteo.net", "mailbox.org", "riseup.net",
            "disroot.org", "duck.com", "users.noreply.github.com", "noreply.github.com", "users.sourceforge.net",
            "example.com", "localhost", "localhost.localdomain", "(none)");

    private MailProviders() {
    }

    /** Whether an address at {@code domain} belongs to an individual rather than an organisation. */
    public static boolean isIndividual(String domain) {
        if (domain == null || domain.isBlank() || !domain.contains(".")) {
            return true;
        }
        String d = domain.toLowerCase(Locale.ROOT);
        return PUBLIC.contains(d) || d.endsWith(".local") || d.endsWith(".localdomain") || d.endsWith(".lan")
                || d.endsWith(".(none)") || d.endsWith(".internal");
    }
}
