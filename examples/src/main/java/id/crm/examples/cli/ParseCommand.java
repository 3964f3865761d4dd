package id.crm.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.crm.channel.spi.ChannelAdapter;
import id.crm.channel.spi.ChannelException;
import id.crm.channel.spi.ChannelRegistry;
import id.crm.channel.spi.InboundMessage;
import id.crm.channel.spi.InboundReport;
import id.crm.channel.spi.MediaRef;
import id.crm.channel.spi.ReporterContact;
import id.crm.channel.spi.SignatureVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code crm-jakarta parse --channel ID [--header 'Name: value']... [--secret S] FILE}: runs one
 * delivery (the raw body in FILE, {@code -} for standard input) through a channel adapter without
 * storing anything, and prints the normalised reports as JSON Lines ({@code external_id},
 * {@code text}, {@code received_at}, {@code lat}, {@code lon}, {@code address}, {@code reporter},
 * {@code media}, and {@code attributes} when there are any), or the typed error as
 * {@code {"error":{"code":...,"message":...}}}. With {@code --secret} the delivery's signature is
 * checked first, when the channel has a signature check.
 *
 * <p>This is a diagnostic tool for the deployment's operator, run locally: it prints the reporter's
 * contact details (only the fields present), which public views never show.
 * Exit codes: 0 parsed, 1 the file could not be read, 2 the delivery was refused (typed error),
 * 64 bad usage or unknown channel.
 *
 * <p>Stateless; each run uses its own registry.
 */
public final class ParseCommand {

    private static final String USAGE = "Usage: crm-jakarta parse --channel ID [--header 'Name: value']... [--secret S] FILE|-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ParseCommand() {
    }

    private record Options(String channel, Map<String, List<String>> headers, Optional<String> secret, String file) {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Options o;
        try {
            o = options(args);
        } catch (IllegalArgumentException e) {
            err.println("crm-jakarta parse: " + e.getMessage());
            err.println(USAGE);
            return 64;
        }
        ChannelRegistry registry = new ChannelRegistry();
        ChannelAdapter adapter;
        try {
            registry.discover(ParseCommand.class.getClassLoader()).failures().forEach(err::println);
            adapter = registry.get(o.channel());
        } catch (ChannelException e) {
            err.println("crm-jakarta parse: " + e.getMessage());
            return 64;
        }
        byte[] body;
        try (InputStream in = o.file().equals("-") ? System.in : Files.newInputStream(Path.of(o.file()))) {
            body = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            err.println("crm-jakarta parse: cannot read " + o.file() + ": " + e.getMessage());
            return 1;
        }
        InboundMessage message = InboundMessage.of(body, o.headers(), Instant.now());
        try {
            if (o.secret().isPresent()) {
                if (adapter instanceof SignatureVerifier v) {
                    v.verify(message, o.secret().get());
                } else {
                    err.println("crm-jakarta parse: channel " + adapter.id() + " has no signature check; --secret ignored");
                }
            }
            for (InboundReport r : adapter.parse(message)) {
                out.println(JSON.writeValueAsString(toJson(r)));
            }
            return 0;
        } catch (ChannelException e) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("code", e.code()).put("message", String.valueOf(e.getMessage()));
            out.println(error.toString());
            return 2;
        } catch (IOException e) {
            err.println("crm-jakarta parse: " + e.getMessage());
            return 1;
        }
    }

    private static Options options(List<String> args) {
        String channel = null;
        String secret = null;
        String file = null;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--channel" -> channel = value(args, ++i, a);
                case "--secret" -> secret = value(args, ++i, a);
                case "--header" -> {
                    String h = value(args, ++i, a);
                    int colon = h.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("a header is 'Name: value', got '" + h + "'");
                    }
                    headers.computeIfAbsent(h.substring(0, colon).strip(), k -> new ArrayList<>()).add(h.substring(colon + 1).strip());
                }
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'");
                    }
                    file = a;
                }
            }
        }
        if (channel == null || file == null) {
            throw new IllegalArgumentException(channel == null ? "--channel is required" : "FILE is required ('-' for standard input)");
        }
        return new Options(channel, headers, Optional.ofNullable(secret), file);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    static ObjectNode toJson(InboundReport r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("external_id", r.externalId());
        n.put("text", r.text());
        n.put("received_at", r.receivedAt().toString());
        r.point().ifPresent(p -> n.put("lat", p.lat()).put("lon", p.lon()));
        r.address().ifPresent(a -> n.put("address", a));
        ReporterContact c = r.reporter();
        if (!c.isEmpty()) {
            ObjectNode rep = n.putObject("reporter");
            c.nameValue().ifPresent(v -> rep.put("name", v));
            c.phoneValue().ifPresent(v -> rep.put("phone", v));
            c.nikValue().ifPresent(v -> rep.put("nik", v));
            c.emailValue().ifPresent(v -> rep.put("email", v));
            c.handleValue().ifPresent(v -> rep.put("handle", v));
        }
        var media = n.putArray("media");
        r.media().stream().map(MediaRef::uri).forEach(media::add);
        if (!r.attributes().isEmpty()) {
            ObjectNode attrs = n.putObject("attributes");
            new java.util.TreeMap<>(r.attributes()).forEach(attrs::put);
        }
        return n;
    }
}
