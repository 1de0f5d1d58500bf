package org.newsclean.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void htmlLangAttribute() {
        assertThat(Corpus.htmlLang("<!DOCTYPE html><html class=\"x\" lang=\"pt-BR\"><head>")).isEqualTo("pt");
        assertThat(Corpus.htmlLang("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\">")).isEqualTo("en");
        assertThat(Corpus.htmlLang("<html><head><meta property=\"og:locale\" content=\"en_US\">")).isEqualTo("en");
        assertThat(Corpus.htmlLang("<html class=\"no-js\"><body>")).isNull();
    }

    @Test
    void guessFromStopwords() {
        assertThat(Languages.guess("The council said that it would vote on the plan in March, and that the cost was not known."))
                .isEqualTo("en");
        assertThat(Languages.guess("Der Rat sagte, dass er im März über den Plan abstimmen werde und die Kosten nicht bekannt seien."))
                .isEqualTo("de");
        assertThat(Languages.guess("市民の意見を聞いたうえで、来年から工事を始めるという。")).isEqualTo("ja");
        assertThat(Languages.guess("12 34 56")).isNull();
    }
}
