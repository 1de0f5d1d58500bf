package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path root;

    static void doc(Path root, String source, String id, String input, String content, String gold, String meta)
            throws IOException {
        Path d = Files.createDirectories(root.resolve(source).resolve(id));
        Files.writeString(d.resolve(input), content);
        if (gold != null) {
            Files.writeString(d.resolve("gold.txt"), gold);
        }
        if (meta != null) {
            Files.writeString(d.resolve("meta.json"), meta);
        }
    }

    @Test
    void readsTheSharedLayoutWithLabels() throws IOException {
        doc(root, "web", "b", "page.html", "<p>Hi</p>", "Hi\n",
                "{\"id\": \"b\", \"url\": \"https://example.com/b\", \"input\": \"page.html\", \"title\": null}");
        doc(root, "mine", "a", "scraped.txt", "Body\nShare on Facebook\n", "Body\n",
                "{\"input\": \"scraped.txt\", \"lang\": \"en\", \"style\": \"extractor\", \"labels\": ["
                        + "{\"text\": \"Share on Facebook\", \"category\": \"share\"}, {\"text\": \"\\u00e9t\\u00e9\", \"category\": \"x\"}]}");
        doc(root, "nogold", "c", "page.html", "<p>x</p>", null, null);
        Files.createDirectories(root.resolve("empty"));
        List<Document> docs = Corpus.read(root);
        assertThat(docs).extracting(Document::key).containsExactly("mine/a", "nogold/c", "web/b");
        Document a = docs.get(0);
        assertThat(a.isHtml()).isFalse();
        assertThat(a.text()).isEqualTo(a.input());
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.style()).isEqualTo("extractor");
        assertThat(a.labels()).containsExactly(new Document.Label("Share on Facebook", "share"), new Document.Label("été", "x"));
        assertThat(a.readabilityText()).isNull();
        Document c = docs.get(1);
        assertThat(c.isHtml()).isTrue();
        assertThat(c.gold()).isNull();
        assertThat(c.text()).isEqualTo("x");
        assertThat(docs.get(2).url()).isEqualTo("https://example.com/b");
        assertThat(docs.get(2).gold()).isEqualTo("Hi\n");
    }

    @Test
    void readsASourceOrADocumentFolderAndFiltersSources() throws IOException {
        doc(root, "web", "b", "page.html", "<p>Hi</p>", "Hi\n", null);
        doc(root, "mine", "a", "scraped.txt", "Body", "Body\n", null);
        assertThat(Corpus.read(root, List.of("web"))).extracting(Document::key).containsExactly("web/b");
        assertThat(Corpus.read(root.resolve("web"))).extracting(Document::key).containsExactly("web/b");
        assertThat(Corpus.read(root.resolve("mine/a"))).extracting(Document::key).containsExactly("mine/a");
        assertThatThrownBy(() -> Corpus.read(root, List.of("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine, web");
        assertThatThrownBy(() -> Corpus.read(root.resolve("missing"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMalformedMeta() throws IOException {
        doc(root, "web", "b", "page.html", "<p>Hi</p>", null, "{\"input\": ");
        assertThatThrownBy(() -> Corpus.read(root)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meta.json");
    }

    @Test
    void jsonParsesWhatMetaFilesHold() {
        assertThat(Json.parse("{\"a\": [1, 2.5, true, false, null, \"x\\ny\\\"\"], \"b\": {}}").toString())
                .isEqualTo("{a=[1.0, 2.5, true, false, null, x\ny\"], b={}}");
        assertThat(Json.quote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
        assertThatThrownBy(() -> Json.parse("[1,")).isInstanceOf(IllegalArgumentException.class);
    }
}
