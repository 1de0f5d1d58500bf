package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phrase lists' languages beyond the first seven (Russian, Polish, Turkish, Indonesian,
 * Swedish, Japanese, Chinese, Korean), with the {@code news} preset: each boilerplate line of a
 * made-up scrape goes, taken by the heuristic whose list holds its phrase, and the article text
 * stays exactly, also where it uses a label's word inside a sentence ("реклама", "Reklam", 広告,
 * 광고 ...). Without a language's section in the lists its lines stay or go by another heuristic,
 * and the test fails.
 */
class PhraseLanguagesTest {

    /** One block of a made-up scrape: article text when {@code heuristic} is null, else a line that heuristic takes. */
    private record Block(String heuristic, String text) {
    }

    private static Block keep(String text) {
        return new Block(null, text);
    }

    private static Block cut(String heuristic, String text) {
        return new Block(heuristic, text);
    }

    /**
     * Joins the blocks with blank lines, cleans them and checks what went (by which heuristic, in
     * order, nothing else) and that the article blocks stayed exactly.
     */
    private static void assertCleans(Block... blocks) {
        List<String> input = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<org.assertj.core.groups.Tuple> cuts = new ArrayList<>();
        for (Block b : blocks) {
            input.add(b.text());
            if (b.heuristic() == null) {
                kept.add(b.text());
            } else {
                cuts.add(tuple(b.heuristic(), words(b.text())));
            }
        }
        CleanResult r = NewsCleaner.news().clean(String.join("\n\n", input));
        assertThat(r.text()).isEqualTo(String.join("\n\n", kept));
        assertThat(r.removals()).extracting(Removal::heuristic, x -> words(x.text())).containsExactlyElementsOf(cuts);
    }

    /** @return s without the punctuation at its ends: a line of phrases goes without its final full stop in the removal's text */
    private static String words(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Texts.isWordChar(s.charAt(from))) {
            from++;
        }
        while (to > from && !Texts.isWordChar(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    @Test
    void russian() {
        assertCleans(
                cut("navigation", "Перейти к содержимому"),
                keep("Новый мост через реку Светлую откроют весной"),
                cut("bylines", "Опубликовано: 21.01.2026 17:04"),
                cut("share", "Поделиться"),
                keep("Строительство моста в Верхнеозёрске почти завершено, сообщили в администрации района. Компания потратила на рекламу проекта меньше, чем на одну опору."),
                cut("ads", "Реклама"),
                keep("Реклама на щитах у дороги появилась только в декабре, и жители заметили её не сразу."),
                cut("related", "Читайте также: В Верхнеозёрске открылась новая библиотека"),
                keep("Жители надеются, что мост сократит пробки в центре. По словам инженеров, движение по нему откроют в апреле."),
                cut("newsletter", "Подписывайтесь на наш Telegram-канал"),
                cut("cookies", "Мы используем файлы cookie, чтобы сайт работал лучше."),
                cut("comments", "Комментарии"),
                cut("furniture", "© 2026 Верхнеозёрский вестник. Все права защищены."));
    }

    @Test
    void polish() {
        assertCleans(
                cut("navigation", "Przejdź do treści"),
                keep("Nowa linia tramwajowa w Zielonym Borze gotowa przed terminem"),
                cut("bylines", "Opublikowano: 21.01.2026, 17:04"),
                cut("share", "Udostępnij"),
                keep("Budowa nowej linii tramwajowej zakończyła się dwa miesiące przed terminem, poinformował w środę zarząd przewoźnika."),
                cut("ads", "REKLAMA"),
                keep("Reklama na przystankach będzie zakazana, a miasto nie wyda na kampanię promocyjną ani złotówki."),
                cut("related", "Czytaj także: Remont ratusza potrwa do jesieni"),
                cut("ads", "Dalsza część artykułu pod reklamą"),
                keep("Mieszkańcy od lat czekali na to połączenie. Pierwsze składy wyjadą na tory w marcu."),
                cut("newsletter", "Zapisz się do naszego newslettera"),
                cut("cookies", "Ta strona korzysta z plików cookie."),
                cut("comments", "Komentarze"),
                cut("furniture", "Wszelkie prawa zastrzeżone."));
    }

    @Test
    void turkishWithDottedAndDotlessCapitals() {
        assertCleans(
                cut("navigation", "İçeriğe atla"),
                keep("Karaçam Limanı'nda yeni yolcu terminali hizmete açıldı"),
                cut("bylines", "Güncelleme: 21.01.2026 17:04"),
                cut("share", "Paylaş"),
                keep("Karaçam Limanı'ndaki yeni yolcu terminali çarşamba günü hizmete açıldı. Terminalin yılda iki milyon yolcuya hizmet vermesi bekleniyor."),
                cut("ads", "REKLAM"),
                cut("ads", "HABERİN DEVAMI"),
                keep("Reklam panoları terminalin içine değil, otoparka yerleştirildi. İlgili haberler yerel basında da geniş yer buldu."),
                cut("related", "İLGİLİ HABERLER"),
                cut("related", "İlgili Haberler"),
                cut("ads", "Haberin Devamı"),
                keep("Belediye başkanı, terminalin bölge turizmine katkı sağlayacağını söyledi."),
                cut("newsletter", "Bültenimize abone olun"),
                cut("cookies", "Sitemizde çerezler kullanılmaktadır."),
                cut("comments", "Yorumlar"),
                cut("furniture", "TÜM HAKLARI SAKLIDIR"),
                cut("furniture", "Tüm hakları saklıdır"));
    }

    @Test
    void indonesian() {
        assertCleans(
                cut("navigation", "Langsung ke konten"),
                keep("Jembatan gantung baru di Desa Sukaraya resmi dibuka"),
                cut("bylines", "Diperbarui 21.01.2026 17:04"),
                cut("share", "Bagikan"),
                keep("Jembatan gantung sepanjang 120 meter di Desa Sukaraya resmi dibuka pada Rabu pagi. Jembatan ini menghubungkan dua dusun."),
                cut("ads", "Iklan"),
                keep("Iklan layanan masyarakat tentang keselamatan menyeberang sungai sempat dipasang di balai desa. Baca juga laporan kami sebelumnya, kata kepala desa."),
                cut("related", "Baca juga: Panen raya kopi di lereng Gunung Sagara"),
                keep("Kepala desa berharap jembatan ini mempercepat distribusi hasil panen."),
                cut("newsletter", "Simak berita dan artikel lainnya di Google News"),
                cut("cookies", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."),
                cut("comments", "Komentar"),
                cut("furniture", "Hak Cipta Dilindungi Undang-Undang"));
    }

    @Test
    void swedish() {
        assertCleans(
                cut("navigation", "Hoppa till innehållet"),
                keep("Ny färjeled mellan Ljungholmen och fastlandet klar i vår"),
                cut("bylines", "Publicerad 21 januari 2026 kl. 17.04"),
                cut("share", "Dela"),
                keep("Den nya färjeleden blir klar i april, meddelade kommunen på onsdagen. Färjan ska gå var tjugonde minut under sommaren."),
                cut("ads", "Annons"),
                keep("Annons i lokaltidningen lockade över hundra sökande till de nya tjänsterna som färjeförare."),
                cut("related", "Läs också: Skolan på Ljungholmen får ny rektor"),
                cut("ads", "Artikeln fortsätter under annonsen"),
                keep("Öborna har väntat länge på en tätare trafik, säger trafikchefen."),
                cut("newsletter", "Prenumerera på vårt nyhetsbrev"),
                cut("cookies", "Vi använder cookies för att ge dig en bättre upplevelse."),
                cut("comments", "Kommentarer"),
                cut("furniture", "Alla rättigheter förbehållna."));
    }

    @Test
    void japaneseLabelsStandingAsWholeRuns() {
        assertCleans(
                cut("navigation", "本文へスキップ"),
                keep("青葉台に新しい市立図書館が開館"),
                cut("bylines", "公開日 2026/01/21 17:04"),
                cut("share", "シェア"),
                keep("青葉台市の新しい市立図書館が二十一日に開館し、初日から多くの市民が訪れた。館内には約十五万冊の本が並ぶ。"),
                cut("ads", "スポンサーリンク"),
                keep("市は広告収入の一部を運営費に充てる方針だ。館長は「関連記事を読むように、本から本へと興味を広げてほしい」と話した。"),
                cut("related", "関連記事：青葉台駅前の再開発、来年度に着工へ"),
                cut("ads", "広告"),
                keep("開館時間は午前九時から午後八時まで。コメントを寄せた利用者の多くは、広い閲覧室を評価していた。"),
                cut("related", "あわせて読みたい"),
                cut("cookies", "当サイトではCookieを使用しています。"),
                cut("comments", "コメント"),
                cut("furniture", "無断転載を禁じます。"));
    }

    @Test
    void chineseLabelsStandingAsWholeRuns() {
        assertCleans(
                cut("navigation", "返回顶部"),
                keep("青石湾跨海大桥正式通车"),
                cut("bylines", "发布时间: 2026-01-21 17:04"),
                cut("share", "分享"),
                keep("青石湾跨海大桥于本周三上午正式通车，全长约八公里，将两岸之间的车程缩短到二十分钟。"),
                cut("ads", "广告"),
                keep("负责人表示，项目没有在广告上投入资金。延伸阅读的资料也显示，周边的物流企业将直接受益。"),
                cut("related", "相关阅读：青石湾新港区规划公布"),
                keep("当地居民对通车表示欢迎。"),
                cut("related", "延伸閱讀"),
                cut("comments", "网友评论"),
                cut("furniture", "未经授权，不得转载"));
    }

    @Test
    void koreanWithCopyrightLines() {
        assertCleans(
                cut("navigation", "본문 바로가기"),
                keep("바닷가 마을 해송리에 새 도서관 문 열어"),
                cut("bylines", "입력 2026.01.21 17:04 수정 2026.01.21 18:02"),
                cut("share", "공유하기"),
                keep("해송리에 새 공공도서관이 21일 문을 열었다. 도서관에는 어린이 열람실과 작은 공연장이 함께 마련됐다."),
                cut("ads", "광고"),
                keep("광고 예산을 줄여 마련한 돈으로 장서를 늘렸다고 군은 밝혔다."),
                cut("related", "관련기사"),
                keep("도서관장은 \"관련기사를 찾아보듯 주민들이 책에서 책으로 관심을 넓혀 가길 바란다\"고 말했다."),
                cut("newsletter", "구독하기"),
                cut("cookies", "이 사이트는 쿠키를 사용합니다."),
                cut("comments", "댓글"),
                cut("furniture", "<저작권자 © 해송일보, 무단 전재-재배포 금지>"),
                cut("furniture", "무단전재 및 재배포 금지"));
    }
}
