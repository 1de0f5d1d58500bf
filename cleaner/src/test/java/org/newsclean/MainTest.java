package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process with its own streams. */
class MainTest {
    private static final String DOC = "fb-pixel Skip to main content\n\nCity opens new library\n\n"
            + "The library on Elm Street opened on Saturday with 40,000 books.\n\nAdvertisement\n\nIt is open daily.";
    private static final String CLEAN = "City opens new library\n\n"
            + "The library on Elm Street opened on Saturday with 40,000 books.\n\nIt is open daily.";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cleansStandardInput() {
        Run r = run(DOC);
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(CLEAN + "\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void cleansFilesAndNamesThem() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), DOC);
        Path b = Files.writeString(dir.resolve("b.txt"), "Share\n\nSecond story body text.");
        Run r = run("", a.toString(), b.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("==> " + a + " <==\n" + CLEAN + "\n==> " + b + " <==\nSecond story body text.\n");
    }

    @Test
    void explainListsEachRemoval() {
        Run r = run(DOC, "--explain");
        assertThat(r.out()).startsWith(CLEAN + "\n\n--- removals (3) ---\n");
        assertThat(r.out()).contains("text 0-8\ttracking\ttracking\t").contains("\"fb-pixel\"")
                .contains("navigation\tnavigation").contains("ads\tadvertisement").contains("\"Advertisement\"");
    }

    @Test
    void explainAsJson() {
        Run r = run(DOC, "--explain", "--json");
        assertThat(r.out()).startsWith("{\"text\":\"City opens new library\\n\\nThe library")
                .contains("\"removals\":[{\"origin\":\"text\",\"start\":0,\"end\":8,\"heuristic\":\"tracking\",\"category\":\"tracking\"")
                .endsWith("}]}\n");
    }

    @Test
    void jsonlKeepsOrderIdsAndReportsBadLines() {
        String in = "{\"id\": \"a\", \"text\": \"Advertisement\\n\\nFirst body.\"}\n"
                + "{\"id\": 2, \"text\": \"Second body.\\n\\nShare on Facebook\", \"lang\": \"en\"}\n"
                + "{\"id\": 3, \"text\": \n"
                + "{\"id\": 4}\n"
                + "{\"id\": [5], \"text\": \"Fifth \\u00e9t\\u00e9.\"}\n";
        Run r = run(in, "--jsonl");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out().split("\n")).containsExactly(
                "{\"id\":\"a\",\"text\":\"First body.\",\"removed\":1}",
                "{\"id\":2,\"text\":\"Second body.\",\"removed\":1}",
                "{\"id\":4,\"error\":\"the object needs a string \\\"text\\\" or \\\"html\\\" member\"}",
                "{\"id\":[5],\"text\":\"Fifth \u00e9t\u00e9.\",\"removed\":0}");
        assertThat(r.err()).contains("<stdin>:3: malformed JSON").contains("<stdin>:4: the object needs");
    }

    @Test
    void jsonlAcceptsHtml() {
        String in = "{\"id\":1,\"html\":\"<html><head><title>T</title></head><body><article><p>The body of the story is here.</p></article></body></html>\",\"url\":\"https://example.org/a\"}\n";
        Run r = run(in, "--jsonl");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{\"id\":1,\"text\":\"The body of the story is here.\"");
    }

    @Test
    void htmlMode() throws IOException {
        Path page = Files.writeString(dir.resolve("p.html"), "<html><head><title>Library opens</title></head><body>"
                + "<nav><a href=/>Home</a></nav><article><h1>Library opens</h1><p>The library opened on Saturday with 40,000 books.</p>"
                + "</article><footer>All rights reserved</footer></body></html>");
        Run r = run("", "--html", "--title", page.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Library opens\n\n").contains("The library opened on Saturday with 40,000 books.")
                .doesNotContain("Home").doesNotContain("rights");
    }

    @Test
    void missingFileIsReportedAndOthersStillRun() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.txt"), "Body of the good file.");
        Run r = run("", dir.resolve("missing.txt").toString(), ok.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt: no such file");
        assertThat(r.out()).contains("Body of the good file.");
    }

    @Test
    void usageErrors() {
        assertThat(run("", "--frobnicate").status()).isEqualTo(2);
        assertThat(run("", "--frobnicate").err()).contains("unknown option --frobnicate");
        Run bad = run("", "--remove", "nonsense");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no heuristic named 'nonsense'");
        assertThat(run("", "--option", "captions.keep").err()).contains("HEURISTIC.KEY=VALUE");
        assertThat(run("", "--help").out()).contains("usage: java -jar newsclean.jar");
        assertThat(run("", "--list").out()).contains("news: tracking > navigation").contains("captions:");
    }

    @Test
    void optionsReachTheHeuristics() {
        String cap = "Crowds gather in the square on Sunday.";
        Run r = run(cap + "\n" + cap + "Jane Doe/Reuters\n\nThe body of the story.", "--option", "captions.keep=true");
        assertThat(r.out()).isEqualTo(cap + "\n\nThe body of the story.\n");
    }

    @Test
    void invalidUtf8IsDecodedNotFatal() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 opens on Main Street.".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Caf").contains("opens on Main Street.");
    }
}
