package id.crm.channel.sms.internal;

import id.crm.channel.spi.MalformedPayloadException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The coding of an SMS text as gateways report it, and decoding of UCS-2 text that a gateway
 * passes on as hex (as Gammu SMSD stores it in its {@code Text} column). Coding names follow
 * Gammu ({@code Default_No_Compression}, {@code Unicode_No_Compression}, {@code 8bit}) and common
 * short forms ({@code gsm7}, {@code ucs2}); a numeric data coding scheme follows 3GPP TS 23.038
 * (general coding group, bits 3-2 = {@code 10}: UCS-2).
 *
 * <p>Stateless and thread-safe.
 */
public final class Ucs2 {

    private Ucs2() {
    }

    /** Whether the coding field or data coding scheme says UCS-2. */
    public static boolean isUcs2(Optional<String> coding, Optional<String> dcs) {
        boolean named = coding.map(c -> c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""))
                .filter(c -> c.equals("ucs2") || c.startsWith("unicode") || c.equals("utf16") || c.equals("utf16be"))
                .isPresent();
        boolean numeric = dcs.filter(d -> d.matches("[0-9]{1,3}")).map(Integer::parseInt)
                .filter(d -> d < 256 && (d & 0xC0) == 0 && (d & 0x0C) == 0x08).isPresent();
        return named || numeric;
    }

    /** Decodes hex-encoded UCS-2 (UTF-16BE, which also covers emoji sent as surrogate pairs). */
    public static String decodeHex(String hex) {
        String h = hex.strip();
        if (h.isEmpty() || h.length() % 4 != 0 || !h.matches("[0-9A-Fa-f]+")) {
            throw new MalformedPayloadException("the coding says UCS-2 but the text is not hex-encoded UCS-2");
        }
        try {
            return StandardCharsets.UTF_16BE.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(HexFormat.of().parseHex(h))).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPayloadException("hex-encoded UCS-2 text has an unpaired surrogate", e);
        }
    }
}
