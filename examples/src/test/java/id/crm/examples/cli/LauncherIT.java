package id.crm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("bin/crm-jakarta, run as users run it")
class LauncherIT {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    record Result(int exit, String out, String err) {
    }

    static Result run(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("--help prints the usage and the commands")
    void help() throws Exception {
        Result r = run(ROOT.resolve("bin/crm-jakarta"), "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: crm-jakarta <command>", "demo");
    }

    @Test
    @DisplayName("demo files a report and prints its public timeline without the reporter's identity")
    void demo() throws Exception {
        Result r = run(ROOT.resolve("bin/crm-jakarta"), "demo");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("JK2306190001", "Diteruskan ke Dinas Perhubungan", "evidence photo",
                "Selesai (terverifikasi)").doesNotContain("Warga Klender", "6281234567890");
    }

    @Test
    @DisplayName("an unknown command exits 64 with the usage")
    void unknown() throws Exception {
        Result r = run(ROOT.resolve("bin/crm-jakarta"), "fly");
        assertThat(r.exit()).isEqualTo(64);
        assertThat(r.err()).contains("unknown command 'fly'", "Usage:");
    }

    @Test
    @DisplayName("before the project is built, the launcher says how to build it")
    void notBuilt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Path copy = Files.copy(ROOT.resolve("bin/crm-jakarta"), dir.resolve("bin/crm-jakarta"));
        Result r = run(copy, "--help");
        assertThat(r.exit()).isEqualTo(69);
        assertThat(r.err()).contains("has not been built yet", "mvn -q install -DskipTests");
    }
}
