"""Cue matching: headings, line cues, shapes, in several languages."""

import pytest

from q7x2clean import cues
from q7x2clean.language import words
from q7x2clean.article import BlockKind as K


def _heading(text):
    return cues.heading_kind(cues.normalize(text))


def _line(text):
    found = cues.line_kind(cues.normalize(text))
    return found[0] if found else None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Related posts", K.RELATED),
        ("You may also like", K.RELATED),
        ("Das könnte Sie auch interessieren", K.RELATED),
        ("À lire aussi", K.RELATED),
        ("3 Comments", K.COMMENTS),
        ("Leave a Reply Cancel reply", K.COMMENTS),
        ("Kommentare (12)", K.COMMENTS),
        ("Previous post", K.PREV_NEXT),
        ("« Previous Next »", K.PREV_NEXT),  # a gallery's two buttons on one line
        ("Vorheriges Weiter", K.PREV_NEXT),
        ("Tags: politics, economy", K.TAGS),
        ("Key Points: US, Japan reaffirm alliance", K.SUMMARY),
        ("Footnotes", K.FOOTER),
        ("Einzelnachweise", K.FOOTER),
        ("Ansprechpartnerin", K.FOOTER),  # a press office's contact box
        ("Sources:", K.FOOTER),
    ],
)
def test_section_headings(text, kind):
    assert _heading(text) is kind


@pytest.mark.parametrize(
    "text", ["Privacy with VRFs", "The market share of electric cars", "Comments from the minister", "Previous next steps for the team"]
)
def test_article_headings_are_not_section_headings(text):
    assert _heading(text) is None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("5 min read", K.READ_TIME),
        ("3 Min. Lesezeit", K.READ_TIME),
        ("Advertisement", K.ADVERT),
        ("Advert", K.ADVERT),
        ("© 2024 Example. All rights reserved.", None),  # copyright is a shape, see below
        ("Your email address will not be published.", K.COMMENT_FORM),
        ("Privacy Policy", K.LEGAL),
        ("Speichern", K.SHARE),  # a save button
        ("Mehr zum Tauern-Radweg", K.RELATED),  # a card's link to its story
    ],
)
def test_line_cues(text, kind):
    if kind is not None:
        assert _line(text) is kind


def test_line_cues_need_whole_words():
    assert _line("the admin reader app") is None  # "min read" only as whole words


def test_shapes():
    assert cues.is_counter("74") and cues.is_counter("1.2K") and not cues.is_counter("74 cats")
    assert cues.social_share(cues.normalize("Share 0FacebookTwitterPinterestThreadsBlueskyEmail"))
    assert not cues.social_share(cues.normalize("He posted the video on Facebook and then on Twitter yesterday"))
    assert cues.is_copyright("© 2022 PressXpress All Right Reserved.")
    assert cues.is_image_placeholder("[NASCAR19-Kyle-Busch]")
    assert cues.is_comment_header(cues.normalize("Alex on September 17, 2018 at 6:34 am said:"), 9, True)
    assert not cues.is_comment_header(cues.normalize("Updated on June 18, 2025 at 12:35 PM"), 6, True)


def test_captions():
    text = "Senators speak in Washington, DC. (Photo by Drew Angerer/Getty Images)"
    assert cues.is_caption(text, cues.normalize(text))
    text = "WASHINGTON, DC - NOVEMBER 19: Jennifer Williams testifies before the committee."
    assert cues.is_caption(text, cues.normalize(text))
    text = "The minister said the photo was taken in 2019."
    assert not cues.is_caption(text, cues.normalize(text))
    # Wire captions abbreviate the month with a period.
    text = "In this Dec. 12, 2006, file photo, made available by NASA, an astronaut works outside the station."
    assert cues.is_caption(text, cues.normalize(text))
    text = "In this Sept. 3 file photo the mayor waves."
    assert cues.is_caption(text, cues.normalize(text))
    text = "In this case the court ruled. A photo of the defendant was shown."
    assert not cues.is_caption(text, cues.normalize(text))


def test_code():
    assert cues.is_code('if err != nil { log.Fatalln("x", err) }', 0.1)
    assert cues.is_code("s, err := note.NewSigner(key); if err != nil { return err }", 0.3)
    assert not cues.is_code("The dairy products; vegetables; fruit; nuts and seeds were assessed.", 0.3)
    assert not cues.is_code("____________________", 0.0)


def test_web_addresses_and_asides_in_brackets_are_not_code():
    assert cues.is_bare_url("http://amzn.to/2iJFhRj")
    assert cues.is_bare_url("www.example.org/report-2024.pdf")
    assert not cues.is_bare_url("See http://example.org for more")
    assert not cues.is_code("http://amzn.to/2iJFhRj", 0.0)
    assert not cues.is_code("Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)", 0.0)
    assert cues.is_code("print(len(items)); total += 1", 0.0)


def test_glued_story_cards():
    assert cues.is_glued_card("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left")
    assert not cues.is_glued_card("Wichita East's Hugh McPherson won first place in the 100 yard freestyle.")
    assert not cues.is_glued_card("By choosing MarketerHire, you can skip the lengthy agency search.")


def test_about_headings():
    assert cues.is_about_heading("about ascom", 2, False)
    assert cues.is_about_heading("über die autorin", 3, False)
    assert not cues.is_about_heading("about the study and its methods we used here", 9, False)


def test_comment_headers_after_a_label():
    assert cues.is_comment_header("comment by jane doe — 17.07, 2011 @ 13:04", 8, True)
    assert cues.is_comment_header("kommentar von jan am 3. mai 2020 um 14:05", 9, True)
    assert not cues.is_comment_header("comment by the ministry on 3 may was not given", 9, True)


def test_licence_notes():
    assert cues.is_licence_note(cues.normalize("Dieser Text steht unter der Lizenz CC-BY-NC-ND-4.0-DE."), 9)
    line = "Photos in this blog are licensed under a Creative Commons Attribution 4.0 International License."
    assert cues.is_licence_note(cues.normalize(line), 15)
    # An article about licences names them without a licence code.
    line = "We do not use the Creative Commons license for these files, but a new license."
    assert not cues.is_licence_note(cues.normalize(line), 15)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Titelbild: Jane Doe/Agentur", K.CAPTION), ("Featured image: Jane Doe", K.CAPTION),
     ("Imagen destacada: Juan Pérez", K.CAPTION)],
)
def test_picture_credit_labels(text, kind):
    assert cues.prefix_kind(cues.normalize(text))[0] is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Weitere interessante Themen", K.RELATED), ("Seguí leyendo", K.RELATED),
     ("Diese Geschichte teilen", K.SHARE), ("Comparte esta historia", K.SHARE)],
)
def test_teaser_and_share_headings(text, kind):
    assert cues.heading_kind(cues.normalize(text)) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Footnotes    ( returns to text)", K.FOOTER), ("Fußnoten (zurück zum Text)", K.FOOTER),
     ("Related articles (show all)", K.RELATED), ("Comentarios (ocultar)", K.COMMENTS)],
)
def test_a_heading_with_a_bracketed_remark_after_it(text, kind):
    assert cues.heading_kind(cues.normalize(text)) is kind


def test_an_article_heading_in_brackets_is_no_section_heading():
    assert cues.heading_kind(cues.normalize("The new bridge (and the old one)")) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [("ANZEIGE - Heute mal ausgehen? Wie wäre es mit einem Besuch bei uns:", K.ADVERT),
     ("Mire: El alcalde inaugura el nuevo puente de la ciudad", K.RELATED)],
)
def test_advert_and_video_labels_of_any_length(text, kind):
    assert cues.prefix_kind(cues.normalize(text))[0] is kind


def test_blog_subscription_and_inbox_pitches():
    for line in ("Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
                 "Get the latest updates and tutorials straight to your inbox with our newsletter."):
        assert cues.any_length_kind(cues.normalize(line))[0] is K.NEWSLETTER
    assert cues.heading_kind(cues.normalize("Mehr Videos")) is K.RELATED
    assert cues.heading_kind(cues.normalize("Kommentieren Sie hier")) is K.COMMENTS


def test_read_more_heading_and_advertising_disclaimer_note():
    assert cues.heading_kind(cues.normalize("Lesen Sie mehr")) is K.RELATED
    note = "NOTE: The advertising disclaimer below does not apply to this article."
    assert cues.any_length_kind(cues.normalize(note))[0] is K.ADVERT


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen die neue Küche?", K.COMMENT_FORM),
     ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin serwisu.", K.FOOTER),
     ("You are using a browser version with limited support for CSS. Please update it.", K.BOILERPLATE)],
)
def test_calls_to_comment_copyright_and_browser_notes_of_any_length(text, kind):
    assert cues.any_length_kind(cues.normalize(text))[0] is kind


def test_consent_dialog_paragraphs_that_name_no_cookie():
    line = "Die technische Speicherung oder der Zugriff ist erforderlich, um Nutzerprofile zu erstellen."
    assert cues.any_length_kind(cues.normalize(line))[0] is K.COOKIE
    line = "We use technologies to store and/or access device information for the purposes below."
    assert cues.any_length_kind(cues.normalize(line))[0] is K.COOKIE


def test_prefix_labels_of_any_length():
    text = cues.normalize("Dieser Beitrag wurde veröffentlicht in Allgemein und verschlagwortet mit Berlin, Kultur von Anna.")
    assert cues.prefix_kind(text)[0] is K.TAGS
    assert cues.prefix_kind(cues.normalize("Postedinfluence of the press")) is None


def test_a_line_printed_twice_in_itself_is_doubled():
    assert cues.is_doubled("Apple iPhone 20 to launch with a curved displayApple iPhone 20 to launch with a curved display")
    assert cues.is_doubled("Jayesh Shinde Jayesh Shinde")
    assert not cues.is_doubled("Bora Bora")  # too short to be a card
    assert not cues.is_doubled("The ministers agreed on Tuesday to simplify the rules.")


def test_read_also_links_of_any_length_are_related():
    line = "Also read: Who is Demis Hassabis: CEO of DeepMind, AI career, Nobel laureate, tech visionary and more"
    assert cues.prefix_kind(cues.normalize(line))[0] is K.RELATED
    assert cues.prefix_kind(cues.normalize("À lire aussi : la réforme des retraites adoptée")) is not None
    assert cues.prefix_kind(cues.normalize("Also read the manual before you start the machine")) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Doe is a senior writer at Example News, covering science.", True),
        ("Max Muster leitet das Ressort Politik bei der Zeitung.", True),
        ("Marie Dupont est journaliste au service culture.", True),
        ("Ana Pérez es periodista y vive en Lima.", True),
        ("Jan Kowalski jest dziennikarzem i redaktorem działu sport.", False),
        ("Jan Kowalski jest redaktorem działu sport.", False),
        ("Jan Kowalski jest redaktor działu sport.", True),
        ("The tool is a writer's best friend for drafts.", False),
        ("I was a reporter for ten years before I started this blog.", False),
        ("jane doe is a writer", False),
        ("Veed is the most fully featured online video editor I know.", False),
    ],
)
def test_author_bio_opening(text, expected):
    assert cues.is_author_bio(text) is expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Explore further", K.RELATED),
        ("Zum Weiterlesen", K.RELATED),
        ("Empfohlen für dich", K.RELATED),
    ],
)
def test_further_reading_headings(text, kind):
    assert _heading(text) is kind


@pytest.mark.parametrize(
    "text, kind",
    [
        ("War der Artikel hilfreich?", K.SHARE),
        ("Was this article helpful?", K.SHARE),
        ("Cet article vous a-t-il été utile ?", K.SHARE),
        ("Holen Sie sich meinen kostenlosen Newsletter", K.NEWSLETTER),
        ("Get our best stories in a weekly newsletter", K.NEWSLETTER),
    ],
)
def test_rating_and_newsletter_lines(text, kind):
    assert _line(text) is kind


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Doe, The Lesson, 1911. Photogravure – 14.6 × 22.9 cm. Courtesy Example Gallery.", True),
        ("John Roe, Untitled (Harbour), 1998/2000. Colour photograph — 25 x 65 in (each). Edition of 5.", True),
        ("Max Muster, Ohne Titel, 1962. Öl auf Leinwand, 80 x 60 cm. Privatsammlung.", True),
        ("The new flat is 12 x 4 metres and cost less than the one they rented in 2019.", False),
        ("Cut the dough into 3 x 3 in the pan and bake it for twenty minutes in 2020 style.", False),
    ],
)
def test_artwork_captions(text, expected):
    low = cues.normalize(text)
    assert cues.is_artwork_caption(low, len(low.split())) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Doe is the health and fitness director at Example Media. She has written about sport for years.", True),
        ("Jane Doe (@janedoe) is the managing editor at Example Weekly.", True),
        ("Max Mustermann ist Geschäftsführer der Beispiel GmbH in Köln.", True),
        ("The director is expected to resign before the end of the year.", False),
        ("Yesterday the manager was sacked after a string of defeats.", False),
    ],
)
def test_closing_bios(text, expected):
    assert cues.is_closing_bio(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Follow us on Twitter @examplenews and on Facebook.", True),
        ("Email Jane Doe at jane@example.com. Follow her on Twitter @janedoe.", True),
        ("Write to Jane Doe at jane@example.com or follow her @janedoe.", False),
        ("Folgen Sie uns auf Instagram und Facebook.", True),
        ("Suivez-nous sur Twitter et LinkedIn", True),
        ("More than two million users follow him on Twitter, where he posts every day.", False),
        ("Follow the money, the investigators said on Tuesday.", False),
    ],
)
def test_pitches_to_follow_on_a_social_network(text, expected):
    low = cues.normalize(text)
    assert cues.is_follow_pitch(low, len(low.split())) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(Reporting by Jane Doe and John Roe; Editing by Mary Major)", True),
        ("Additional reporting by Jane Doe in Berlin; writing by John Roe", True),
        ("Associated Press writers Jane Doe and John Roe contributed to this report.", True),
        ("(Reporte de Juan Pérez; Editado en español por María López)", True),
        ("The reporting by the local paper was wrong, the minister said on Tuesday.", False),
        ("Reportage is the art of telling what happened to people.", False),
    ],
)
def test_credits_of_a_report(text, expected):
    low = cues.normalize(text)
    assert cues.is_report_credit(low, len(low.split())) is expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Advertising disclosure: we may receive compensation for some of the links in our stories, "
         "which helps us keep the site running for all of our readers.", K.ADVERT),
        ("Dieser Beitrag enthält Werbung für ein Produkt, das wir kostenlos zum Testen bekommen haben.", K.ADVERT),
        ("Apoya el periodismo independiente: suscríbete hoy y ayuda a que sigamos informando.", K.ADVERT),
        ("Never miss the latest news by signing up to our newsletter today, it only takes a minute!", K.NEWSLETTER),
    ],
)
def test_disclosures_and_pitches_of_any_length(text, kind):
    found = cues.any_length_kind(cues.normalize(text))
    assert found is not None and found[0] is kind


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Helfer errichten Notunterkünfte für die Betroffenen. Foto: Jane Doe/Hilfswerk", True),
        ("The minister arrives for the talks in the capital (REUTERS/Jane Doe)", True),
        ("Wer die Äste auf die Wege zieht, ist unklar (Symbolbild).", True),
        ("Les deux ministres après la signature (Photo : Jean Dupont)", True),
        ("The sky was dark. Images from the probe show ice on the surface.", False),
        ("The probe took many pictures (photos of the week)", False),
        ("It runs on the new chip (source: the maker)", False),
    ],
)
def test_trailing_photo_credits(text, expected):
    assert cues.has_trailing_credit(cues.normalize(text)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Subscribe to the Evening Digest newsletter", True),
        ("Sign up for the newsletter Weekend Reads", True),
        ("Get the day's top headlines in your inbox by subscribing to our newsletter.", True),
        ("Abonnez-vous à l'infolettre du Matin", True),
        ("Melden Sie sich für den Abend-Newsletter an", True),
        ("You have been successfully subscribed!", True),
        ("Gracias por suscribirte, revisa tu correo.", True),
        ("The company said the newsletter had lost a third of its readers in the last two years.", False),
        ("Readers can subscribe to the paper for less than a coffee a week.", False),
    ],
)
def test_newsletter_signup_lines(text, expected):
    low = cues.normalize(text)
    assert cues.is_signup(low, len(low.split())) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rescue workers search the rubble of the school in the north of the city. (AP)", True),
        ("Die Helfer vor dem zerstörten Haus am Stadtrand (dpa)", True),
        ("The new bakery opened its doors in March. | Photo by Jane Doe", True),
        ("Los ministros tras la firma del acuerdo. | Foto: Juan Pérez", True),
        ("The talks were held in the capital (Paris)", False),
        ("Prices rose again in March. | Read more", False),
    ],
)
def test_credits_of_an_agency_in_brackets_or_behind_a_bar(text, expected):
    assert cues.has_trailing_credit(cues.normalize(text)) is expected


@pytest.mark.parametrize(
    "text",
    ["Lesen Sie hier: Spielabbruch in der Kreisliga nach einem Streit", "PUEDES VER: ¿Qué es la nueva ley y para qué sirve?",
     "Leia mais: O que muda com a nova regra", "Czytaj więcej: Co zmienia nowa ustawa"],
)
def test_more_read_also_labels(text):
    found = cues.prefix_kind(cues.normalize(text))
    assert found is not None and found[0] is K.RELATED


@pytest.mark.parametrize("text", ["Zurück zur Übersicht", "Back to overview", "Retour à la liste", "Volver al listado"])
def test_back_to_the_list_links(text):
    assert _line(text) is K.NAVIGATION


def test_most_read_headings_and_paywall_offers():
    assert _heading("Die meistgelesenen Artikel bei Example.de") is K.RELATED
    assert _line("Wählen Sie Ihren Zugang und lesen Sie weiter:") is K.LOGIN
    assert _line("HIER KOSTENLOS ANMELDEN »") is K.LOGIN


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Screenshot of a dashboard with the figures of the last quarter", True),
        ("Diagram showing the three stages of the pipeline", True),
        ("This image shows the view of the mountains from the plane.", True),
        ("Bild von einem Hafen bei Nacht", True),
        ("Capture d'écran de l'application", True),
        ("Pictures of the damage were shared widely on social media.", False),  # plural: a sentence
        ("The photo of the minister was taken in May.", False),
        ("Photography is a hobby for many people.", False),
    ],
)
def test_image_descriptions(text, expected):
    assert cues.is_image_description(text) is expected


def test_caption_labels_start_a_caption_of_any_length():
    text = "Image caption The singer's seventh album is the only one whose rights she owns, after a dispute with her label"
    assert cues.prefix_kind(cues.normalize(text))[0] is K.CAPTION
    assert cues.prefix_kind(cues.normalize("Bildunterschrift: Der Hafen bei Nacht"))[0] is K.CAPTION
    assert cues.prefix_kind(cues.normalize("Images of the storm were shared widely online")) is None


def test_contact_headings_among_footer_headings():
    for text in ("contact us today", "get in touch: 555-0100", "custom: contact us", "contactez-nous dès maintenant",
                 "kontakt", "contattaci ora", "fale conosco"):
        assert cues.is_contact_heading(text), text
    for text in ("references", "about us", "follow us", "sitemap", "impressum"):
        assert not cues.is_contact_heading(text), text


@pytest.mark.parametrize("text", ["empfehlungen aus der redaktion", "editors' recommendations:",
                                  "la sélection de la rédaction", "scelti dalla redazione",
                                  "polecane przez redakcję"])
def test_editors_picks_head_related_lists(text):
    assert cues.heading_kind(text) is K.RELATED


@pytest.mark.parametrize("text", ["Book now", "Read Full Review", "Get started today", "Jetzt buchen",
                                  "Demander un devis", "Reserva ahora", "Prenota ora", "Boek nu", "Sprawdź cenę"])
def test_booking_quote_and_review_buttons_are_adverts(text):
    found = cues.line_kind(cues.normalize(text))
    assert found is not None and found[0] is K.ADVERT


def test_a_date_glued_to_the_first_word_is_found():
    assert cues.starts_with_glued_date("21.01.2022Erst mit den richtigen Accessoires wird Biken im Winter zum Erlebnis.")
    assert cues.starts_with_glued_date("2022-01-21Mit SCIU Bikes betritt eine neue Marke die Welt.")
    assert not cues.starts_with_glued_date("21.01.2022 Erst mit den richtigen Accessoires wird Biken zum Erlebnis.")
    assert not cues.starts_with_glued_date("2022 war ein gutes Jahr für den Radsport in Deutschland.")


def test_a_long_caption_glued_to_its_alt_text_is_doubled():
    # Alt text and caption of a photo, joined by a dump's wrap joiner.
    caption = (
        "WASHINGTON, DC - NOVEMBER 19: Two advisers arrive to testify before the committee in the office building "
        "on the hill. The committee heard testimony during the third day of open hearings in the inquiry. "
    ) * 4 + "(Photo by Jane Doe/Agency)"
    assert len(caption) > 600
    assert cues.is_doubled(caption + " " + caption)


def test_an_image_file_name_of_many_hyphenated_words_is_an_image():
    for line in ("apple-iphone-11-pro-colors-091019.jpg", "move-lifestyle-single-family-home.jpg move-lifestyle-single-family-home.jpg"):
        low = cues.normalize(line)
        assert cues.is_image_file(low, len(words(low)))
    low = cues.normalize("We saved the photo as a jpg file, then uploaded it to the site")
    assert not cues.is_image_file(low, len(words(low)))


@pytest.mark.parametrize(
    "text",
    [
        "Example Systems is a global solutions provider focused on healthcare ICT and mobile workflow solutions.",
        "Beispiel AG ist ein führender Anbieter von Software für Krankenhäuser mit Sitz in Zürich.",
        "Exemple SA est un fabricant de matériel médical présent dans 18 pays.",
        "Ejemplo es un proveedor global de soluciones de comunicación para hospitales.",
    ],
)
def test_the_company_paragraph_of_a_press_release_is_a_closing_bio(text):
    assert cues.is_closing_bio(text)
    assert not cues.is_closing_bio("Example Systems is best known for being a smallsat manufacturer, and it grew fast.")


def test_a_caption_closing_with_photographer_slash_outlet_has_a_credit():
    assert cues.has_trailing_credit(cues.normalize("Snow covers the trees on Tuesday in Latham, N.Y. (Paul Buckowski/Times Union)"))
    assert cues.has_trailing_credit(cues.normalize("The coach talks to his team at practice (Lori Van Buren/Times Union)"))
    assert not cues.has_trailing_credit(cues.normalize("We compared the two results (the sender/receiver)"))


@pytest.mark.parametrize(
    "line",
    [
        "Related post: Pickled Brussels Sprouts Recipe",
        "Artículo relacionado: Las mejores recetas de otoño",
        "Articolo correlato: Le migliori ricette d'autunno",
        "Ähnlicher Artikel: Die besten Rezepte für den Herbst",
    ],
)
def test_a_related_post_label_before_a_headline_is_a_read_more_link(line):
    found = cues.prefix_kind(cues.normalize(line))
    assert found is not None and found[0] is K.RELATED


def test_a_block_ending_with_text_it_already_held():
    assert cues.ends_with_echo("a man at a desk: The minister signs the deal in the capital.© Jane Doe The minister signs the deal in the capital.")
    assert not cues.ends_with_echo("The minister signed the deal in the capital. It still has to be approved by the parliament next year.")
    assert not cues.ends_with_echo("━" * 120)


def test_glued_menus():
    assert cues.is_glued_menu("Culture & SocietyDigital educationDigital historyEnergyEnvironmentHealth", 8)
    assert cues.is_glued_menu("Politik und GesellschaftWirtschaftKulturSportÜber unsWetter", 6)
    assert not cues.is_glued_menu("YouTube and LinkedIn cater to a broad range of age groups, with YouTube and LinkedIn ahead.", 17)
    assert not cues.is_glued_menu("Website: https://example.com/?srsltid=AfmBOortTbMen8XaGhg61ufd", 6)


def test_a_glued_table_of_labelled_figures_is_no_menu_and_no_code():
    # A product's data printed field against field: labels with their figures.
    table = "Weight: 12kgWidth: 80cmHeight: 95cmDepth: 40cmPower: 1200WVolume: 25lColour: 3 options"
    n = len(table.split())
    assert not cues.is_glued_menu(table, n)
    assert not cues.is_code(table, 0.0)
    # A menu's items are names; a date line's two times are no table.
    assert cues.is_glued_menu("Weight lossHealthy eatingFitness plansRecipesNewsletter", 6)
    assert cues.is_code("x: 1, y: 2; z = {a: b}; if (a) { b(); }", 0.0)


def test_card_headline_printed_three_times_or_after_its_image_placeholder():
    assert cues.is_doubled("Ten Best Design MagazinesTen Best Design Magazines Ten Best Design Magazines")
    assert cues.is_doubled("[pin-it-ico][svg] Graphic Design Courses by CourseraGraphic Design Courses by Coursera")
    assert not cues.is_doubled("[logo] Graphic Design Courses by Coursera")
    assert not cues.is_doubled("_" * 147)  # a rule keeps separating the article's parts


def test_a_long_option_list_glued_is_a_menu_though_its_items_are_long():
    titles = ["Senior researcher in the Example project team", "Head of the Sample research centre in Paris",
              "Engineer for open source software at the Institute"]
    options = "".join(titles[k % 3] for k in range(45))
    assert cues.is_glued_menu(options, len(options.split()))
    essay = "Many of the videos on YouTube were watched on phones, as the study found in its survey. " * 9
    assert not cues.is_glued_menu(essay, len(essay.split()))


def test_the_external_links_disclaimer_of_a_footer_is_legal_text():
    # A site's disclaimer paragraph outweighed a recipe of short steps.
    for line in ("Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links.",
                 "We are not responsible for the content of external websites linked from this blog."):
        assert cues.any_length_kind(cues.normalize(line))[0] is K.LEGAL


def test_doubled_lead_finds_an_image_text_printed_twice_before_a_paragraph():
    from q7x2clean.cues import doubled_lead

    alt = "Grain lorries queue at the border at dawn."
    text = "The queue was shorter than last week."
    assert doubled_lead(alt + alt + text) == 2 * len(alt)
    assert doubled_lead(f"{alt} {alt} {text}") == 2 * len(alt) + 1
    # Not: a line printed twice or three times (is_doubled's), two words printed twice
    # ("New York New York ..."), a paragraph that repeats a phrase later on.
    assert doubled_lead(alt + alt) == 0 and doubled_lead(alt * 3 + text) == 0
    assert doubled_lead("New York New York is the song everyone in the bar sang that night.") == 0
    assert doubled_lead("The border is open. Officials said the border is open again since Monday.") == 0


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Ingredients", "ingredients"), ("Zutaten:", "ingredients"), ("Składniki", "ingredients"),
     ("Directions", "steps"), ("Zubereitung", "steps"), ("Préparation :", "steps"), ("Modo de preparo", "steps"),
     ("Related recipes", None), ("The ingredients of success", None)],
)
def test_recipe_card_headings(line, kind):
    assert cues.recipe_heading(cues.normalize(line)) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Preparation step by step", "steps"), ("Przygotowanie krok po kroku", "steps"),
     ("Zubereitung Schritt für Schritt", "steps"), ("Préparation étape par étape", "steps"),
     ("Preparación paso a paso", "steps"), ("Bereiding stap voor stap", "steps"),
     ("Modo de preparo passo a passo", "steps"), ("Step by step", None), ("Krok po kroku", None)],
)
def test_recipe_steps_headings_step_by_step(line, kind):
    assert cues.recipe_heading(cues.normalize(line)) == kind


# Boxes of news pages in other languages (synthetic pages of the language probe): the
# heading of each box, as sites in that language print it.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Läs mer", K.RELATED),  # sv: "read more" over the links of a box
        ("Lees meer", K.RELATED),  # nl
        ("Czytaj więcej", K.RELATED),  # pl
        ("Citește mai mult", K.RELATED),  # ro, comma-below ș
        ("Læs mere", K.RELATED),  # da
        ("この記事の関連ニュース", K.RELATED),  # ja
        ("이 기사와 관련된 기사", K.RELATED),  # ko
        ("Ämnen i artikeln", K.TAGS),  # sv
        ("Tag-uri:", K.TAGS),  # ro
        ("Subscreva a nossa newsletter", K.NEWSLETTER),  # pt
        ("E-bülten aboneliği", K.NEWSLETTER),  # tr
        ("Réagissez à cet article", K.COMMENTS),  # fr
        ("Partilhe este artigo", K.SHARE),  # pt
        ("Sdílejte článek", K.SHARE),  # cs
    ],
)
def test_box_headings_in_other_languages(text, kind):
    assert _heading(text) is kind


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Čtení na 3 minuty", K.READ_TIME),  # cs
        ("Leitura: 3 min", K.READ_TIME),  # pt
        ("Lectura: 4 min", K.READ_TIME),  # es
        ("3 мин. на чтение", K.READ_TIME),  # ru
        ("Deze website maakt gebruik van cookies.", K.COOKIE),  # nl
        ("Ta strona korzysta z plików cookies.", K.COOKIE),  # pl
        ("Ansvarig utgivare: Maria Berg", K.LEGAL),  # sv
    ],
)
def test_line_cues_in_other_languages(text, kind):
    assert _line(text) is kind


# The login prompt in place of a comment form, a newsletter box's button, a typo-report
# widget (synthetic pages of the language probe).
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Zum Kommentieren bitte anmelden", K.COMMENT_FORM),
        ("Para comentar debes estar registrado.", K.COMMENT_FORM),
        ("Per commentare è necessario effettuare il login.", K.COMMENT_FORM),
        ("Para comentar tem de ter sessão iniciada.", K.COMMENT_FORM),
        ("Pro vstup do diskuze se musíte přihlásit.", K.COMMENT_FORM),
        ("Yorum yazabilmek için giriş yapmalısınız.", K.COMMENT_FORM),
        ("Чтобы оставить комментарий, войдите или зарегистрируйтесь.", K.COMMENT_FORM),
        ("Trebuie să fii autentificat pentru a publica un comentariu.", K.COMMENT_FORM),
        ("Regulamin komentowania", K.COMMENT_FORM),
        ("Je m'inscris", K.NEWSLETTER),
        ("Suscribirme", K.NEWSLETTER),
        ("Iscrivimi", K.NEWSLETTER),
        ("Zapisuję się", K.NEWSLETTER),
        ("Mă abonez", K.NEWSLETTER),
    ],
)
def test_comment_logins_and_signup_buttons_in_other_languages(text, kind):
    assert _line(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.",
        "Если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите Ctrl+Enter.",
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.",
    ],
)
def test_the_typo_report_widget_of_russian_and_ukrainian_sites(text):
    assert cues.any_length_kind(cues.normalize(text)) is not None


def test_follow_us_in_romanian():
    assert cues.is_follow_pitch(cues.normalize("Urmărește-ne pe Google News"), 4)


@pytest.mark.parametrize(
    "text, price",
    [
        ("24,99 €", True),
        ("$19.99", True),
        ("139,99 € 131,55 €", True),
        ("CHF 12.90", True),
        ("49 zł", True),
        ("€ 1.299,-", True),
        ("2019", False),
        ("24,99 € im Shop", False),
        ("10 %", False),
    ],
)
def test_a_price_alone_on_its_line(text, price):
    assert cues.is_price(text) is price


@pytest.mark.parametrize(
    "text",
    [
        "Read more in Social Media Marketing",
        "Read more about the election results",
        "Leer más sobre la reforma fiscal",
        "Lees meer over de verkiezingen",
    ],
)
def test_a_link_to_a_topic_page_is_a_read_more_line(text):
    assert _line(text) is K.RELATED


def test_without_formulas_drops_the_tex_of_a_wiki_formula():
    line = "the points x i {\\displaystyle \\mathbf {x} _{i}} \\mathbf {x} _{i} of the map"
    assert cues.without_formulas(line) == "the points x i x i of the map"
    assert cues.without_formulas("int main() { return 0; }") == "int main() { return 0; }"
