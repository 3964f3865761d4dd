package id.crm.channel.sms.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Strips a leading SMS keyword such as {@code LAPOR} ({@code LAPOR pohon tumbang},
 * {@code lapor#pohon tumbang}, {@code Lapor: ...}) and keeps the rest. A keyword counts only as a
 * whole word, so {@code Laporan saya ...} is left alone.
 *
 * <p>Immutable and thread-safe.
 */
public final class Keywords {

    private final @Nullable Pattern leading;

    public Keywords(List<String> keywords) {
        String alternatives = String.join("|", keywords.stream().map(Pattern::quote).toList());
        this.leading = keywords.isEmpty() ? null
                : Pattern.compile("^\\s*(?:" + alternatives + ")(?:[\\s#:.,;\\-]+|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String strip(String text) {
        Pattern p = leading;
        return p == null ? text : p.matcher(text).replaceFirst("");
    }
}
