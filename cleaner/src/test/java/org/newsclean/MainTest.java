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

    private static final String P1 = "The new library on Elm Street opened its doors on Saturday morning, and more than two "
            + "thousand residents queued in the rain to see the reading rooms, the rooftop garden and the children's wing.";
    private static final String P2 = "The building holds 40,000 books, a sound studio and twelve study rooms that students "
            + "can book online, the city's head librarian said, adding that opening hours would run until ten at night.";
    private static final String P3 = "The project cost 18 million dollars and was paid for by a bond approved by voters "
            + "three years ago, after the old branch on Main Street closed because of water damage to its basement.";
    private static final String PAGE = "<html><head><title>Library opens | City News</title>"
            + "<meta property=\"og:title\" content=\"Library opens\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Library opens</h1>"
            + "<p class=\"byline\">By Jane Doe</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
            + "</article><footer>All rights reserved</footer></body></html>";

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

    /** Records of very different sizes (so that threads finish them out of order), some malformed, some without text. */
    private static String records(int n, java.util.List<String> texts) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i % 50 == 7) {
                in.append("{\"id\": ").append(i).append(", \"text\": \n");
                texts.add(null);
                continue;
            }
            if (i % 50 == 13) {
                in.append("{\"id\": ").append(i).append("}\n");
                texts.add(null);
                continue;
            }
            StringBuilder t = new StringBuilder("Skip to main content\n\nStory ").append(i).append("\n\n");
            for (int k = 0; k < 1 + (i * 7919) % 40; k++) {
                t.append(k % 3 == 0 ? P1 : k % 3 == 1 ? P2 : P3).append(" Paragraph ").append(k).append(" of story ").append(i).append(".\n\n");
                if (k % 5 == 2) {
                    t.append("Advertisement\n\n");
                }
            }
            texts.add(t.toString());
            in.append("{\"id\": ").append(i).append(", \"text\": \"").append(t.toString().replace("\n", "\\n")).append("\"}\n");
        }
        return in.toString();
    }

    @Test
    void jsonlWithThreadsKeepsInputOrderAndPairsEachResultWithItsRecord() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        String in = records(300, texts);
        Run one = run(in, "--jsonl", "--threads", "1");
        Run four = run(in, "--jsonl", "--threads", "4");
        assertThat(four.status()).isEqualTo(1).isEqualTo(one.status());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
        String[] lines = four.out().split("\n");
        // malformed lines give no output line; every other record gives one, in input order
        int expected = (int) texts.stream().filter(java.util.Objects::nonNull).count() + 6;
        assertThat(lines).hasSize(expected);
        NewsCleaner cleaner = NewsCleaner.news();
        int k = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (i % 50 == 7) {
                continue;
            }
            assertThat(lines[k]).startsWith("{\"id\":" + i + ",");
            if (texts.get(i) == null) {
                assertThat(lines[k]).contains("\"error\":");
            } else {
                StringBuilder quoted = new StringBuilder();
                Json.quote(cleaner.clean(texts.get(i)).text(), quoted);
                assertThat(lines[k]).contains("\"text\":" + quoted + ",");
            }
            k++;
        }
        assertThat(four.err().lines().map(l -> l.replaceAll("^newsclean: <stdin>:(\\d+):.*", "$1")))
                .containsExactly("8", "14", "58", "64", "108", "114", "158", "164", "208", "214", "258", "264");
    }

    @Test
    void filesWithThreadsComeOutInArgumentOrder() throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>();
        java.util.List<String> texts = new java.util.ArrayList<>();
        records(40, texts);
        for (int i = 0; i < texts.size(); i++) {
            if (i == 5) {
                args.add(dir.resolve("missing.txt").toString());
            }
            if (texts.get(i) != null) {
                args.add(Files.writeString(dir.resolve("doc" + i + ".txt"), texts.get(i)).toString());
            }
        }
        java.util.List<String> one = new java.util.ArrayList<>(java.util.List.of("--threads", "1"));
        one.addAll(args);
        java.util.List<String> three = new java.util.ArrayList<>(java.util.List.of("--threads", "3"));
        three.addAll(args);
        Run a = run("", one.toArray(new String[0]));
        Run b = run("", three.toArray(new String[0]));
        assertThat(b.status()).isEqualTo(1);
        assertThat(b.err()).contains("missing.txt: no such file");
        assertThat(b.out()).isEqualTo(a.out());
        NewsCleaner cleaner = NewsCleaner.news();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null) {
                expected.append("==> ").append(dir.resolve("doc" + i + ".txt")).append(" <==\n").append(cleaner.clean(texts.get(i)).text()).append('\n');
            }
        }
        assertThat(b.out()).isEqualTo(expected.toString());
    }

    @Test
    void jsonlAcceptsHtml() {
        String html = PAGE.replace("\"", "\\\"");
        String in = "{\"id\":1,\"html\":\"" + html + "\",\"url\":\"https://example.org/a\"}\n";
        Run r = run(in, "--jsonl");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{\"id\":1,\"text\":\"" + P1 + "\\n\\n" + P2).contains("\"title\":\"Library opens\"");
    }

    @Test
    void htmlMode() throws IOException {
        Path page = Files.writeString(dir.resolve("p.html"), PAGE);
        Run r = run("", "--html", "--title", page.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("Library opens\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n");
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
        assertThat(run("", "--threads", "0").status()).isEqualTo(2);
        assertThat(run("", "--threads", "many").err()).contains("--threads needs a number from 1 to 1024, not many");
        Run bad = run("", "--remove", "nonsense");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no heuristic named 'nonsense'");
        assertThat(run("", "--option", "captions.keep").err()).contains("HEURISTIC.KEY=VALUE");
        assertThat(run("", "--help").out()).contains("usage: java -jar newsclean.jar");
        assertThat(run("", "--list").out()).contains("news: markdown > tracking > navigation").contains("captions:");
    }

    @Test
    void presetChoosesThePipeline() {
        String page = PageBlocksTest.page();
        assertThat(run(page, "--explain").out()).contains("page-blocks");
        Run r = run(page, "--preset", "article", "--explain");
        assertThat(r.status()).isZero();
        // no whole-page analysis: the menu items no phrase list knows stay
        assertThat(r.out()).doesNotContain("page-blocks").contains("\nBusiness\n");
        assertThat(run("", "--list").out()).contains("article: markdown > tracking > navigation");
        assertThat(run("", "--preset", "nope").err()).contains("news, article, minimal");
    }

    @Test
    void optionsReachTheHeuristics() {
        String cap = "Crowds gather in the square on Sunday.";
        Run r = run(cap + "\n" + cap + "Jane Doe/Reuters\n\nThe body of the story.", "--option", "captions.keep=true");
        assertThat(r.out()).isEqualTo(cap + "\n\nThe body of the story.\n");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithANote() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 opens on Main Street.".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("Caf\u00e9 opens on Main Street.\n");
        assertThat(r.err()).contains("latin1.txt: not UTF-8: read as windows-1252");
        // named, no note; UTF-8, no note
        Run named = run("", "--charset", "iso-8859-1", f.toString());
        assertThat(named.out()).isEqualTo("Caf\u00e9 opens on Main Street.\n");
        assertThat(named.err()).isEmpty();
        assertThat(run("Caf\u00e9 \u2014 open.").err()).isEmpty();
    }

    @Test
    void htmlInTheCharsetThePageDeclares() throws IOException {
        String p = "\u0412 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a \u0441\u043e\u0432\u0435\u0442 "
                + "\u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b \u043f\u043b\u0430\u043d. " + P1;
        String page = PAGE.replace("<head>", "<head><meta charset=\"windows-1251\">").replace(P1, p);
        Path f = dir.resolve("ru.html");
        Files.write(f, page.getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Run r = run("", "--html", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(p + "\n\n" + P2 + "\n\n" + P3 + "\n");
        assertThat(r.err()).isEmpty();
        // standard input too; and a charset named on the command line wins over the page's
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--html"}, new ByteArrayInputStream(page.getBytes(java.nio.charset.Charset.forName("windows-1251"))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(p);
        assertThat(run("", "--html", "--charset", "koi8-r", f.toString()).out()).doesNotContain(p).contains(P2);
        Run bad = run("", "--charset", "martian", f.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown charset 'martian'");
    }
}
