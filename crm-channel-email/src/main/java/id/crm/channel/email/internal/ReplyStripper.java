package id.crm.channel.email.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts quoted replies and signatures from a plain-text mail body, so that a citizen's follow-up
 * reads as what they added, not the whole thread. Recognised, in English and Indonesian:
 * <ul>
 *   <li>quoted lines starting with {@code >};
 *   <li>reply headers: {@code On <date>, <name> wrote:} and {@code Pada <date>, <name> menulis:}
 *       (also broken over two lines), Outlook's {@code -----Original Message-----} /
 *       {@code -----Pesan Asli-----} and its line of underscores before {@code From:} / {@code Dari:};
 *   <li>signatures: the {@code "-- "} delimiter (RFC 3676 §4.3) and short device footers such as
 *       {@code Sent from my iPhone}, {@code Dikirim dari iPhone saya}, {@code Get Outlook for Android}.
 * </ul>
 * Everything from a reply header or signature on is dropped. Forwarded messages are kept: a
 * citizen often forwards the complaint itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReplyStripper {

    private static final Pattern REPLY_HEADER = Pattern.compile(
            "(?i)^(on\\s.{3,300}\\swrote:|pada\\s.{3,300}\\smenulis:"
                    + "|-{3,}\\s*(original message|pesan asli)\\s*-{3,})$");
    private static final Pattern REPLY_HEADER_START = Pattern.compile("(?i)^(on|pada)\\s.{3,300}$");
    private static final Pattern REPLY_HEADER_END = Pattern.compile("(?i)^.{0,200}(wrote|menulis):$");
    private static final Pattern OUTLOOK_RULE = Pattern.compile("^_{10,}$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)^(from|dari):\\s.*");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern DEVICE_FOOTER = Pattern.compile(
            "(?i)^(sent from (my )?\\S.{0,40}|dikirim dari \\S.{0,40}|get outlook for \\S.{0,30})$");

    private ReplyStripper() {
    }

    /** The body without quoted replies and signature; line breaks are {@code \n}. */
    public static String strip(String body) {
        String[] lines = body.split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (REPLY_HEADER.matcher(t).matches()
                    || REPLY_HEADER_START.matcher(t).matches() && REPLY_HEADER_END.matcher(next).matches()
                    && !t.endsWith(".")
                    || OUTLOOK_RULE.matcher(t).matches() && OUTLOOK_FROM.matcher(next).matches()
                    || SIGNATURE.matcher(lines[i]).matches()
                    || DEVICE_FOOTER.matcher(t).matches()) {
                break;
            }
            if (!t.startsWith(">")) {
                kept.add(lines[i]);
            }
        }
        return String.join("\n", kept).strip();
    }
}
