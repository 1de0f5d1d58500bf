package org.newsclean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsclean.TestTexts.clean;
import static org.newsclean.TestTexts.only;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each built-in heuristic on realistic snippets: what goes, and what looks like boilerplate but stays. */
class HeuristicsTest {
    private static final String BODY = "The council approved the new bus routes on Tuesday after a two-hour debate.";

    private static List<Category> categories(CleanResult r) {
        return r.removals().stream().map(Removal::category).toList();
    }

    @Nested
    class Tracking {
        @Test
        void pixelAltTextAndSkipLinkOnOneLineAreTwoSnippets() {
            CleanResult r = clean("fb-pixel Skip to main content\n\n" + BODY);
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(r.removals()).extracting(Removal::text).containsExactly("fb-pixel", "Skip to main content");
            assertThat(r.removals()).extracting(Removal::heuristic).containsExactly("tracking", "navigation");
        }

        @Test
        void snippetGluedToArticleTextTakesOnlyItself() {
            assertThat(only("tracking", "fb-pixelThe council approved the routes.").text()).isEqualTo("The council approved the routes.");
            assertThat(only("tracking", "<img src=\"https://www.facebook.com/tr?id=99&ev=PageView\" height=\"1\" width=\"1\">" + BODY).text())
                    .isEqualTo(BODY);
            assertThat(only("tracking", "<noscript><img src=\"/pixel.gif\"></noscript>" + BODY).text()).isEqualTo(BODY);
        }

        @Test
        void entityDebrisGoesAndWordsStayApart() {
            assertThat(only("tracking", "The council&nbsp;approved the routes.").text()).isEqualTo("The council approved the routes.");
            assertThat(only("tracking", "Fees rose&#160;5%.").text()).isEqualTo("Fees rose 5%.");
        }

        @Test
        void trackerUrlsGoOtherLinksStay() {
            assertThat(only("tracking", "https://www.facebook.com/tr?id=1&ev=PageView\n\n" + BODY).text()).isEqualTo(BODY);
            String withLink = "The report is at https://example.org/report.pdf for anyone to read.";
            assertThat(only("tracking", withLink).text()).isEqualTo(withLink);
        }

        @Test
        void wordPressShortcodesGoTheirContentStaysButACaptions() {
            CleanResult r = only("tracking", "[caption id=\"attachment_42\" align=\"alignnone\" width=\"300\"]A bus at the depot.[/caption]\n\n"
                    + "[vc_row][vc_column]" + BODY + "[/vc_column][/vc_row]\n\n"
                    + "[button link=\u201dhttps://e.test/review\u201d type=\u201dbig\u201d] Send us your review[/button]");
            assertThat(r.text()).isEqualTo(BODY + "\n\nSend us your review");
            assertThat(r.removals()).extracting(Removal::category).containsExactly(Category.CAPTION, Category.TRACKING,
                    Category.TRACKING, Category.TRACKING, Category.TRACKING, Category.TRACKING, Category.TRACKING);
            // brackets of article text, a Markdown link named like a shortcode, and names in capitals stay
            String kept = "He said [sic] the [video](https://e.test/v) showed [Caption] and [1], [box office] takings and [gallery of the city.";
            assertThat(only("tracking", kept).text()).isEqualTo(kept);
        }

        @Test
        void articleTextAboutPixelsAndTagsStays() {
            String s = "Meta's tracking pixel collects data on hospital websites, the researchers found. The <b> tag, they said, is harmless.";
            assertThat(only("tracking", s).text()).isEqualTo(s.replace("<b> ", ""));
            String t = "Ampersands & entities like AT&T stay.";
            assertThat(only("tracking", t).text()).isEqualTo(t);
        }
    }

    @Nested
    class Navigation {
        @Test
        void skipLinksMenusAndBackToTop() {
            CleanResult r = clean("Skip to content\nMenu\nSearch\nFiled to:transport\nWhy you can trust Sky News\n\n" + BODY
                    + "\n\nBack to top\n\nBack to Gallery\n\nFollow the topics within this article");
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(categories(r)).containsOnly(Category.NAVIGATION);
        }

        @Test
        void skipLinkGluedToHeadline() {
            assertThat(clean("Skip to main contentCity opens new library").text()).isEqualTo("City opens new library");
        }

        @Test
        void breadcrumbsAndSectionLists() {
            assertThat(clean("Home \u203a World \u203a Europe\n\n" + BODY).text()).isEqualTo(BODY);
            assertThat(clean("News | Sport | Business | Culture | Opinion\n\n" + BODY).text()).isEqualTo(BODY);
            assertThat(clean("News Sport Weather Business\n\n" + BODY).text()).isEqualTo(BODY);
        }

        @Test
        void aTrailRunIntoTheHeadlineGoesWhenTheHeadlineFollows() {
            String headline = "Harbour Board Approves New Ferry Timetable";
            for (String trail : List.of("HomeLOCAL NEWS", "Home News Local News ", "Startseite Lokales ")) {
                CleanResult r = clean(trail + headline + "\n" + headline + "\n" + BODY);
                assertThat(r.text()).as(trail).isEqualTo(headline + "\n" + BODY);
                assertThat(r.removals()).as(trail).extracting(Removal::heuristic).containsExactly("navigation");
            }
            // the headline after a date line; and the same, cleaned again, changes nothing
            String page = "Home Holidays " + headline + "\nMarch 3, 2026\n" + headline + "\n" + BODY;
            assertThat(clean(page).text()).isEqualTo(headline + "\n" + BODY); // the date line goes as a byline
            assertThat(clean(clean(page).text()).text()).isEqualTo(clean(page).text());
        }

        @Test
        void aHeadlineThatStartsWithHomeStays() {
            // no copy of another line at its end, or a sentence before it, or too far from the copy
            for (String text : List.of("Home prices rise again\n" + BODY,
                    "Home Depot shares fall, analysts say the new bus routes on Tuesday\nnew bus routes on Tuesday\n" + BODY,
                    "Homemade jam for the holidays\nholidays\n" + BODY,
                    "Home News Local News Sport Weather Opinion Culture Business Harbour Board Approves\nHarbour Board Approves\n" + BODY)) {
                assertThat(clean(text).text()).as(text).startsWith(text.substring(0, text.indexOf('\n')));
            }
        }

        @Test
        void otherLanguages() {
            assertThat(clean("Zum Inhalt springen\n\nDer Stadtrat hat am Dienstag die neuen Buslinien beschlossen.").text())
                    .isEqualTo("Der Stadtrat hat am Dienstag die neuen Buslinien beschlossen.");
            assertThat(clean("Aller au contenu principal\n\nLe conseil a approuvé les nouvelles lignes mardi.").text())
                    .isEqualTo("Le conseil a approuvé les nouvelles lignes mardi.");
        }

        @Test
        void articleTextThatMentionsMenusStays() {
            String s = "Skip to the end of the meeting and you will find the vote: the menu of options was short.";
            assertThat(clean(s).text()).isEqualTo(s);
            String crumbs = "Home, he said, is where the vote is. Sport / politics / business all mix here.";
            assertThat(clean(crumbs).text()).isEqualTo(crumbs);
            assertThat(clean("World\n\n" + BODY).text()).isEqualTo("World\n\n" + BODY);
        }
    }

    @Nested
    class Ads {
        @Test
        void labelsOnTheirOwnLine() {
            CleanResult r = clean(BODY + "\n\nAdvertisement\n\nStory continues below advertisement\n\nThe routes start in May.");
            assertThat(r.text()).isEqualTo(BODY + "\n\nThe routes start in May.");
            assertThat(categories(r)).containsOnly(Category.ADVERTISEMENT);
        }

        @Test
        void labelGluedBetweenSentencesInALongLine() {
            assertThat(clean("The vote was close. Advertisement The routes start in May.").text())
                    .isEqualTo("The vote was close. The routes start in May.");
            assertThat(clean("Der Rat stimmte zu. Anzeige Die Linien starten im Mai.").text())
                    .isEqualTo("Der Rat stimmte zu. Die Linien starten im Mai.");
        }

        @Test
        void sentencesAboutAdvertisingStay() {
            String a = "Advertisement revenue fell 12% in the quarter.";
            String b = "The company said its advertisement budget doubled. Advertising is its biggest cost.";
            String c = "Critics called the campaign an advertisement for the mayor.";
            assertThat(clean(a).text()).isEqualTo(a);
            assertThat(clean(b).text()).isEqualTo(b);
            assertThat(clean(c).text()).isEqualTo(c);
        }
    }

    @Nested
    class Share {
        @Test
        void shareBars() {
            CleanResult r = clean("Share on Facebook Share on Twitter Email Print\n\n" + BODY + "\n\nTweet 12 | Share 40 | Email\n"
                    + "Share on Google+\nShare on Tumblr\nShare on Vk\n0 Email this to someone\nGet short URL\n"
                    + "Like this story? Share it with a friend!\nAddThis Sharing Buttons\nBookmark and Share\nCopied!\nEmail this article\n"
                    + "Print this story\nGift this article\nAumentar fonte\nDiminuir fonte");
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(categories(r)).containsOnly(Category.SHARE);
            // a share menu that names the story after it, as Vox Media's sites print it
            CleanResult menu = clean("Share All sharing options for: Council approves the new bus routes\n\n" + BODY);
            assertThat(menu.text()).isEqualTo(BODY);
            assertThat(categories(menu)).containsOnly(Category.SHARE);
        }

        @Test
        void clickToTweetGluedToAPullQuoteGoes() {
            String quote = "Every route we add is a promise to the people who wait for the bus.";
            CleanResult r = clean(BODY + "\n\n" + quote + "Click To Tweet");
            assertThat(r.text()).isEqualTo(BODY + "\n\n" + quote);
            assertThat(categories(r)).containsOnly(Category.SHARE);
            String s = "Readers could click to tweet the results, the council said.";
            assertThat(clean(s).text()).isEqualTo(s);
        }

        @Test
        void sentencesThatMentionSocialMediaStay() {
            String s = "She shared the post on Facebook, and it was printed by a local paper. Email us your tips.";
            assertThat(clean(s).text()).isEqualTo(s);
            assertThat(clean("Facebook\n\n" + BODY).text()).isEqualTo(BODY);
        }
    }

    @Nested
    class Newsletter {
        @Test
        void promptsGo() {
            CleanResult r = clean(BODY + "\n\nSign up for our morning newsletter to get the day's top stories.\n\n"
                    + "Get the best of City News delivered to your inbox every weekday.\n\nThe routes start in May.\n\n"
                    + "Need more space? Subscribe to our sister title for the month's launches and the night sky.\n\n"
                    + "Join our Space Forums to talk about the launch, and send us your news tips.");
            assertThat(r.text()).isEqualTo(BODY + "\n\nThe routes start in May.");
            assertThat(categories(r)).containsOnly(Category.NEWSLETTER);
        }

        @Test
        void otherLanguages() {
            assertThat(clean("Abonnez-vous à notre newsletter quotidienne\n\nLe conseil a voté.").text()).isEqualTo("Le conseil a voté.");
            assertThat(clean("Jetzt abonnieren und weiterlesen\n\nDer Rat stimmte zu.").text()).isEqualTo("Der Rat stimmte zu.");
        }

        @Test
        void aBoxsPitchBetweenItsHeadingAndItsButtonGoes() {
            String pitch = "The day's top stories from the coast, every weekday at 7am.";
            String more = "The first buses will run on the new routes from the first of May, the council said.";
            CleanResult r = clean(BODY + "\n\nNewsletter\n\n" + pitch + "\n\nSign up\n\n" + more);
            assertThat(r.text()).isEqualTo(BODY + "\n\n" + more);
            assertThat(r.removals()).filteredOn(x -> x.text().equals(pitch)).singleElement()
                    .satisfies(x -> assertThat(x.reason()).contains("between \"Newsletter\" and \"Sign up\""));
            // three lines between them, or a line of more than 30 words, are no box's pitch
            String fares = "Fares stay as they are.";
            String three = BODY + "\n\nNewsletter\n\n" + pitch + "\n\n" + more + "\n\n" + fares + "\n\nSign up";
            assertThat(clean(three).text()).isEqualTo(String.join("\n\n", BODY, pitch, more, fares));
            String paragraph = more + " Drivers' unions welcomed the plan but asked for new rest rooms at the two terminals,"
                    + " which the council promised to build by the summer.";
            assertThat(clean(BODY + "\n\nNewsletter\n\n" + paragraph + "\n\nSign up").text()).isEqualTo(BODY + "\n\n" + paragraph);
            // a heading that is a longer prompt, and a button of a few words
            String nyt = "Sign up for The Morning newsletter from the City News\n\n" + pitch + "\n\nGet it sent to your inbox.";
            assertThat(clean(BODY + "\n\n" + nyt + "\n\n" + more).text()).isEqualTo(BODY + "\n\n" + more);
            // two long prompts around a line of the article
            String prompts = "Sign up for The Morning newsletter from the City News\n\n" + pitch
                    + "\n\nGet the best of City News delivered to your inbox every weekday morning.";
            assertThat(clean(BODY + "\n\n" + prompts + "\n\n" + more).text()).isEqualTo(BODY + "\n\n" + pitch + "\n\n" + more);
        }

        @Test
        void longParagraphsAboutNewslettersStay() {
            String s = "Sign up for the new bus pass opens on Monday, the council said, and residents who registered "
                    + "last year will receive a reminder by post and by email, along with a map of the new routes "
                    + "and the timetable for the first month of service, which starts on the first of May this year.";
            assertThat(clean(s).text()).isEqualTo(s);
        }
    }

    @Nested
    class Related {
        @Test
        void aPromptThatEndsAParagraphGoesWithTheHeadlineAfterIt() {
            CleanResult r = clean(BODY + " Read more: Mayor defends budget plan\n\nThe routes start in May. Lesen Sie auch: Busfahrer streiken");
            assertThat(r.text()).isEqualTo(BODY + "\n\nThe routes start in May.");
            assertThat(categories(r)).containsOnly(Category.RELATED);
            String[] kept = {
                BODY + " Related: the 2019 strike. It lasted a week and ended in May.", // a sentence goes on after it
                "The council's plan, read more: it is in the minutes of the meeting", // no sentence ends before it
                BODY + " Read more about the routes on the council's website and in the minutes of the meeting held on Tuesday"
            };
            for (String t : kept) {
                assertThat(clean(t).text()).as(t).isEqualTo(t);
            }
        }

        @Test
        void readMoreAndRelatedLines() {
            CleanResult r = clean(BODY + "\n\nRead more: Mayor defends budget plan\n\nRELATED: Bus drivers vote to strike\n\n"
                    + "Lire aussi : Le maire défend son budget\n\nThe routes start in May.\n\nMore Great WIRED Stories");
            assertThat(r.text()).isEqualTo(BODY + "\n\nThe routes start in May.");
            assertThat(categories(r)).containsOnly(Category.RELATED);
        }

        @Test
        void portuguesePromptsToClickAPictureGo() {
            // a sidebar of a Brazilian motor-racing site: each promoted column under a line that asks for a click on its picture
            String body = "A prova de domingo em Interlagos teve três safety cars e terminou com uma ultrapassagem na última volta.";
            String rest = "O piloto disse que o clique da foto final ficou na memória de todos no autódromo.";
            CleanResult r = clean(body + "\n\nClique na foto do colunista e veja todas as colunas sobre a temporada\n\n"
                    + "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada\n\n"
                    + "Clique e saiba os horários da TV da próxima etapa\n\n" + rest);
            assertThat(r.text()).isEqualTo(body + "\n\n" + rest);
            assertThat(r.removals()).hasSize(3).extracting(Removal::category).containsOnly(Category.RELATED);
        }

        @Test
        void theHeadlinesListedUnderAHeadingGoWithIt() {
            String more = "The first buses will run on the new routes from the first of May, the council said.";
            for (String sep : List.of("\n\n", "\n")) {
                CleanResult r = clean(BODY + sep + more + sep + "Most read" + sep + "Five takeaways from the budget hearing" + sep
                        + "Advertisement" + sep + "Ferry operator cancels winter timetable after engine fault" + sep
                        + "Why rents keep rising\u2026" + sep + "Mehr zum Thema" + sep + "Stadtrat beschlie\u00dft neues Parkraumkonzept"
                        + sep + "B\u00e4ckerei am Markt schlie\u00dft nach 112 Jahren");
                assertThat(r.text()).isEqualTo(BODY + sep + more);
                assertThat(r.removals()).filteredOn(x -> x.reason().contains("listed under")).extracting(Removal::text)
                        .containsExactly("Five takeaways from the budget hearing", "Ferry operator cancels winter timetable after engine fault",
                                "Why rents keep rising\u2026", "Stadtrat beschlie\u00dft neues Parkraumkonzept",
                                "B\u00e4ckerei am Markt schlie\u00dft nach 112 Jahren");
            }
        }

        @Test
        void aHeadingThatStartsWithAPromptAndNamesASectionTakesItsHeadlines() {
            // "UK" is a menu word of the navigation list: the heading is still the related prompt's
            String more = "The first buses will run on the new routes from the first of May, the council said.";
            CleanResult r = clean(BODY + "\n" + "More from UK" + "\n" + "Five takeaways from the budget hearing" + "\n"
                    + "Ferry operator cancels winter timetable after engine fault" + "\n" + more);
            assertThat(r.text()).isEqualTo(BODY + "\n" + more);
        }

        @Test
        void aButtonBeforeASubheadingOrSentencesTakesNothing() {
            // one short line after the heading, then prose: the article's next subheading
            String s = BODY + "\n\nRead more\n\nTimetable changes\n\nThe summer timetable starts on the first of May.";
            assertThat(clean(s).text()).isEqualTo(BODY + "\n\nTimetable changes\n\nThe summer timetable starts on the first of May.");
            // sentences after the heading are not headlines
            String t = BODY + "\n\nRelated\n\nThe routes start in May.\n\nFares stay the same.";
            assertThat(clean(t).text()).isEqualTo(BODY + "\n\nThe routes start in May.\n\nFares stay the same.");
        }

        @Test
        void articleSentencesStartingLikeAPromptStay() {
            String s = "Related issues, such as parking, will be decided next month by the transport committee.";
            assertThat(clean(s).text()).isEqualTo(s);
        }
    }

    @Nested
    class Cookies {
        @Test
        void consentNoticeGoes() {
            CleanResult r = clean("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\n"
                    + "Accept all\nManage preferences\n\n" + BODY);
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(categories(r)).containsOnly(Category.COOKIE);
        }

        @Test
        void articleAboutCookiesStays() {
            String s = "The bakery on Main Street sold 4,000 cookies at the fair, and the owner said she would accept "
                    + "orders for the holidays until the end of November, when the shop closes for two weeks of repairs.";
            assertThat(clean(s).text()).isEqualTo(s);
        }
    }

    @Nested
    class Captions {
        @Test
        void repeatedCaptionWithGluedCreditGoesWhole() {
            String cap = "Firefighters battle the blaze near Santa Rosa on Tuesday.";
            CleanResult r = clean(cap + "\n" + cap + "Jane Doe/Reuters\n\n" + BODY);
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(categories(r)).containsExactly(Category.CAPTION, Category.CAPTION, Category.CREDIT);
            assertThat(r.removals().get(2).text()).isEqualTo("Jane Doe/Reuters");
        }

        @Test
        void creditGluedToTheLastWordOfARepeatedCaptionGoesWithBothCopiesAndThePhotoCount() {
            String cap = "The latest case was reported after a hunter killed and ate a rabbit";
            CleanResult r = clean(BODY + "\n\n" + cap + "\n6\n" + cap + "Credit: Getty - Contributor\n\n" + BODY.replace("Tuesday", "Monday"));
            assertThat(r.text()).isEqualTo(BODY + "\n\n" + BODY.replace("Tuesday", "Monday"));
            assertThat(categories(r)).containsExactly(Category.CAPTION, Category.CAPTION, Category.CAPTION, Category.CREDIT);
            assertThat(r.removals().get(1).text()).isEqualTo("6");
            assertThat(r.removals().get(3).text()).isEqualTo("Credit: Getty - Contributor");
            // alone, such a caption still ends with its credit
            CleanResult one = clean("Officials were seen trying to stop the spread of the plagueCredit: The Siberian Times\n\n" + BODY);
            assertThat(one.text()).isEqualTo(BODY);
            assertThat(categories(one)).containsExactly(Category.CAPTION, Category.CREDIT);
        }

        @Test
        void aCaptionOrCreditAfterItsLabelGoes() {
            // the BBC's way: "Image copyright" before the credit, "Image caption" or "Media caption" (glued) before the caption
            String text = "Image copyright Reuters\nImage caption The minister arrives at the court in Stockholm on Monday\n"
                    + BODY + "\nMedia captionWho is the minister?\n" + BODY.replace("Tuesday", "Monday");
            CleanResult r = clean(text);
            assertThat(r.text()).isEqualTo(BODY + "\n" + BODY.replace("Tuesday", "Monday"));
            assertThat(categories(r)).containsExactly(Category.CREDIT, Category.CAPTION, Category.CAPTION);
            // with keep=true a caption stays, without its label
            CleanResult kept = NewsCleaner.builder("news").option("captions", "keep", "true").build().clean(text);
            assertThat(kept.text()).startsWith("The minister arrives at the court").contains("\nWho is the minister?\n")
                    .doesNotContain("Reuters").doesNotContain("caption");
            // what other heuristics leave of a line is looked at, as a second run sees it
            CleanResult share = clean(BODY + "\nImage caption Share this story About sharing\n" + BODY.replace("Tuesday", "Monday"));
            assertThat(share.text()).isEqualTo(BODY + "\n" + BODY.replace("Tuesday", "Monday"));
            // the BBC's newer way: "Image source," before the credit, "Image caption," before the caption
            String comma = "Image source, Getty Images\nImage caption, The minister arrives at the court in Stockholm on Monday\n" + BODY;
            CleanResult commas = clean(comma);
            assertThat(commas.text()).isEqualTo(BODY);
            assertThat(categories(commas)).containsExactly(Category.CREDIT, Category.CAPTION);
            assertThat(NewsCleaner.builder("news").option("captions", "keep", "true").build().clean(comma).text())
                    .isEqualTo("The minister arrives at the court in Stockholm on Monday\n" + BODY);
            // Sky News's way: "Image:" before the caption
            CleanResult sky = clean("Image: The minister arrives at the court in Stockholm on Monday\n" + BODY);
            assertThat(sky.text()).isEqualTo(BODY);
            assertThat(categories(sky)).containsExactly(Category.CAPTION);
            // prose that starts with the words stays, and so does a long line (an article extracted as one line)
            for (String t : List.of("Image captions on the site are written by the picture desk, the editor said on Tuesday.",
                    "Image caption " + BODY + " The first buses will run on the new routes from the first of May, and the"
                            + " council expects the old timetable to stay in force until then. Drivers have been trained on the"
                            + " longer routes since January, the operator said, and the new stops on the seafront are built."
                            + " Some residents asked for a later last bus on Saturdays, which the council will consider in June.")) {
                assertThat(clean(t).text()).as(t).isEqualTo(t);
            }
        }

        @Test
        void aPhotographerAndAgencyOnALineOfTheirOwnGo() {
            // Gannett's sites print the photo's credit under it with a comma: "Name Name, Agency"
            for (String credit : List.of("Jane Morrow, AP", "Lee Kwan-ho, Associated Press", "Ana Lima, ASSOCIATED PRESS", "ITV, AFP")) {
                CleanResult r = clean(BODY + "\n" + credit + "\n" + BODY.replace("Tuesday", "Monday"));
                assertThat(r.text()).as(credit).isEqualTo(BODY + "\n" + BODY.replace("Tuesday", "Monday"));
                assertThat(categories(r)).as(credit).containsExactly(Category.CREDIT);
            }
            // with a comma, the names and the agency must be the whole line: a sentence before them, or a
            // small word among them, and it is no credit
            for (String kept : List.of("The council said so, AP", "The vote was close. Jane Morrow, Reuters", ", AP")) {
                assertThat(clean(BODY + "\n" + kept).text()).as(kept).isEqualTo(BODY + "\n" + kept);
            }
        }

        @Test
        void anImagesFileNameStandingAsItsCaptionGoes() {
            for (String name : List.of("wyze-sense-yellow.jpg", "IMG_0042.JPEG", "  screen-shot-2019-11-20-at-1-24-03-am.png ",
                    "chart.svg", "https://example.org/media/team-photo.webp")) {
                CleanResult r = clean(name + "\n" + BODY);
                assertThat(r.text()).as(name).isEqualTo(BODY);
                assertThat(categories(r)).as(name).containsExactly(Category.CAPTION);
            }
            for (String kept : List.of("The file is called report.png", "report.pdf", "JPEG", ".png", "Big")) {
                assertThat(clean(kept + "\n" + BODY).text()).as(kept).isEqualTo(kept + "\n" + BODY);
            }
        }

        @Test
        void aGallerysCounterGoesWithTheCaptionUnderIt() {
            String cap = "An artist's concept of the new lander on the moon's surface.";
            String more = "The first buses will run on the new routes from the first of May, the council said.";
            for (String counter : List.of("Image 2 of 5", "Photo 1 of 12", "Foto 3 von 7")) {
                CleanResult r = clean(BODY + "\n" + counter + "\n" + cap + "\n" + more);
                assertThat(r.text()).as(counter).isEqualTo(BODY + "\n" + more);
                assertThat(categories(r)).as(counter).containsExactly(Category.CAPTION, Category.CAPTION);
            }
            // a slide's text is the article's; only its counter goes
            assertThat(clean(BODY + "\nSlide 2 of 5\n" + cap + "\n" + more).text()).isEqualTo(BODY + "\n" + cap + "\n" + more);
            // with keep=true the caption stays
            NewsCleaner keep = NewsCleaner.builder("news").option("captions", "keep", "true").build();
            assertThat(keep.clean(BODY + "\nImage 2 of 5\n" + cap + "\n" + more).text()).isEqualTo(BODY + "\n" + cap + "\n" + more);
            // not counters: a count in prose, a larger first number, a caption after a blank line
            for (String kept : List.of("Image 6 of 5", "Photo 1 of many", "Image 1 or 5")) {
                assertThat(clean(BODY + "\n" + kept + "\n" + cap).text()).as(kept).contains(cap);
            }
            assertThat(clean(BODY + "\nImage 2 of 5\n\n" + more).text()).isEqualTo(BODY + "\n\n" + more);
        }

        @Test
        void aCapitalInsideANameOrACountStays() {
            String[] texts = {
                "The council thanked Ronan McCredit: the routes were his idea, and they start in May.",
                "The council met with the McPhoto family on Tuesday and approved the new bus routes.",
                "The vote was 6 to 3, and the routes start in May.\n6\nThe drivers' union welcomed the decision."
            };
            for (String t : texts) {
                assertThat(clean(t).text()).as(t).isEqualTo(t);
            }
        }

        @Test
        void keepOptionKeepsOneCleanCopy() {
            String cap = "Firefighters battle the blaze near Santa Rosa on Tuesday.";
            NewsCleaner c = NewsCleaner.builder("news").option("captions", "keep", "true").build();
            assertThat(c.clean(cap + "\n" + cap + "Jane Doe/Reuters\n\n" + BODY).text()).isEqualTo(cap + "\n\n" + BODY);
            assertThat(c.clean("A protester outside parliament. (AP Photo/Hadi Mizban)\n\n" + BODY).text())
                    .isEqualTo("A protester outside parliament.\n\n" + BODY);
        }

        @Test
        void creditLines() {
            for (String credit : List.of("(AP Photo/Hadi Mizban)", "Photo: John Smith / AFP", "John Smith/Getty Images",
                    "Image credit: NASA", "Foto: dpa", "Getty Images", "Photograph: Jane Doe/The Guardian")) {
                CleanResult r = clean(credit + "\n\n" + BODY);
                assertThat(r.text()).as(credit).isEqualTo(BODY);
                assertThat(categories(r)).as(credit).containsOnly(Category.CREDIT);
            }
        }

        @Test
        void captionWithCreditAtItsEnd() {
            CleanResult r = clean("Residents queue for water in Aleppo on Sunday. Omar Haj Kadour/AFP via Getty Images\n\n" + BODY);
            assertThat(r.text()).isEqualTo(BODY);
        }

        @Test
        void creditsInsideALongLineGoAlone() {
            String in = "He did not get it.Credit...Doug Mills/The New York Times Voters went to the polls. "
                    + "Trump spoke on Thursday. (Joshua Roberts/Reuters) Time is short. Farmers burn stubble. "
                    + "Sakib Ali/Hindustan Times/Getty Images However, the fires go on. WASHINGTON (AP) \u2014 The House voted.";
            CleanResult r = clean(in);
            assertThat(r.text()).isEqualTo("He did not get it. Voters went to the polls. Trump spoke on Thursday. Time is short. "
                    + "Farmers burn stubble. However, the fires go on. WASHINGTON (AP) \u2014 The House voted.");
            assertThat(categories(r)).containsOnly(Category.CREDIT);
        }

        @Test
        void parenthesesAndSlashesInArticleTextStay() {
            String s = "The firm (pictured above) said Smith/Jones and the Associated Press would share the award.";
            assertThat(clean(s).text()).isEqualTo(s);
        }

        @Test
        void slashesInArticleTextStay() {
            String[] texts = {
                "The deal, signed in 2014 by Smith/Jones and/or its successors, was worth $40 million.",
                "The ratio was 50/50, officials said on Monday.",
                "He praised the work of the Associated Press, which first reported the story.",
                "Photos of the event were shared widely online, and the museum said more would follow next week."
            };
            for (String t : texts) {
                assertThat(clean(t).text()).isEqualTo(t);
            }
        }
    }

    @Nested
    class Duplicates {
        @Test
        void laterCopiesGo() {
            String p = "The routes will be reviewed after six months, the transport director said.";
            CleanResult r = clean(p + "\n\n" + BODY + "\n\n" + p);
            assertThat(r.text()).isEqualTo(p + "\n\n" + BODY);
            assertThat(categories(r)).containsExactly(Category.DUPLICATE);
        }

        @Test
        void nearCopiesGo() {
            String p = "The routes will be reviewed after six months, the transport director said on Tuesday in a statement.";
            String q = "The routes will be reviewed after six months, the transport director said on Tuesday in a statement!";
            String q2 = "\u201cThe routes will be reviewed after six months,\u201d the transport director said on Tuesday in a statement.";
            assertThat(clean(p + "\n\n" + q).text()).isEqualTo(p);
            assertThat(clean(p + "\n\n" + q2).text()).isEqualTo(p);
        }

        @Test
        void nearCopiesAreToldAtTheThreshold() {
            // 19 shared words: one word differs on each side (Jaccard 19/21 >= 0.9), or two (18/22 < 0.9)
            String shared = "The regional council approved its new northern bus route on Tuesday after long heated"
                    + " debate inside crowded chamber downtown";
            String a = shared + " yesterday.";
            String b = shared + " evening.";
            String c = shared.replace("crowded", "packed") + " evening.";
            assertThat(clean(a + "\n\n" + b).text()).isEqualTo(a);
            assertThat(clean(a + "\n\n" + c).text()).isEqualTo(a + "\n\n" + c);
            // long paragraphs: their word masks fill up, and the exact comparison decides
            StringBuilder longer = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                longer.append(shared.replace("Tuesday", "day " + i)).append(i % 2 == 0 ? ", and " : "; ");
            }
            String l = longer + "it ended.";
            assertThat(clean(l + "\n\n" + l.replace("it ended.", "it closed.")).text()).isEqualTo(l);
        }

        /**
         * A meal plan whose days repeat the same menus, each day a dozen paragraphs (so the repeats stand
         * more than {@link DuplicateHeuristic#HTML_COPY_LINES} lines apart), its standfirst printed twice.
         */
        private String mealPlan(String open, String close) {
            String stand = "Our dietitian planned a week of simple meals that can be cooked in under thirty minutes each evening.";
            List<String> menus = List.of("Breakfast: oats cooked in milk with a sliced banana and honey",
                    "Lunch: lentil soup with a slice of rye bread and butter",
                    "Dinner: baked salmon with green beans and new potatoes tonight");
            StringBuilder sb = new StringBuilder(open.replace("%s", "Eat well all week for less")).append(open.replace("%s", stand))
                    .append(open.replace("%s", stand));
            for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
                sb.append(open.replace("%s", day));
                for (String m : menus) {
                    sb.append(open.replace("%s", day.equals("Thursday") ? m.replace("salmon", "cod") : m));
                }
                sb.append(open.replace("%s", "Snack on " + day + ": an apple, or a handful of nuts if the day was long"));
                for (int tip = 1; tip <= 8; tip++) {
                    sb.append(open.replace("%s", day + "'s tip " + tip + ": cook the " + (tip % 2 == 0 ? "grains" : "vegetables")
                            + " ahead and keep " + tip + " portions in the fridge"));
                }
            }
            return sb.append(close).toString();
        }

        @Test
        void fromHtmlOnlyCopiesNextToTheirFirstGo() {
            String html = "<html><body><article><h1>A week of meals</h1>" + mealPlan("<p>%s</p>", "") + "</article></body></html>";
            CleanResult r = NewsCleaner.news().cleanHtml(html, "https://example.org/plan");
            // the standfirst printed twice goes; the menus that the days repeat, further on, are the plan
            assertThat(r.text().split("Our dietitian planned", -1)).hasSize(2);
            assertThat(r.text().split("Lunch: lentil soup", -1)).hasSize(6);
            assertThat(r.removals()).filteredOn(x -> x.heuristic().equals("duplicates")).singleElement()
                    .satisfies(x -> assertThat(x.text()).startsWith("Our dietitian planned"));
            // as scraped text, every later copy goes: there a repeat is most often a scraper's leftover
            String text = NewsCleaner.builder("article").build().clean(mealPlan("%s\n\n", "")).text();
            assertThat(text.split("Lunch: lentil soup", -1)).hasSize(2);
        }

        /** A shopping list: each product, its note and the same short line to buy it ({@code times} of them). */
        private String shoppingList(int times, String buy) {
            List<String> products = List.of("Brightwell Steel 1.7", "Oaklane Glass Kettle", "Tilly Mini Travel", "Hartmoor Gooseneck");
            List<String> notes = List.of(
                    "The fastest of the five, it brings a full litre to the boil in a little under three minutes.",
                    "The glass body shows the water as it heats, and the light inside it switches off on its own.",
                    "It holds only half a litre, but it folds flat for a suitcase and runs on both voltages.",
                    "Its thin spout pours slowly enough for filter coffee, and the dial keeps the water at a set heat.");
            StringBuilder sb = new StringBuilder("Five kettles we tested this winter\n\n"
                    + "We boiled a litre of water in each of them forty times and timed every run.");
            for (int k = 0; k < times; k++) {
                sb.append("\n\n").append(products.get(k)).append("\n\n").append(notes.get(k)).append("\n\n").append(buy);
            }
            return sb.toString();
        }

        @Test
        void aShortLineStandingThreeTimesOrMoreIsAListsLabelAndStays() {
            String buy = "See today's price at Corner Hardware";
            String three = shoppingList(3, buy);
            assertThat(clean(three).text()).isEqualTo(three);
            assertThat(clean(shoppingList(4, buy)).text().split(buy, -1)).hasSize(5);
            // twice, it is a scraper's leftover: the later copy goes
            assertThat(clean(shoppingList(2, buy)).text().split(buy, -1)).hasSize(2);
            // copies next to each other are copies, however many
            assertThat(clean(shoppingList(1, buy + "\n\n" + buy + "\n\n" + buy)).text().split(buy, -1)).hasSize(2);
            // a line longer than a label, standing three times, is copied text: the later copies go
            String sentence = "Prices were checked on the morning this review went out and may have changed since";
            assertThat(clean(shoppingList(3, sentence)).text().split(sentence, -1)).hasSize(2);
            // Japanese has no spaces, so a word count says little of a line's length: its copies go
            String ja = "今日の価格は、コーナー・ハードウェア・ストアで確認";
            assertThat(clean(shoppingList(3, ja)).text().split(ja, -1)).hasSize(2);
        }

        @Test
        void aListsLabelsStayWhenTogetherTheyRepeatAPassage() {
            // each week's plan repeats the same short lines, over 24 words together: a passage, but the plan's own
            List<String> routine = List.of("Before the run", "Drink a glass of water twenty minutes before", "Warm up",
                    "Walk briskly for five minutes, then jog slowly", "After the run",
                    "Stretch your calves and hamstrings for ten minutes");
            StringBuilder sb = new StringBuilder("A four-week plan to start running\n\n"
                    + "Each week has three runs, and each run follows the same routine around its main part.");
            List<String> weeks = List.of("Week one: run for a minute at a time, eight times over, walking in between",
                    "Week two: six runs of two minutes each, with a slow walk of a minute after every one",
                    "Week three: three runs of five minutes, which feels long, but the walks are longer too",
                    "Week four: a single run of twenty minutes, as slowly as you like, without stopping");
            for (String week : weeks) {
                sb.append("\n\n").append(week);
                for (String line : routine) {
                    sb.append("\n\n").append(line);
                }
            }
            String plan = sb.toString();
            assertThat(clean(plan).text()).isEqualTo(plan);
        }

        /**
         * A training plan whose days give the same meals under the same labels: a meal standing
         * again on a later day, more than {@link DuplicateHeuristic#HTML_COPY_LINES} lines on, is
         * the plan's, and stays with its portions; printed twice in a row, it is a leftover.
         *
         * @param printedTwice whether Monday's first meal is printed twice in a row
         * @param notes whether each day ends with a note (without them, a day is a line shorter)
         */
        private String trainingDays(boolean printedTwice, boolean notes) {
            List<String> labels = List.of("Eat within an hour of waking", "Eat two hours before training",
                    "Eat within an hour after training");
            List<String> meals = List.of("Oats cooked in milk with a sliced banana, a spoon of honey and a few walnuts",
                    "Brown rice with grilled chicken, spinach and a squeeze of lemon over the top",
                    "A wholegrain wrap of tuna, sweetcorn and lettuce with a glass of skimmed milk");
            List<String> portions = List.of("Portions: 1 cup oats, 1 banana, 1 tsp honey, 5 walnuts",
                    "Portions: 1 cup rice, 4 oz chicken, 2 cups spinach, 1 lemon",
                    "Portions: 1 wrap, 3 oz tuna, 2 tbsp sweetcorn, 1 cup milk");
            StringBuilder sb = new StringBuilder("Three days of eating for the spring marathon\n\n"
                    + "Our coach planned the meals around each day's training, so that the long runs never start on an empty stomach.");
            List<String> dayNotes = List.of("Drink half a litre of water with every meal, and more if the weather turns warm.",
                    "A rest day still needs its meals: the muscles rebuild while you sit at your desk.",
                    "Before the long run on Thursday, go to bed early and skip the coffee after lunch.");
            List<String> days = List.of("Monday", "Tuesday", "Wednesday");
            for (int d = 0; d < days.size(); d++) {
                String day = days.get(d);
                sb.append("\n\n").append(day).append(": ").append(day.equals("Tuesday") ? "a rest day with a short walk" : "an easy run of eight miles");
                for (int m = 0; m < meals.size(); m++) {
                    sb.append("\n\n").append(labels.get(m)).append("\n\n").append(meals.get(m));
                    if (printedTwice && day.equals("Monday") && m == 0) {
                        sb.append("\n\n").append(meals.get(m));
                    }
                    sb.append("\n\n").append(portions.get(m));
                }
                if (notes) {
                    sb.append("\n\n").append(dayNotes.get(d));
                }
            }
            return sb.toString();
        }

        @Test
        void aListsEntriesThatItRepeatsFurtherOnStay() {
            String plan = trainingDays(false, true);
            assertThat(clean(plan).text()).isEqualTo(plan);
            // printed twice in a row on Monday, the meal's second copy goes; the other days' copies stay
            String twice = trainingDays(true, true);
            CleanResult r = clean(twice);
            assertThat(r.text()).isEqualTo(plan);
            assertThat(r.removals()).singleElement().satisfies(x -> assertThat(x.reason()).startsWith("exact copy of line"));
            // without the labels, a repeat far on is taken for a leftover, as scraped text most often has it
            String unlabelled = plan.replaceAll("Eat [a-z ]+ training\n\n|Eat within an hour of waking\n\n", "");
            assertThat(clean(unlabelled).text().split("Brown rice with grilled chicken", -1)).hasSize(2);
        }

        /**
         * Without the days' notes, Tuesday's first meal stands 11 lines after Monday's when Monday's
         * copy printed twice counts, 10 when it does not. Cleaning runs a second round when a
         * heuristic took part of a line (an ad label glued to a paragraph); in that round the copy
         * taken in the first still counts, so the meal is judged as it was: what else a page holds
         * does not change which of the list's entries stay.
         */
        @Test
        void anEntryIsJudgedAlikeInEveryRound() {
            String plan = trainingDays(true, false);
            String intro = "never start on an empty stomach.";
            String withAd = plan.replace(intro, intro + " Advertisement");
            CleanResult once = clean(plan);
            CleanResult twice = clean(withAd);
            assertThat(twice.text()).isEqualTo(once.text());
            assertThat(once.text().split("Oats cooked in milk", -1)).hasSize(4);
            assertThat(twice.removals()).filteredOn(r -> r.heuristic().equals("duplicates")).hasSameSizeAs(once.removals());
        }

        /**
         * A line standing three times, with copies of another line between them (found by the
         * Markdown property test): were the copies between taken as separating the three, the
         * output, where the copies are gone, would put them next to each other and decide otherwise.
         */
        @Test
        void copiesBetweenALinesCopiesDoNotSeparateThem() {
            String bus = "[2]: <https://e.test/bus.jpg> \"A bus\"";
            String news = "[1]: https://e.test/news";
            String once = clean(String.join("\n\n", bus, news, bus, news, bus)).text();
            assertThat(clean(once).text()).isEqualTo(once);
            assertThat(once).isEqualTo(bus + "\n\n" + news);
        }

        @Test
        void similarButDifferentParagraphsStay() {
            String a = "The council approved the north route on Tuesday after a long debate in the chamber.";
            String b = "The council rejected the south route on Wednesday after a short debate in the chamber.";
            assertThat(clean(a + "\n\n" + b).text()).isEqualTo(a + "\n\n" + b);
            assertThat(clean("Yes.\n\nYes.").text()).isEqualTo("Yes.\n\nYes.");
        }
    }

    @Nested
    class Comments {
        @Test
        void commentPromptsAndCountsGo() {
            CleanResult r = clean(BODY + "\n\n89 comments\nBe the first to comment\nLog in to comment\nKommentare (115)\nComments are closed."
                    + "\nReport");
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(categories(r)).containsOnly(Category.COMMENTS);
        }

        @Test
        void aThreadOfCommentsAtTheEndGoesWithItsHeading() {
            String article = BODY + "\n\nThe first buses will run on the new routes from the first of May, the council said."
                    + "\n\nDrivers' unions welcomed the plan but asked for new rest rooms at the two terminals, which the council"
                    + " promised to build by the end of the summer, once the contracts for the depot works have been signed.";
            CleanResult r = clean(article + "\n\nJoin the conversation\n\nnorthside_dad\nWho is paying for all of this? Not the"
                    + " people who decided it.\n\nJ. Malloy\nSame thing happened in 2011 and nobody learned anything.\n\n"
                    + "\u00a9 2026 The Riverside Courier. All rights reserved.");
            assertThat(r.text()).isEqualTo(article);
            assertThat(r.removals()).filteredOn(x -> x.reason().contains("a reader's comment")).extracting(Removal::text)
                    .containsExactly("northside_dad", "Who is paying for all of this? Not the people who decided it.", "J. Malloy",
                            "Same thing happened in 2011 and nobody learned anything.");
        }

        @Test
        void aListOfStoriesEndsAtTheCommentsHeadingWhoseThreadGoesToo() {
            String article = BODY + "\n\nDrivers' unions welcomed the plan but asked for new rest rooms at the two terminals, which"
                    + " the council promised to build by the end of the summer, once the contracts for the depot works are signed.";
            CleanResult r = clean(article + "\n\nMost read\nWhy rents keep rising\nFerry timetable cut for the winter\n\n"
                    + "139 comments\n\nbuurtbewoner\nAbout time.\n\nforens_uit_zwolle\nFirst see, then believe.");
            assertThat(r.text()).isEqualTo(article);
            assertThat(r.removals()).filteredOn(x -> x.text().equals("139 ") || x.text().equals("comments"))
                    .extracting(Removal::heuristic).containsOnly("comments");
        }

        @Test
        void aCommentCountAtTheTopOrArticleTextAfterAHeadingTakesNothingElse() {
            String top = "12 comments\n\nBy Jane Doe\n\n" + BODY + "\n\nTimetable changes\n\nThe summer timetable starts in May.";
            assertThat(clean(top).text()).isEqualTo(BODY + "\n\nTimetable changes\n\nThe summer timetable starts in May.");
            // a heading in the second half, then subheadings and paragraphs, and a paragraph too long for a comment
            StringBuilder fares = new StringBuilder("Fares");
            for (int k = 1; k <= 90; k++) {
                fares.append(" w").append(k);
            }
            String after = BODY + "\n\nComments\n\nTimetable changes\n\nThe summer timetable starts in May.\n\nFares\n\n"
                    + fares + ".";
            assertThat(clean(after).text()).isEqualTo(after.replace("Comments\n\n", ""));
        }

        @Test
        void sentencesAboutCommentsStay() {
            String s = "The minister declined to comment on the report, and comments from the opposition were sharp.";
            assertThat(clean(s).text()).isEqualTo(s);
        }
    }

    @Nested
    class Furniture {
        @Test
        void copyrightLinesAndPlayerLabelsGo() {
            CleanResult r = clean("Listen to this article\n\n" + BODY + "\n\n\u00a9 2026 Example Media. All rights reserved.\n"
                    + "\u00a9 2026 Beispiel Verlag. Alle Rechte vorbehalten.\n"
                    + "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy\n"
                    + "Community Rules apply to all content you upload or otherwise submit to this site.\n"
                    + "AP-US--Council-Bus-Routes, 2nd Ld-Writethru\nOuvir o texto\nOpinions expressed are those of the writer.\n"
                    + "A version of this article appears in print on Dec. 5, 2026, Section A, Page 14 of the New York edition.");
            assertThat(r.text()).isEqualTo(BODY);
            assertThat(categories(r)).containsOnly(Category.LAYOUT);
        }

        @Test
        void articleTextAboutCopyrightStays() {
            String s = "The court ruled that the photographer kept the copyright, although the paper had paid for the pictures.";
            assertThat(clean(s).text()).isEqualTo(s);
        }
    }

    @Nested
    class Bylines {
        @Test
        void bylinesAndDateLinesGo() {
            assertEachGoesAsAByline(List.of("By Jane Doe, Staff Writer", "By Leo Pearce | The Ledger", "Updated 3:42 PM EST, Tue March 3, 2026",
                    "Stand: 21.01.2026 17:04 Uhr", "Von Miriam Oltmanns, Rheinische Abendpost", "5 min read", "March 3, 2026",
                    "Par Jean Dupont \u2022 Publi\u00e9 le 3 mars 2026 \u00e0 10h30", "Por Ana Ruiz | 4 de marzo de 2026",
                    "2026-03-03", "21/01/2026 17:04", "Updated 3.1.26"));
        }

        /** Each line, put before an article sentence, goes as a byline or date line, and only it. */
        private void assertEachGoesAsAByline(List<String> lines) {
            for (String b : lines) {
                CleanResult r = clean(b + "\n\n" + BODY);
                assertThat(r.text()).as(b).isEqualTo(BODY);
                assertThat(categories(r)).as(b).containsOnly(Category.BYLINE);
            }
        }

        @Test
        void dateLinesInMoreLanguagesGo() {
            assertEachGoesAsAByline(List.of("21 \u044f\u043d\u0432\u0430\u0440\u044f 2026, 17:04",
                    "\u041e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e 21.01.2026 \u0432 17:04 \u041c\u0421\u041a",
                    "21 stycznia 2026, 17:04", "21 Ocak 2026 \u00c7ar\u015famba 17:04", "21 MAYIS 2026 CUMA",
                    "Senin, 21 Januari 2026 17:04 WIB", "Publicerad 21 januari 2026 kl 17.04",
                    "2026\u5e741\u670821\u65e5 17:04", "\u516c\u958b\u65e5\uff1a2026\u5e741\u670821\u65e5 \u5348\u5f8c5\u66424\u5206",
                    "\u53d1\u5e03\u65f6\u95f4\uff1a2026\u5e741\u670821\u65e5 17:04", "2026\ub144 1\uc6d4 21\uc77c \uc624\ud6c4 5\uc2dc 4\ubd84",
                    "\uae30\uc0ac\uc785\ub825 2026.01.21 17:04"));
        }

        @Test
        void sentencesWithCjkDatesStay() {
            // a year with a particle glued on, a time that opens a sentence, a number and a unit that is no date
            for (String s : List.of("2026\ub144\uc5d0 \uc0c8 \ubc95\uc774 \uc2dc\ud589\ub41c\ub2e4.",
                    "\u5348\u5f8c5\u6642\u304b\u3089\u89b3\u5bdf\u4f1a\u3092\u958b\u304d\u307e\u3059\u3002", "3\u4eba 17:04",
                    "\u0412 2026 \u0433\u043e\u0434\u0443 \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442.")) {
                assertThat(clean(s + "\n\n" + BODY).text()).as(s).isEqualTo(s + "\n\n" + BODY);
            }
        }

        @Test
        void sentencesAndLiveBlogTimesStay() {
            for (String s : List.of("By Monday, the river had risen two metres.", "Published figures showed growth in March.",
                    "19:15 BST", "10 p.m.", "(Reporting by Jane Doe; Editing by John Smith)", "By the end of 2026, the line will reach the airport.",
                    "02-751-1500", "555-123-4567", "1-2-3", "2026-03-03-07")) {
                assertThat(clean(s + "\n\n" + BODY).text()).as(s).isEqualTo(s + "\n\n" + BODY);
            }
        }
    }

    @Test
    void removalsLeaveNoBlankRuns() {
        String text = "Top line of the story here.\n\n\nAdvertisement\n\n\n\nShare\n\n\nNext line of the story here.";
        assertThat(clean(text).text()).isEqualTo("Top line of the story here.\n\nNext line of the story here.");
        assertThat(clean("One\nAdvertisement\nTwo").text()).isEqualTo("One\nTwo");
    }
}
