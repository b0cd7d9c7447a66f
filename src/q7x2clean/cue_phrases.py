"""Cue phrases for telling boilerplate lines from article text, in many languages.

Plain data only (no regexes, no logic); the classifier compiles what it needs. All
strings are lowercase, NFKC-normalised, stripped, without trailing punctuation; run this
file (`python cue_phrases.py`) to check that and the rest of the data.

Languages: en, de, fr, es, it, pt, nl, pl, cs, sk, ru, uk, sv, da, no, fi, hu, ro, tr,
el, ja, zh, ko. Every phrase is generic: button texts, widget headings and form strings
of common CMSs (WordPress, Jetpack, Disqus, SPIP, Webflow, consent plugins) and the
wording that many news sites share. Nothing is specific to one site.

Sources and evidence. Grounded in the read-only benchmark ../shared/bench: traf-dev,
wcxb-dev and aeb, 911 pages from 830 sites. Counts quoted in the comments ("N sites") are
numbers of distinct sites (host names) whose innerText dump has the phrase on a short
line (12 words at most): "whole line" means the line is exactly the phrase once bullets,
numbers and surrounding punctuation are removed; "inside" means the phrase is one part of
a longer short line. "gold bodies" counts the 432 wcxb-dev + aeb pages whose gold article
text contains the phrase; "with" snippets are traf-dev text that must stay.

Normalising a line before matching (phrases here are already in this form):
  * unicodedata.normalize("NFKC", line), then str.lower() (not casefold(): "ß" stays).
    Turkish capitals: "İ".lower() gives "i" plus a combining dot; drop U+0307 after
    lowering. NFKC turns "ⓒ" into "c" and full-width "，：" into ",:".
  * apply MATCH_FOLDS: curly quotes -> "'", Romanian comma-below s/t (U+0219, U+021B)
    -> cedilla ş ţ as on older sites and in Turkish, dashes -> "-", invisible characters
    removed.
  * strip the renderers' list markers: w3m "•", lynx "*", "+", "o", "□", indentation,
    w3m image alts like "[icon_facebook.svg]"; collapse runs of spaces.
  * for whole-line comparison also strip numbers / counters ("12", "1.2k", "3,456") and
    leading and trailing punctuation and symbols (: . ! ? | · • » « › > - – — * ( ) [ ]
    quotes and ellipsis): "Share 0" -> "share", "Comments (12)" -> "comments",
    "» Read more" -> "read more", "Name *" -> "name".

How to match:
  * SECTION_HEADINGS: a short line that is the heading (after normalising), or starts
    with a multi-word heading followed by a name / title ("More from Reuters", "Posted
    in News"), or is a one-word heading used as a label ("Tags: a, b"). One-word headings
    that also END ordinary phrases ("market share", "customer service") were left out. A heading opens a boilerplate block below it; the block ends where
    long prose lines start again. AMBIGUOUS_HEADINGS also head real article sections:
    need more evidence (the lines below are short links, or the article already ended).
  * LINE_CUES: a SHORT line (12 words at most) containing the phrase as whole words
    (CJK: as a substring) is boilerplate.
  * WHOLE_LINE_CUES: only when the whole normalised line is the phrase (numbers removed:
    "74 views" -> "views", "Share 0" -> "share").
  * LINE_START_CUES: only when the short line starts with the phrase, followed by
    punctuation or a short name / list / headline ("Foto: dpa", "Sponsored by Acme").
  * BYLINE_PREFIXES, SOURCE_WORDS: only at the start of a short line, followed by a name.
  * NEWS_AGENCIES, SOCIAL_NETWORKS: as whole tokens inside credit lines and share rows.
  * MONTHS, DATE_WORDS: for reading dates; see their comments.
  SECTION_HEADINGS and LINE_CUES keep the shape and kind names of the first placeholder;
  WHOLE_LINE_CUES, LINE_START_CUES, AMBIGUOUS_HEADINGS, SOCIAL_NETWORKS_AMBIGUOUS and
  MATCH_FOLDS are additions a matcher can adopt when it is ready (ignoring them is safe:
  they only hold phrases kept OUT of LINE_CUES and SECTION_HEADINGS).

Frequent boilerplate line SHAPES that are not phrase-based (bench, innerText dumps,
distinct sites / pages), for the classifier to recognise by pattern:
  * a date alone on a line ("April 21, 2022", "10/16/2020", "1. November 2023"): 278
    sites / 305 pages. Usually the article's own date line (keep it for date extraction,
    drop it from the text) or a date in a teaser list.
  * a bare number alone ("0", "3", "74": share / comment / like counters, pagination,
    list ranks): 212 / 239.
  * a symbol-only line ("×", "›", ">", ":", "|", private-use icon glyphs such as U+E83A,
    the "Δ" honeypot of WordPress forms): 196 / 216.
  * runs of social network names, spaced or glued, with or without counts: "Facebook
    Twitter LinkedIn", "email • twitter", "Share 0FacebookTwitterPinterestEmail",
    "TwitterFacebookWhatsAppGoogle+LinkedInPin It", "Teilen FacebookTwitterWhatsAppE-Mail
    Drucken": 55 / 61 spaced, about 15 more sites glued (innerText joins inline buttons
    with no space). Test by removing spaces and separators and matching the line against
    a repetition of SOCIAL_NETWORKS plus "share", "teilen", "print", numbers.
  * counter lines: "0 Comments", "1 Kommentar", "12 shares", "Views: 1,234", "5 min
    read": 76 / 82 (see LINE_CUES["counter"], ["read_time"]).
  * breadcrumbs: "Home › News › Politics", "Startseite > Digitalisierung > ...",
    "home ›" (a separator-only tail): 51 / 52.
  * relative times and clock times alone: "3 hours ago", "1 day ago", "12:30", "14:05
    Uhr": 32 / 35.
  * "Loading...", "Like Loading...", "Liken Lade ...", "Wird geladen": 32 / 34.
  * "[email protected]" (Cloudflare address obfuscation, in contact and author boxes):
    25 / 27.
  * pagination: "1 2 3 … 10 Next", "01 02 03 04": 12 / 13.
  * ratings: "★★★★★", "4.7 / 5": 8 / 9.  Language switchers: "Deutsch Français English",
    "DE FR IT EN": a few sites.
  * long runs of 1-3 word lines (menus, topic lists, footers), each line a link: the
    most common boilerplate of all; best found by line length and density, not words.
  * the article title repeated (page header, breadcrumb, share text) and teaser lines:
    a headline + a date + "Read more".
"""

# ---------------------------------------------------------------------------
# 1. Section headings
# ---------------------------------------------------------------------------

SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    # Lists of links to other stories (related / recommended / most read / latest). Bench,
    # whole lines: "read more" 46 sites, "related articles" 28, "trending" 27, "ähnliche
    # beiträge" 22, "mehr zum thema" 19, "recent posts" 19, "most popular" 18, "latest news"
    # 16, "related posts" 15, "auch interessant" 11, "das könnte sie auch interessieren" 9.
    # A heading counts as the whole line or as the start of a short line. Left out on
    # purpose, as ordinary words (in 34-70 gold bodies) or starts of sentences and article
    # sub-headings: "latest" ("The Latest: ..."), "popular", "recommended", "up next" (AP
    # sports copy, reprinted by hundreds of sites, ends with a gold "UP NEXT" paragraph),
    # "what's new", "more in", "also on", "you may be interested in", es "más de" / pt "mais
    # de" ("more than"), fr "à lire", "à découvrir", "en ce moment", de "empfehlungen",
    # "lesenswert".
    "related": (
        # Lists of further reading inside the article (traf-dev leaks: "Explore further",
        # "Empfohlen für dich", "Zum Weiterlesen", "Weitere Pressemitteilungen ...").
        "explore further", "empfohlen für dich", "empfohlen für sie", "zum weiterlesen",
        "weitere pressemitteilungen", "mehr pressemitteilungen", "à explorer aussi",
        "para seguir leyendo", "per approfondire",
        # Recommended posts under a blog post (traf-dev leak: "Empfohlene Beiträge").
        "recommended posts", "empfohlene beiträge", "weitere aktuelle themen", "publicaciones recomendadas",
        "artículos recomendados", "articoli consigliati", "post consigliati", "posts recomendados",
        "artigos recomendados", "aanbevolen artikelen", "polecane wpisy",
        # The editors' picks under a story (traf-dev: "Empfehlungen aus der Redaktion"
        # over a list of dated teasers that a page printing its article twice repeats).
        "empfehlungen aus der redaktion", "empfehlungen der redaktion", "editors' recommendations",
        "recommended by our editors", "la sélection de la rédaction", "les choix de la rédaction",
        "recomendaciones de la redacción", "scelti dalla redazione", "consigli della redazione",
        "recomendações da redação", "aanbevolen door de redactie", "polecane przez redakcję",
        # Headings of teaser and video lists that close a story (traf-dev leaks): "more
        # interesting topics", "keep reading", "read more", "more videos".
        "weitere interessante themen", "seguí leyendo", "sigue leyendo", "seguir leyendo",
        "lesen sie mehr", "mehr videos", "weitere videos", "plus de vidéos", "más videos", "más vídeos",
        "altri video", "mais vídeos", "meer video's", "więcej wideo", "więcej filmów",
        # "Read more:" over the links of a box inside or under the story, as en "read more",
        # es "leer más", pt "leia mais" (probe of synthetic pages: sv, nl, pl, ro, da, no, fi).
        "läs mer", "lees meer", "czytaj więcej", "citeşte mai mult", "læs mere", "les mer",
        "lue lisää",
        # Other wordings of the related box (probe of synthetic pages).
        "この記事の関連ニュース", "이 기사와 관련된 기사", "相关稿件",
        # en
        "related", "related posts", "related articles", "related stories", "related news",
        "related content", "related reading", "related coverage", "related links",
        "related videos", "related topics", "recommended for you", "recommended stories",
        "recommended articles", "recommended reading", "more stories", "more news",
        "more articles", "more from", "more on this story", "more on this topic",
        "more like this", "more to explore", "you may also like", "you might also like",
        "you may also be interested in", "also read", "read also", "read more",
        "read next", "what to read next", "recent posts", "recent articles", "recent news",
        "recent stories", "latest news", "latest posts", "latest articles",
        "latest stories", "popular posts", "popular articles", "popular stories",
        "popular now", "most popular", "most read", "most viewed", "most shared",
        "most commented", "top stories", "top news", "trending", "trending now",
        "trending stories", "don't miss", "do not miss", "editor's picks",
        "editors' picks", "editor's choice", "further reading", "see also", "keep reading",
        "in case you missed it", "you may have missed", "around the web", "from the web",
        "sponsored stories", "promoted stories", "other stories", "more videos",
        "watch next", "similar posts", "similar articles", "more headlines",
        # de
        "weitere artikel", "weitere beiträge", "weitere nachrichten", "weitere meldungen",
        "weitere themen", "mehr zum thema", "mehr zu diesem thema", "mehr aus dem ressort",
        "mehr aus", "mehr von", "mehr artikel", "mehr nachrichten", "mehr news",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "das könnte sie interessieren", "das könnte dich interessieren",
        "auch interessant", "ebenfalls interessant", "auch lesenswert", "ähnliche artikel",
        "ähnliche beiträge", "verwandte artikel", "verwandte beiträge",
        "passend zum thema", "passende artikel", "lesen sie auch", "lesen sie außerdem",
        "lies auch", "meistgelesen", "meistgelesene artikel", "am meisten gelesen",
        "die meistgelesenen artikel", "meistgelesenen artikel",
        "meistgeklickt", "meistgesehen", "beliebte beiträge", "beliebteste beiträge",
        "beliebte artikel", "neueste beiträge", "neueste artikel", "neueste nachrichten",
        "aktuelle beiträge", "aktuelle artikel", "aktuelle nachrichten", "letzte beiträge",
        "unsere empfehlungen", "empfohlene artikel", "top-themen", "top themen",
        "nicht verpassen", "zum thema",
        # fr
        "à lire aussi", "lire aussi", "à lire également", "lire également",
        "sur le même sujet", "sur le même thème", "dans la même rubrique",
        "articles similaires", "articles liés", "articles connexes",
        "articles recommandés", "articles les plus lus", "les plus lus", "les + lus",
        "les plus populaires", "les plus partagés", "à découvrir aussi",
        "vous aimerez aussi", "vous aimerez peut-être aussi", "vous pourriez aussi aimer",
        "vous aimerez peut-être", "ça pourrait vous intéresser",
        "cela pourrait vous intéresser", "ces articles pourraient vous intéresser",
        "à voir aussi", "voir aussi", "du même auteur", "plus d'articles",
        "articles récents", "derniers articles", "dernières actualités", "dernières infos",
        "nos derniers articles", "à ne pas manquer", "à la une", "pour approfondir",
        "pour aller plus loin",
        # es
        "leer más", "lee también", "lea también", "leer también", "te puede interesar",
        "también te puede interesar", "te podría interesar", "le puede interesar",
        "también le puede interesar", "puede interesarte", "te recomendamos",
        "noticias relacionadas", "artículos relacionados", "entradas relacionadas",
        "publicaciones relacionadas", "notas relacionadas", "relacionados", "relacionadas",
        "más noticias", "más leídas", "lo más leído", "las más leídas", "lo más visto",
        "más vistos", "más vistas", "últimas noticias", "entradas recientes",
        "artículos recientes", "recomendados", "no te pierdas", "mira también",
        "más sobre", "temas relacionados", "contenido relacionado", "video recomendado",
        "lea más",
        # it
        "potrebbe interessarti", "ti potrebbe interessare", "potrebbe interessarti anche",
        "potrebbero interessarti", "ti potrebbero interessare",
        "potresti essere interessato a", "leggi anche", "vedi anche", "articoli correlati",
        "articoli simili", "post correlati", "notizie correlate", "correlati",
        "i più letti", "più letti", "articoli più letti", "ultime notizie",
        "articoli recenti", "ultimi articoli", "ultimi post", "consigliati",
        "da non perdere", "altri articoli", "altre notizie",
        # pt
        "leia também", "leia mais", "veja também", "veja mais", "notícias relacionadas",
        "artigos relacionados", "posts relacionados", "matérias relacionadas",
        "conteúdo relacionado", "mais lidas", "mais lidos", "as mais lidas",
        "os mais lidos", "mais notícias", "últimas notícias", "posts recentes",
        "artigos recentes", "mais recentes", "recomendados para você", "você pode gostar",
        "você também pode gostar", "você também pode se interessar", "pode te interessar",
        "pode lhe interessar", "não perca", "leia a seguir",
        # nl
        "lees ook", "gerelateerde artikelen", "gerelateerde berichten", "gerelateerd",
        "meer nieuws", "meest gelezen", "populaire berichten", "recente berichten",
        "laatste nieuws", "recente artikelen", "ook interessant",
        "misschien ook interessant", "dit vind je misschien ook leuk",
        "dit vind je misschien ook interessant", "aanbevolen", "meer over",
        "meer artikelen", "bekijk ook", "ook leuk",
        # pl
        "te może zainteresować", "może cię zainteresować", "może cię też zainteresować",
        "może cię również zainteresować", "może ci się spodobać", "czytaj także",
        "czytaj też", "czytaj również", "przeczytaj także", "przeczytaj też",
        "przeczytaj również", "zobacz także", "zobacz też", "zobacz również", "polecamy",
        "polecane", "polecane artykuły", "podobne artykuły", "podobne wpisy",
        "powiązane artykuły", "powiązane", "najczęściej czytane", "najchętniej czytane",
        "najpopularniejsze", "najnowsze", "najnowsze wpisy", "ostatnie wpisy",
        "najnowsze artykuły", "najnowsze wiadomości", "więcej artykułów", "więcej z",
        "więcej na temat", "nie przegap", "warto przeczytać", "inne artykuły",
        "wybrane dla ciebie",
        # cs
        "související články", "související", "mohlo by vás zajímat",
        "mohlo by vás také zajímat", "přečtěte si také", "přečtěte si též", "čtěte také",
        "čtěte též", "nejčtenější", "nejčtenější články", "nejnovější",
        "nejnovější články", "nejnovější zprávy", "další články", "další zprávy",
        "doporučujeme", "doporučené", "podobné články", "mohlo by se vám líbit",
        "nepřehlédněte", "více z",
        # sk
        "súvisiace články", "súvisiace", "mohlo by vás zaujímať", "mohlo by vás zaujať",
        "prečítajte si aj", "čítajte aj", "čítajte tiež", "najčítanejšie", "najnovšie",
        "najnovšie články", "ďalšie články", "odporúčame", "odporúčané", "viac z",
        "nenechajte si ujsť",
        # ru
        "читайте также", "читайте еще", "читайте ещё", "читать также", "смотрите также",
        "см. также", "похожие статьи", "похожие записи", "похожие новости",
        "связанные статьи", "связанные записи", "по теме", "материалы по теме",
        "читайте по теме", "другие новости", "другие статьи", "еще по теме", "ещё по теме",
        "еще новости", "ещё новости", "больше новостей", "популярное", "популярные статьи",
        "популярные записи", "самое читаемое", "самое популярное", "самые читаемые",
        "последние новости", "свежие записи", "новые записи", "последние записи",
        "рекомендуем", "рекомендуем прочитать", "вам может быть интересно",
        "вам также может понравиться", "вас может заинтересовать", "не пропустите",
        "новости партнеров", "новости партнёров", "лента новостей",
        # uk
        "читайте також", "дивіться також", "схожі статті", "схожі записи",
        "пов'язані статті", "по темі", "за темою", "матеріали за темою", "інші новини",
        "більше новин", "популярне", "популярні статті", "найпопулярніше", "найчитаніше",
        "останні новини", "свіжі записи", "останні записи", "рекомендуємо",
        "вас може зацікавити", "вам може сподобатися", "вам також може сподобатися",
        "не пропустіть", "новини партнерів", "стрічка новин",
        # sv
        "läs också", "läs även", "relaterade artiklar", "relaterat", "relaterade inlägg",
        "mest läst", "mest lästa", "populära inlägg", "senaste nytt", "senaste nyheterna",
        "senaste inläggen", "senaste artiklarna", "fler artiklar", "fler nyheter",
        "mer från", "mer om", "rekommenderat", "rekommenderade artiklar",
        "du kanske också gillar", "du kanske även gillar", "liknande artiklar",
        "missa inte",
        # da
        "læs også", "relaterede artikler", "relateret", "relaterede indlæg", "mest læste",
        "mest læst", "populære indlæg", "seneste nyt", "seneste nyheder", "seneste indlæg",
        "seneste artikler", "flere artikler", "flere nyheder", "mere fra", "mere om",
        "anbefalet", "anbefalede artikler", "du vil måske også kunne lide",
        "lignende artikler", "gå ikke glip af",
        # no
        "les også", "relaterte artikler", "relatert", "relaterte innlegg", "mest lest",
        "mest leste", "populære innlegg", "siste nytt", "siste nyheter", "siste innlegg",
        "nyeste innlegg", "mer fra", "anbefalt", "anbefalte artikler",
        "du vil kanskje også like", "ikke gå glipp av",
        # fi
        "lue myös", "aiheeseen liittyvät", "aiheeseen liittyvää",
        "aiheeseen liittyvät artikkelit", "liittyvät artikkelit", "luetuimmat",
        "luetuimmat uutiset", "suosituimmat", "suositut", "uusimmat", "uusimmat uutiset",
        "tuoreimmat", "viimeisimmät", "viimeisimmät artikkelit", "uusimmat artikkelit",
        "lisää aiheesta", "lisää uutisia", "suosittelemme", "suositellut",
        "sinua voisi kiinnostaa", "katso myös", "muut artikkelit",
        # hu
        "kapcsolódó cikkek", "kapcsolódó", "kapcsolódó hírek", "ajánlott cikkek",
        "ajánljuk", "ajánló", "ezek is érdekelhetik", "ez is érdekelheti",
        "ez is érdekelhet", "ezt is ajánljuk", "ezek is érdekelhetnek",
        "olvassa el ezt is", "olvasd el ezt is", "legolvasottabb", "legolvasottabb cikkek",
        "legfrissebb", "legfrissebb hírek", "friss hírek", "legújabb",
        "legújabb bejegyzések", "további cikkek", "további hírek", "népszerű bejegyzések",
        "hasonló cikkek", "ne hagyd ki", "ne maradjon le",
        # ro
        "citeşte şi", "citeste si", "articole similare", "articole asemănătoare",
        "articole recomandate", "articole conexe", "ştiri similare", "ştiri recomandate",
        "ultimele ştiri", "ultimele articole", "articole recente", "cele mai citite",
        "cele mai populare", "recomandări", "recomandate", "s-ar putea să te intereseze",
        "s-ar putea să-ţi placă", "ţi-ar putea plăcea", "te-ar putea interesa",
        "vă recomandăm", "îţi recomandăm", "nu rata", "mai multe ştiri",
        "mai multe articole", "mai mult din",
        # tr
        "ilgili haberler", "ilgili yazılar", "ilgili içerikler", "benzer haberler",
        "benzer yazılar", "diğer haberler", "daha fazla haber", "en çok okunanlar",
        "en çok okunan", "en çok okunan haberler", "çok okunanlar", "popüler haberler",
        "popüler yazılar", "son haberler", "son yazılar", "son eklenenler", "önerilen",
        "önerilen haberler", "sizin için seçtiklerimiz", "bunlar da ilginizi çekebilir",
        "bu haberler de ilginizi çekebilir", "ilginizi çekebilir", "bunları da okuyun",
        "editörün seçtikleri", "kaçırmayın",
        # el
        "διαβάστε επίσης", "διαβάστε ακόμα", "διαβάστε ακόμη", "δείτε επίσης",
        "δείτε ακόμα", "σχετικά άρθρα", "σχετικά νέα", "σχετικές ειδήσεις",
        "σχετικά θέματα", "περισσότερα άρθρα", "περισσότερες ειδήσεις", "δημοφιλή",
        "τα πιο δημοφιλή", "πιο δημοφιλή", "πιο διαβασμένα", "τα πιο διαβασμένα",
        "τελευταία νέα", "τελευταίες ειδήσεις", "πρόσφατα άρθρα", "προτεινόμενα",
        "προτεινόμενα άρθρα", "μπορεί να σας ενδιαφέρει", "μην χάσετε", "ροή ειδήσεων",
        # ja
        "関連記事", "関連ニュース", "関連リンク", "関連する記事", "おすすめ記事", "おすすめ", "人気記事", "人気の記事", "人気ランキング",
        "アクセスランキング", "ランキング", "最新記事", "新着記事", "最近の投稿", "最近の記事", "こちらもおすすめ", "あわせて読みたい",
        "合わせて読みたい", "こちらも読まれています", "よく読まれている記事", "注目記事",
        # zh
        "相关文章", "相关新闻", "相关阅读", "相關文章", "相關新聞", "相關閱讀", "推荐阅读", "推薦閱讀", "热门文章", "熱門文章",
        "热门新闻", "熱門新聞", "最新文章", "最新新闻", "最新消息", "延伸阅读", "延伸閱讀", "猜你喜欢", "猜你喜歡", "你可能也喜欢",
        "你可能也喜歡", "更多新闻", "更多新聞", "热门推荐", "熱門推薦", "相关推荐", "相關推薦", "为你推荐", "為你推薦", "精彩推荐",
        "阅读排行", "排行榜",
        # ko
        "관련기사", "관련 기사", "관련 뉴스", "관련뉴스", "관련 글", "관련글", "추천 기사", "추천기사", "인기 기사", "인기기사",
        "많이 본 뉴스", "많이 본 기사", "가장 많이 본 뉴스", "최신 기사", "최신기사", "최근 글", "최근 게시물",
        "함께 보면 좋은 기사", "주요뉴스", "많이 본",
    ),
    # Start of the reader-comment area (WordPress, Disqus and their translations). Bench,
    # whole lines: "comments" 63 sites, "kommentare" 54, "kommentar" 53, "view comments" 11,
    # "kommentar hinzufügen" 9; "schreibe einen kommentar" on 34 sites and "leave a reply"
    # on 26, alone or inside the form line. Left out: "discussion", "conversation",
    # "responses", "reactions" (ordinary words in 13-33 gold bodies, and "Panel discussion",
    # "Erste Reaktionen" are article headings), "what do you think", and WordPress's "5
    # thoughts on “Title”" family, which needs its count: "Thoughts on Zig" is a blog title
    # (see LINE_START_CUES["comment_form"]).
    "comments": (
        # en
        "comments", "comment", "one comment", "no comments", "no comments yet",
        "one response", "replies", "leave a reply", "leave a comment", "post a comment",
        "add a comment", "add comment", "write a comment", "reader comments",
        "join the discussion", "join the conversation", "comments are closed",
        "comments closed", "show comments", "view comments", "load comments",
        "loading comments", "have your say", "your comment", "trackbacks", "pingbacks",
        "trackbacks/pingbacks", "comment on this article", "comment on this story",
        "top rated comments", "top-rated comments", "highest rated comments", "most liked comments",
        "featured comments", "best comments", "top comments",
        # de
        "beliebteste kommentare", "meistbewertete kommentare", "top-kommentare",
        "kommentieren sie hier", "hier kommentieren", "jetzt kommentieren", "comment here",
        "commentez ici", "comenta aquí", "commenta qui", "comente aqui",
        "kommentare", "kommentar", "kommentar schreiben", "kommentar verfassen",
        "kommentar hinzufügen", "einen kommentar schreiben", "schreibe einen kommentar",
        "hinterlasse einen kommentar", "hinterlassen sie einen kommentar",
        "eine antwort hinterlassen", "antwort hinterlassen", "leserkommentare",
        "diskutieren sie mit", "diskutiere mit", "kommentare anzeigen", "kommentare lesen",
        "keine kommentare", "ein kommentar", "kommentieren", "ihre meinung",
        "deine meinung", "leserbriefe",
        # fr
        "commentaires", "commentaire", "laisser un commentaire", "laissez un commentaire",
        "ajouter un commentaire", "écrire un commentaire", "poster un commentaire",
        "réagir", "réagissez", "réagissez à cet article", "réagir à cet article", "vos réactions", "vos commentaires", "laisser une réponse",
        "les commentaires sont fermés", "commentaires fermés", "donnez votre avis",
        # es
        "comentarios", "comentario", "deja un comentario", "deja una respuesta",
        "dejar un comentario", "deje un comentario", "deja tu comentario",
        "escribe un comentario", "añadir comentario", "agregar comentario",
        "comentarios cerrados", "los comentarios están cerrados",
        # it
        "commenti", "commento", "lascia un commento", "lascia una risposta",
        "scrivi un commento", "aggiungi un commento", "inserisci un commento", "commenta",
        "commenti chiusi", "i commenti sono chiusi",
        # pt
        "comentários", "comentário", "deixe um comentário", "deixe uma resposta",
        "deixe seu comentário", "deixe o seu comentário", "escreva um comentário",
        "adicionar comentário", "comente", "comentários encerrados",
        "comentários fechados",
        # nl
        "reacties", "reactie", "laat een reactie achter", "geef een reactie",
        "plaats een reactie", "schrijf een reactie", "reageer", "reageren",
        "reacties gesloten",
        # pl
        "komentarze", "komentarz", "komentarzy", "dodaj komentarz", "napisz komentarz",
        "zostaw komentarz", "skomentuj", "zostaw odpowiedź", "dyskusja",
        "komentarze zamknięte", "opinie czytelników",
        # cs
        "komentáře", "komentář", "přidat komentář", "napsat komentář", "napište komentář",
        "vložit komentář", "diskuse", "diskuze", "zanechte komentář", "zanechat odpověď",
        "komentáře jsou uzavřeny",
        # sk
        "komentáre", "komentár", "pridať komentár", "napísať komentár", "napíšte komentár",
        "pridaj komentár", "diskusia", "zanechajte odpoveď",
        # ru
        "комментарии", "комментарий", "оставить комментарий", "оставьте комментарий",
        "добавить комментарий", "написать комментарий", "оставить ответ", "оставьте ответ",
        "обсуждение", "комментарии закрыты",
        # uk
        "коментарі", "коментар", "залишити коментар", "залиште коментар",
        "додати коментар", "написати коментар", "залишити відповідь", "обговорення",
        # sv
        "kommentarer", "lämna en kommentar", "skriv en kommentar", "lämna ett svar",
        "kommentera", "inga kommentarer", "kommentarer är stängda",
        # da
        "efterlad en kommentar", "efterlad et svar", "kommenter", "ingen kommentarer",
        # no
        "legg igjen en kommentar", "legg igjen et svar",
        # fi
        "kommentit", "kommentti", "kommentoi", "jätä kommentti", "kirjoita kommentti",
        "lisää kommentti", "jätä vastaus", "ei kommentteja",
        # hu
        "hozzászólások", "hozzászólás", "szólj hozzá", "szóljon hozzá",
        "hozzászólás írása", "írj hozzászólást", "kommentek", "vélemény, hozzászólás",
        # ro
        "comentarii", "comentariu", "lasă un comentariu", "adaugă un comentariu",
        "scrie un comentariu", "lasă un răspuns", "comentariile sunt închise",
        # tr
        "yorumlar", "yorum", "yorum yap", "yorum yapın", "yorum yaz", "yorum yazın",
        "bir yorum yazın", "bir yanıt yazın", "bir cevap yazın", "yorumlar kapalı",
        "yorum yok", "henüz yorum yok",
        # el
        "σχόλια", "σχόλιο", "αφήστε ένα σχόλιο", "αφήστε μια απάντηση",
        "γράψτε ένα σχόλιο", "προσθήκη σχολίου", "σχολιάστε", "δεν υπάρχουν σχόλια",
        # ja
        "コメント", "コメントを残す", "コメントする", "コメントを書く", "コメント一覧", "コメントを投稿", "コメントをどうぞ",
        # zh
        "评论", "評論", "发表评论", "發表評論", "留言", "网友评论", "網友評論", "评论区", "評論區", "热门评论", "发表回复",
        "發表回覆", "条评论",
        # ko
        "댓글", "댓글 쓰기", "댓글쓰기", "댓글 남기기", "댓글 달기", "답글 남기기",
    ),
    # Heading of a share-button block ("Share this:", "Teilen mit:", "Share on"). Bench,
    # whole lines: "teilen" 40 sites, "share this" 22, "artikel teilen" 13, "share this
    # article" 12, "share this post" 9. Left out: "share" alone ("Market share" ends many
    # business sub-headings; the "Share:" label is in LINE_START_CUES), "gefällt mir" ("das
    # gefällt mir" in a traf-dev "with" snippet), "del" / "dela" / "jaa" (everyday words;
    # "del" is Spanish "of the"), "share with", "share it", "like this", "mi piace"
    # (sentence starters).
    "share": (
        # en
        "share this", "share this article", "share this story", "share this post",
        "share this page", "share on", "share via", "share article", "share story",
        "share the article", "share this with", "spread the word", "share with friends",
        "sharing is caring", "tell a friend",
        # A feedback question alone on its line under the article ("Was this page
        # helpful? Yes No"): the rating widget that sits with the share bar, before the
        # author box and the ads (wcxb-dev). Same question as the "share" line cues, asked
        # of the page or the post; in several languages.
        "was this page helpful", "was this post helpful", "did you find the article helpful",
        "did you find this page helpful", "was this information helpful",
        "war diese seite hilfreich", "war dieser beitrag hilfreich",
        "cette page vous a-t-elle été utile", "cet article vous a-t-il aidé",
        "te ha sido útil esta página", "te ha resultado útil esta página",
        "questa pagina ti è stata utile", "questo articolo è stato utile",
        "esta página foi útil", "essa página foi útil",
        "czy ta strona była pomocna", "czy ten artykuł był przydatny",
        "was deze pagina nuttig", "vond je dit artikel nuttig", "was deze informatie nuttig",
        # de
        "teilen", "diesen artikel teilen", "artikel teilen", "beitrag teilen",
        "seite teilen", "teilen mit", "teile diesen beitrag", "jetzt teilen", "teilen auf",
        "diese geschichte teilen", "geschichte teilen", "partager cette histoire",
        "comparte esta historia", "compartir esta historia", "condividi questa storia",
        "compartilhe esta história", "deel dit verhaal", "udostępnij tę historię",
        "weitersagen", "artikel empfehlen", "mit freunden teilen", "sharen mit",
        # fr
        "partager", "partagez", "partager cet article", "partager sur",
        "partagez cet article", "partager la publication", "j'aime ceci",
        "envoyer à un ami",
        # es
        "compartir", "comparte", "compartir en", "compartir este artículo",
        "comparte este artículo", "compártelo", "compartir esto", "me gusta esto",
        "comparte esta noticia", "compartir noticia",
        # it
        "condividi", "condividi su", "condividi questo articolo", "condividi l'articolo",
        "condividi questa pagina",
        # pt
        "compartilhe", "compartilhar", "compartilhe isso", "compartilhar isso",
        "compartilhar no", "compartilhe este artigo", "partilhar", "partilhe", "partilhe este artigo",
        "partilhar isto", "curtir isso", "gosto disto",
        # nl
        "delen", "deel dit", "deel dit artikel", "deel op", "delen via", "delen op",
        "vind ik leuk",
        # pl
        "udostępnij", "udostępnij na", "udostępnij artykuł", "udostępnij ten wpis",
        "podziel się", "podziel się artykułem", "lubię to", "polub to", "poleć",
        "wyślij znajomemu",
        # cs
        "sdílet", "sdílejte", "sdílet na", "sdílet článek", "sdílejte článek", "líbí se mi", "doporučit",
        # sk
        "zdieľať", "zdieľajte", "zdieľať na", "zdieľať článok", "páči sa mi to",
        # ru
        "поделиться", "поделитесь", "поделиться в", "поделиться статьей",
        "поделиться статьёй", "поделиться ссылкой", "расскажите друзьям",
        # uk
        "поділитися", "поділіться", "поділитись", "розкажіть друзям",
        # sv
        "dela artikeln", "dela på", "dela detta", "gilla detta",
        # da
        "del artiklen", "del på", "del dette", "synes godt om",
        # no
        "del artikkelen", "lik dette",
        # fi
        "jaa artikkeli", "jaa tämä", "jaa sivu", "jaa tämä artikkeli", "tykkää tästä",
        # hu
        "megosztás", "oszd meg", "ossza meg", "megosztom",
        # ro
        "distribuie", "distribuiţi", "distribuie pe", "apreciază asta",
        # tr
        "paylaş", "paylaşın", "bunu paylaş", "haberi paylaş", "bunu beğen",
        # el
        "κοινοποίηση", "μοιραστείτε", "μοιράσου", "κοινοποιήστε", "μου αρέσει",
        # ja
        "シェア", "シェアする", "この記事をシェア", "この記事をシェアする", "共有", "共有する",
        # zh
        "分享", "分享到", "分享此文", "分享文章", "分享本文", "分享至", "转发", "轉發",
        # ko
        "공유", "공유하기", "기사 공유하기",
    ),
    # Newsletter sign-up boxes. Bench, whole lines: "newsletter" 164 sites (145 more inside
    # short lines), "subscribe" 108, "newsletters" 54, "sign up" 34, "abonnieren" 23,
    # "newsletter abonnieren" 18, "subscribe to our newsletter" 16, "subscribe now" 16.
    # Heading line only ("subscribe", "sign up", "stay informed" are in 6-13 gold bodies;
    # "how to sign up" is a how-to sub-heading); the box usually ends with a form line from
    # LINE_CUES["newsletter"].
    "newsletter": (
        # en
        "newsletter", "newsletters", "subscribe", "subscribe now",
        "subscribe to our newsletter", "sign up", "sign up for our newsletter",
        "sign up now", "sign up for", "subscribe to", "get our newsletter",
        "join our newsletter", "join our mailing list", "mailing list", "email newsletter",
        "our newsletter", "free newsletter", "get the newsletter", "newsletter sign up",
        "newsletter signup", "newsletter sign-up", "stay updated", "stay informed",
        "stay in the loop", "stay up to date", "get the latest", "never miss a story",
        "don't miss a story", "get updates",
        # de
        "newsletter abonnieren", "abonnieren", "jetzt abonnieren", "newsletter bestellen",
        "zum newsletter anmelden", "newsletter-anmeldung", "newsletter anmeldung",
        "abonnieren sie unseren newsletter", "unser newsletter", "bleiben sie informiert",
        "immer informiert", "nichts mehr verpassen", "kostenlos abonnieren",
        # fr
        "lettre d'information", "lettre d'info", "infolettre", "s'abonner", "abonnez-vous",
        "inscrivez-vous", "s'inscrire", "inscription à la newsletter",
        "abonnez-vous à notre newsletter", "inscrivez-vous à notre newsletter",
        "recevez notre newsletter", "restez informé", "ne manquez rien", "je m'abonne",
        # es
        "suscríbete", "suscribete", "suscribirse", "suscríbase",
        "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter",
        "recibe nuestro boletín", "boletín de noticias", "mantente informado",
        # it
        "iscriviti", "iscriviti alla newsletter", "iscriviti alla nostra newsletter",
        "abbonati", "resta aggiornato", "ricevi la newsletter",
        # pt
        "assine", "assine já", "assine a newsletter", "assine nossa newsletter",
        "inscreva-se", "cadastre-se", "receba nossa newsletter", "subscrever", "subscreva",
        "fique por dentro",
        "subscreva a nossa newsletter", "assine a nossa newsletter", "receba a nossa newsletter",
        # nl
        "nieuwsbrief", "schrijf je in", "inschrijven", "aanmelden voor de nieuwsbrief",
        "abonneren", "meld je aan", "ontvang onze nieuwsbrief", "blijf op de hoogte",
        # pl
        "zapisz się", "zapisz się do newslettera", "zapisz się na newsletter",
        "subskrybuj", "zasubskrybuj", "zamów newsletter", "bądź na bieżąco",
        # cs
        "přihlaste se k odběru", "odebírat newsletter", "odběr novinek",
        "přihlásit k odběru", "odebírejte novinky",
        # sk
        "prihláste sa na odber", "odber noviniek", "odoberať newsletter",
        # ru
        "рассылка", "подписка", "подписаться", "подпишитесь", "подпишитесь на рассылку",
        "подписаться на рассылку", "подпишитесь на нашу рассылку", "будьте в курсе",
        "новостная рассылка",
        # uk
        "розсилка", "підписка", "підписатися", "підпишіться", "підпишіться на розсилку",
        "будьте в курсі",
        # sv
        "nyhetsbrev", "prenumerera", "prenumerera på vårt nyhetsbrev",
        "prenumerera på nyhetsbrevet", "anmäl dig",
        # da
        "nyhedsbrev", "tilmeld dig", "abonner", "tilmeld dig vores nyhedsbrev",
        "tilmeld nyhedsbrev",
        # no
        "meld deg på", "meld deg på nyhetsbrevet", "abonner på nyhetsbrev",
        # fi
        "uutiskirje", "tilaa uutiskirje", "tilaa uutiskirjeemme", "tilaa nyt",
        # hu
        "hírlevél", "feliratkozás", "iratkozz fel", "iratkozzon fel", "feliratkozom",
        "iratkozz fel hírlevelünkre", "hírlevél feliratkozás",
        # ro
        "abonează-te", "abonaţi-vă", "abonare", "înscrie-te", "abonează-te la newsletter",
        # tr
        "bülten", "e-bülten", "abone ol", "abone olun", "bültene abone ol",
        "e-bültene abone ol", "haber bülteni",
        "e-bülten aboneliği", "bülten aboneliği",
        # el
        "ενημερωτικό δελτίο", "εγγραφείτε", "εγγραφείτε στο newsletter",
        "γραφτείτε στο newsletter",
        # ja
        "メールマガジン", "メルマガ", "ニュースレター", "メルマガ登録", "ニュースレター登録",
        # zh
        "订阅", "訂閱", "订阅电子报", "訂閱電子報", "电子报", "電子報", "立即订阅",
        # ko
        "뉴스레터", "구독", "구독하기", "뉴스레터 구독",
    ),
    # Author box after the article. Bench, whole lines: "about the author" 12 sites, "about
    # me" 11, "autoren" 10, "über mich" 9. Left out: the single words "author", "autor",
    # "auteur", "autore", "autora", "autorka", "автор", "yazar", ... ("Author: H. G. Parry"
    # lines are in 4 gold bodies; they are bylines, see BYLINE_PREFIXES) and "the author",
    # es "el autor", pt "o autor" (they start sentences). "posts by <name>", "alle beiträge
    # von <name>" are followed by the author's name.
    "author_bio": (
        # en
        "about the author", "about the authors", "about author", "author bio",
        "author biography", "meet the author", "more by this author",
        "more from this author", "more from the author", "posts by", "articles by",
        "more articles by", "view all posts by", "see all posts by", "all posts by",
        "other articles by", "stories by", "more stories by", "about the reporter",
        "about the contributor", "authors", "about me",
        # de
        "über den autor", "über die autorin", "über die autoren", "zum autor",
        "zur autorin", "zur person", "autoren", "alle beiträge von", "alle artikel von",
        "mehr vom autor", "mehr von der autorin", "weitere artikel von", "artikel von",
        "über mich",
        # fr
        "à propos de l'auteur", "à propos de l'autrice", "à propos de l'auteure",
        "à propos de l'auteur·e", "l'auteur", "l'autrice", "l'auteure", "sur l'auteur",
        "tous les articles de", "voir tous les articles de", "articles de", "biographie",
        # es
        "sobre el autor", "sobre la autora", "acerca del autor", "acerca de la autora",
        "más artículos de", "ver todas las entradas de", "entradas de", "artículos de",
        # it
        "sull'autore", "sull'autrice", "l'autore", "informazioni sull'autore",
        "altri articoli di", "tutti gli articoli di", "articoli di",
        # pt
        "sobre o autor", "sobre a autora", "mais artigos de", "ver todos os posts de",
        # nl
        "over de auteur", "over de schrijver", "over de redacteur", "alle berichten van",
        # pl
        "o autorze", "o autorce", "więcej od autora", "wszystkie wpisy autora",
        "artykuły autora", "więcej artykułów tego autora", "inne artykuły autora",
        # cs
        "o autorovi", "další články autora", "články autora",
        # sk
        "o autorke", "ďalšie články autora",
        # ru
        "об авторе", "все статьи автора", "другие статьи автора", "статьи автора",
        "материалы автора",
        # uk
        "про автора", "усі статті автора", "статті автора", "інші статті автора",
        # sv
        "om författaren", "om skribenten", "fler artiklar av", "alla inlägg av",
        # da
        "om forfatteren", "flere artikler af", "alle indlæg af",
        # no
        "flere artikler av", "alle innlegg av",
        # fi
        "kirjoittajasta", "tietoa kirjoittajasta", "kirjoittajan muut artikkelit",
        # hu
        "a szerzőről", "a szerző további cikkei", "a szerző cikkei",
        # ro
        "despre autor", "autorul", "mai multe articole de", "toate articolele de",
        # tr
        "yazar hakkında", "yazarın diğer yazıları", "yazarın tüm yazıları",
        "yazarın son yazıları",
        # el
        "σχετικά με τον συγγραφέα", "σχετικά με τον αρθρογράφο", "άρθρα του συντάκτη",
        # ja
        "著者について", "この記事を書いた人", "執筆者", "著者プロフィール",
        # zh
        "关于作者", "關於作者", "作者简介", "作者簡介", "作者介绍", "作者介紹",
        # ko
        "기자 소개", "필자 소개", "저자 소개", "이 기자의 다른 기사", "기자의 다른 기사",
    ),
    # Tag / category list after the article: "Tags: a, b, c" or a heading followed by short
    # link lines. Bench, whole lines: "themen" 49 sites, "kategorien" 36, "tags" 32,
    # "categories" 25, "topics" 22, "schlagworte" 14, "schlagwörter" 11. "posted in", "filed
    # under", "verschlagwortet mit" are followed by the tag names. Left out: "tag", "topic",
    # "category", "keywords", "labels", "subjects", de "thema", cs "téma" (they end ordinary
    # phrases: "price tag", "hot topic", "long-tail keywords", "das Thema").
    "tags": (
        # en
        "tags", "tagged", "tagged with", "tagged as", "tagged in", "filed under", "topics",
        "related tags", "tag cloud", "posted in", "categories", "more on these topics",
        "explore more on these topics",
        # de
        "schlagwörter", "schlagworte", "schlagwort", "stichwörter", "stichworte", "themen",
        "kategorie", "kategorien", "abgelegt unter", "veröffentlicht in", "getaggt mit",
        "verschlagwortet mit", "kategorisiert in", "themen in diesem artikel",
        # fr
        "étiquettes", "mots-clés", "mots clés", "mots-clefs", "thèmes", "sujets",
        "classé dans", "publié dans", "catégories", "étiqueté", "thématiques",
        # es
        "etiquetas", "temas", "palabras clave", "archivado en", "categorías", "categoría",
        "etiquetado",
        # it
        "argomenti", "etichette", "parole chiave", "archiviato in", "pubblicato in",
        "categorie", "categoria", "temi",
        # pt
        "marcadores", "palavras-chave", "arquivado em", "categorias", "tópicos",
        "assuntos",
        # nl
        "trefwoorden", "onderwerpen", "geplaatst in", "categorieën", "getagd",
        # pl
        "tagi", "słowa kluczowe", "tematy", "kategoria", "otagowane",
        # cs
        "štítky", "tagy", "témata", "klíčová slova",
        # sk
        "témy", "kľúčové slová", "kategórie",
        # ru
        "теги", "метки", "ключевые слова", "темы", "рубрики", "рубрика", "категории",
        "тэги",
        # uk
        "мітки", "ключові слова", "теми", "категорії",
        # sv
        "taggar", "etiketter", "ämnen", "nyckelord", "kategorier", "publicerad i",
        "ämnen i artikeln", "ämnen i texten",
        "tag-uri",
        # da
        "emner", "nøgleord", "emneord",
        # no
        "stikkord", "tagger", "nøkkelord",
        # fi
        "tagit", "avainsanat", "aiheet", "asiasanat", "kategoriat", "aihetunnisteet",
        # hu
        "címkék", "kulcsszavak", "témák", "kategóriák", "címke",
        # ro
        "etichete", "cuvinte cheie", "taguri", "categorii", "subiecte",
        # tr
        "etiketler", "anahtar kelimeler", "konular", "kategoriler", "etiket",
        # el
        "ετικέτες", "λέξεις κλειδιά", "λέξεις-κλειδιά", "θέματα", "κατηγορίες",
        # ja
        "タグ", "キーワード", "カテゴリー", "カテゴリ",
        # zh
        "标签", "標籤", "关键词", "關鍵詞", "关键字", "關鍵字",
        # ko
        "태그", "키워드", "카테고리",
    ),
    # Site footer and "about the site" link blocks. Bench, whole lines: "impressum" 226
    # sites, "kontakt" 198, "contact us" 182, "about us" 151, "contact" 130, "careers" 92,
    # "über uns" 68, "rss" 64, "sitemap" 59, "follow us" 55, "advertise" 55, "mediadaten"
    # 44. They start a block of short link lines that can also sit at the top of the page.
    # Left out although frequent, because they are also article sub-headings or end ordinary
    # phrases ("Customer service", "Efficient service", "Steve Jobs", "Die Folgen", "Key
    # terms"): "about", "service(s)", "faq(s)" (a closing section of 12 gold bodies),
    # "support", "help", "press", "jobs", "terms", "legal", "company", "social", "partners",
    # "accessibility", "disclaimer", de "service", "hilfe", "presse", "folgen", "karriere",
    # "redaktion", and the like in other languages.
    "footer": (
        # en
        "contact", "contact us", "about us", "who we are", "careers", "advertise",
        "advertise with us", "imprint", "legal notice", "sitemap", "site map", "follow us",
        "follow us on", "connect with us", "find us on", "get in touch", "stay connected",
        "media kit", "masthead", "quick links", "useful links", "rss", "rss feeds",
        "newsroom", "our network", "work with us", "editorial policy", "ethics policy",
        "donate",
        # The reference list closing an article (footnotes, sources) is left out of the
        # gold bodies of wcxb-dev and aeb; in several languages.
        "footnotes", "references", "sources", "bibliography",
        "einzelnachweise", "fußnoten", "quellenangaben", "références", "notes et références",
        "bibliographie", "referencias", "bibliografía", "riferimenti", "bibliografia",
        "referências", "bronnen", "voetnoten",
        # A marker some sites print under the story, before the boxes that follow it.
        "end of article", "ende des artikels", "fin de l'article", "fin del artículo",
        "fine dell'articolo", "fim do artigo", "einde artikel", "koniec artykułu",
        "konec článku", "slut på artikeln", "artikkelin loppu",
        # de
        "kontakt", "impressum", "über uns", "wir über uns", "mediadaten", "folgen sie uns",
        "folge uns", "häufige fragen", "rechtliches", "rechtliche hinweise",
        "leserservice", "kundenservice", "rss-feed", "netiquette", "wer wir sind",
        "stellenangebote", "jobs & karriere",
        # A press office's contact person under a release (15 traf-dev lines, none in gold).
        "ansprechpartner", "ansprechpartnerin", "ihr ansprechpartner", "ihre ansprechpartnerin",
        "ihre ansprechpartner",
        # fr
        "contactez-nous", "nous contacter", "mentions légales", "à propos",
        "qui sommes-nous", "qui sommes nous", "plan du site", "annonceurs", "carrières",
        "nous rejoindre", "suivez-nous", "suivez-nous sur", "retrouvez-nous sur",
        "la rédaction", "liens utiles",
        # es
        "contacto", "contáctanos", "contacte con nosotros", "quiénes somos",
        "quienes somos", "sobre nosotros", "acerca de", "aviso legal", "anúnciate",
        "trabaja con nosotros", "mapa del sitio", "preguntas frecuentes", "síguenos",
        "síguenos en",
        # it
        "contatti", "contattaci", "chi siamo", "note legali", "lavora con noi",
        "mappa del sito", "domande frequenti", "seguici", "seguici su",
        # pt
        "contato", "fale conosco", "contacte-nos", "quem somos", "sobre nós", "expediente",
        "anuncie", "trabalhe conosco", "mapa do site", "perguntas frequentes", "siga-nos",
        "ficha técnica", "estatuto editorial",
        # nl
        "over ons", "colofon", "adverteren", "vacatures", "werken bij",
        "veelgestelde vragen", "volg ons", "volg ons op", "klantenservice",
        # pl
        "o nas", "mapa strony", "obserwuj nas", "śledź nas", "stopka redakcyjna",
        "dla mediów", "znajdź nas na", "dołącz do nas",
        # cs
        "kontakty", "o nás", "inzerce", "volná místa", "mapa stránek", "časté dotazy",
        "sledujte nás", "tiráž", "o projektu",
        # sk
        "inzercia", "mapa stránok", "časté otázky",
        # ru
        "контакты", "связаться с нами", "о нас", "о проекте", "реклама на сайте",
        "вакансии", "карта сайта", "вопросы и ответы", "мы в соцсетях",
        "мы в социальных сетях", "следите за нами", "об издании", "обратная связь",
        "контактная информация",
        # uk
        "контакти", "зв'язатися з нами", "про нас", "про проєкт", "про проект", "вакансії",
        "карта сайту", "ми в соцмережах", "зворотний зв'язок",
        # sv
        "kontakta oss", "om oss", "annonsera", "jobba hos oss", "lediga jobb", "webbkarta",
        "vanliga frågor", "följ oss", "redaktionen", "kundservice",
        # da
        "kontakt os", "om os", "annoncering", "ledige stillinger",
        "ofte stillede spørgsmål", "følg os", "kundeservice",
        # no
        "kontakt oss", "annonsere", "nettstedskart", "ofte stilte spørsmål", "følg oss",
        "redaksjonen",
        # fi
        "yhteystiedot", "ota yhteyttä", "tietoa meistä", "meistä", "mainosta",
        "mainostajille", "avoimet työpaikat", "sivukartta", "usein kysytyt kysymykset",
        "seuraa meitä", "asiakaspalvelu",
        # hu
        "kapcsolat", "impresszum", "rólunk", "médiaajánlat", "oldaltérkép", "súgó", "gyik",
        "kövess minket", "kövessen minket", "szerkesztőség",
        # ro
        "contactează-ne", "contactaţi-ne", "despre noi", "redacţia", "harta site-ului",
        "întrebări frecvente", "urmăreşte-ne", "urmăriţi-ne",
        # tr
        "iletişim", "bize ulaşın", "hakkımızda", "künye", "site haritası",
        "sıkça sorulan sorular", "bizi takip edin",
        # el
        "επικοινωνία", "επικοινωνήστε μαζί μας", "σχετικά με εμάς", "ποιοι είμαστε",
        "θέσεις εργασίας", "χάρτης ιστότοπου", "συχνές ερωτήσεις", "ακολουθήστε μας",
        # ja
        "お問い合わせ", "問い合わせ", "会社概要", "運営会社", "広告掲載", "採用情報", "サイトマップ", "ヘルプ", "よくある質問",
        # zh
        "联系我们", "聯絡我們", "聯繫我們", "关于我们", "關於我們", "广告服务", "廣告服務", "加入我们", "网站地图", "網站地圖",
        "常见问题", "常見問題", "关注我们", "關注我們",
        # ko
        "회사소개", "회사 소개", "고객센터", "광고문의", "광고 문의", "제휴문의", "기사제보", "사이트맵", "자주 묻는 질문",
    ),
    # Menus, search boxes, breadcrumbs, sidebar widgets (WordPress "Archives", "Meta",
    # "Recent Comments") and in-article tables of contents. Bench, whole lines: "home" 231
    # sites, "search" 136, "skip to content" 83, "menu" 79, "suche" 76, "archiv" 69,
    # "startseite" 61, "menü" 60, "table of contents" 33, "neueste kommentare" 20, "post
    # navigation" 11. Mostly at the top or in sidebars: they start a block of short link
    # lines; never drop the rest of the page on them. Left out: "pages", "sections",
    # "browse", "meta", "search for", "suchen", fr "recherche" / it "ricerca" / pt
    # "pesquisa" ("research"), es "inicio", cs "úvod" ("introduction"), generic "contents"
    # words (de "inhalt", es "contenido", ...), and "in this article" / "on this page" /
    # "jump to" and their translations (sentence starters).
    "navigation": (
        # en
        "menu", "main menu", "navigation", "main navigation", "primary navigation",
        "site navigation", "toggle navigation", "skip to content", "search", "home",
        "homepage", "categories", "archives", "recent comments", "blogroll",
        "post navigation", "posts navigation", "you are here", "all sections",
        # de
        "menü", "hauptmenü", "hauptnavigation", "suche", "suche nach", "startseite",
        "archiv", "sie sind hier", "beitragsnavigation", "beitrags-navigation",
        "neueste kommentare", "letzte kommentare", "rubriken", "ressorts",
        # fr
        "menu principal", "rechercher", "accueil", "rubriques", "vous êtes ici",
        "commentaires récents", "navigation des articles",
        # es
        "menú", "menú principal", "navegación", "buscar", "portada", "secciones",
        "estás en", "usted está aquí", "comentarios recientes", "navegación de entradas",
        # it
        "menu principale", "navigazione", "cerca", "home page", "archivi", "sezioni",
        "sei qui", "ti trovi in", "commenti recenti", "navigazione articoli",
        # pt
        "navegação", "pesquisar", "página inicial", "secções", "seções", "editorias",
        "você está aqui", "comentários recentes", "navegação de posts",
        "navegação de artigos",
        # nl
        "hoofdmenu", "navigatie", "zoeken", "startpagina", "archief", "archieven",
        "rubrieken", "u bent hier", "je bent hier", "recente reacties", "berichtnavigatie",
        # pl
        "menu główne", "nawigacja", "szukaj", "wyszukaj", "wyszukiwarka", "strona główna",
        "kategorie", "archiwum", "archiwa", "działy", "jesteś tutaj",
        "najnowsze komentarze", "ostatnie komentarze", "nawigacja wpisu",
        "nawigacja wpisów",
        # cs
        "hlavní menu", "navigace", "hledat", "vyhledávání", "úvodní stránka", "domů",
        "rubriky", "nacházíte se", "nejnovější komentáře", "navigace pro příspěvek",
        # sk
        "hlavné menu", "navigácia", "hľadať", "vyhľadávanie", "úvodná stránka", "archív",
        "nachádzate sa", "najnovšie komentáre",
        # ru
        "меню", "главное меню", "навигация", "поиск", "главная", "главная страница",
        "архив", "архивы", "разделы", "вы здесь", "свежие комментарии",
        "последние комментарии", "навигация по записям",
        # uk
        "головне меню", "навігація", "пошук", "головна", "головна сторінка", "рубрики",
        "архів", "архіви", "розділи", "ви тут", "останні коментарі", "навігація записів",
        # sv
        "meny", "huvudmeny", "navigering", "sök", "startsida", "arkiv", "sektioner",
        "du är här", "senaste kommentarer", "inläggsnavigering",
        # da
        "hovedmenu", "søg", "forside", "arkiver", "du er her", "seneste kommentarer",
        "indlægsnavigation",
        # no
        "hovedmeny", "navigasjon", "søk", "seksjoner", "siste kommentarer",
        "innleggsnavigasjon",
        # fi
        "valikko", "päävalikko", "navigaatio", "haku", "hae", "etusivu", "arkisto",
        "arkistot", "osastot", "olet tässä", "uusimmat kommentit", "artikkelien selaus",
        # hu
        "főmenü", "navigáció", "keresés", "kereső", "főoldal", "kezdőlap", "archívum",
        "archívumok", "rovatok", "ön itt van", "legutóbbi hozzászólások",
        "bejegyzés navigáció",
        # ro
        "meniu", "meniu principal", "navigare", "căutare", "caută", "prima pagină",
        "arhive", "arhivă", "secţiuni", "sunteţi aici", "comentarii recente",
        "navigare în articole",
        # tr
        "ana menü", "gezinme", "navigasyon", "arama", "ana sayfa", "anasayfa", "arşiv",
        "arşivler", "bölümler", "buradasınız", "son yorumlar", "yazı dolaşımı",
        # el
        "μενού", "κύριο μενού", "πλοήγηση", "αναζήτηση", "αρχική", "αρχική σελίδα",
        "αρχείο", "αρχεία", "ενότητες", "βρίσκεστε εδώ", "πρόσφατα σχόλια",
        "πλοήγηση άρθρων",
        # ja
        "メニュー", "メインメニュー", "ナビゲーション", "検索", "ホーム", "トップページ", "アーカイブ", "現在地", "最近のコメント",
        "投稿ナビゲーション",
        # zh
        "菜单", "選單", "菜單", "导航", "導航", "搜索", "搜尋", "首页", "首頁", "分类", "分類", "归档", "彙整", "存档",
        "存檔", "当前位置", "目前位置", "您的位置", "最新评论", "文章导航", "文章導覽",
        # ko
        "메뉴", "전체메뉴", "전체 메뉴", "검색", "홈", "보관함", "아카이브", "현재 위치", "최근 댓글", "글 내비게이션",
        # en
        "table of contents", "contents", "article contents",
        # de
        "inhaltsverzeichnis",
        # fr
        "sommaire", "table des matières",
        # es
        "tabla de contenidos", "tabla de contenido",
        # it
        "sommario",
        # pt
        "índice de conteúdos",
        # nl
        "inhoudsopgave",
        # pl
        "spis treści",
        # ru
        "оглавление", "содержание статьи",
        # uk
        "зміст", "зміст статті",
        # sv
        "innehållsförteckning",
        # da
        "indholdsfortegnelse",
        # no
        "innholdsfortegnelse",
        # fi
        "sisällys", "sisällysluettelo",
        # hu
        "tartalomjegyzék",
        # ro
        "cuprins",
        # tr
        "içindekiler",
        # el
        "περιεχόμενα", "πίνακας περιεχομένων",
        # ja
        "目次", "この記事の目次",
        # zh
        "目录", "目錄", "文章目录", "文章目錄",
        # ko
        "목차",
    ),
    # Links to the previous / next post under a blog article; the linked title follows on
    # the same or the next line. Bench, whole lines: "zurück" 27 sites, "vorheriger beitrag"
    # 12, "previous post" 7, "next post" 7, "nächster beitrag" 6. Left out: "next" ("What's
    # next?" is in 5 gold bodies), "previous", "weiter", "nächste", fr "précédent" ("sans
    # précédent"), it "precedente", pt "próximo", nl "volgende", cs "další", ru "назад"
    # ("years ago"), "далее", hu "következő", el "επόμενο" (they end ordinary phrases). Kept
    # because the brief asks for them, although they do too: es "anterior", "siguiente", pl
    # "poprzedni", "następny".
    "prev_next": (
        # en
        "previous post", "next post", "previous article", "next article", "previous story",
        "next story", "previous entry", "next entry", "previous page", "next page", "prev",
        "older post", "newer post", "older posts", "newer posts", "older entries",
        "newer entries", "older stories", "newer stories",
        # A slider's or gallery's two buttons on one line (29 bench dump lines, no gold).
        "previous next", "prev next", "vorheriges weiter", "zurück weiter",
        # de
        "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag",
        "vorheriger eintrag", "nächster eintrag", "vorherige seite", "nächste seite",
        "vorheriger post", "nächster post", "vorheriger", "vorheriges", "vorherige", "nächster", "zurück",
        "ältere beiträge", "neuere beiträge", "älterer beitrag", "neuerer beitrag",
        # fr
        "article précédent", "article suivant", "suivant", "page précédente",
        "page suivante", "billet précédent", "billet suivant", "articles plus anciens",
        "articles plus récents", "publication précédente", "publication suivante",
        # es
        "anterior", "siguiente", "artículo anterior", "artículo siguiente",
        "entrada anterior", "entrada siguiente", "noticia anterior", "noticia siguiente",
        "entradas anteriores", "entradas más recientes", "publicación anterior",
        "siguiente publicación", "próximo artículo",
        # it
        "successivo", "successiva", "articolo precedente", "articolo successivo",
        "post precedente", "post successivo", "articoli meno recenti",
        "articoli più recenti", "prossimo articolo", "pagina successiva",
        "pagina precedente",
        # pt
        "post anterior", "próximo post", "artigo anterior", "próximo artigo",
        "notícia anterior", "próxima notícia", "posts mais antigos", "posts mais recentes",
        "publicação anterior", "próxima publicação", "artigo seguinte",
        # nl
        "vorig bericht", "volgend bericht", "vorig artikel", "volgend artikel",
        "oudere berichten", "nieuwere berichten", "vorige pagina", "volgende pagina",
        # pl
        "poprzedni", "następny", "poprzedni artykuł", "następny artykuł", "poprzedni wpis",
        "następny wpis", "poprzedni post", "następny post", "poprzednia", "następna",
        "poprzednia strona", "następna strona", "starsze wpisy", "nowsze wpisy",
        "poprzedni tekst", "następny tekst",
        # cs
        "předchozí", "předchozí článek", "další článek", "předchozí příspěvek",
        "další příspěvek", "starší příspěvky", "novější příspěvky",
        # sk
        "predchádzajúci", "predchádzajúci článok", "ďalší článok",
        "predchádzajúci príspevok", "ďalší príspevok", "staršie príspevky",
        "novšie príspevky",
        # ru
        "предыдущая статья", "следующая статья", "предыдущая запись", "следующая запись",
        "предыдущая новость", "следующая новость", "предыдущий пост", "следующий пост",
        "предыдущая", "следующая", "предыдущий", "следующий", "более старые записи",
        "более новые записи",
        # uk
        "попередня стаття", "наступна стаття", "попередній запис", "наступний запис",
        "попередня новина", "наступна новина", "попередня", "наступна", "попередній",
        "наступний",
        # sv
        "föregående", "nästa", "föregående inlägg", "nästa inlägg", "föregående artikel",
        "nästa artikel", "äldre inlägg", "nyare inlägg",
        # da
        "forrige", "næste", "forrige indlæg", "næste indlæg", "forrige artikel",
        "næste artikel", "ældre indlæg", "nyere indlæg",
        # no
        "neste", "forrige innlegg", "neste innlegg", "forrige artikkel", "neste artikkel",
        "eldre innlegg", "nyere innlegg",
        # fi
        "edellinen", "seuraava", "edellinen artikkeli", "seuraava artikkeli",
        "edellinen kirjoitus", "seuraava kirjoitus", "vanhemmat artikkelit",
        "uudemmat artikkelit",
        # hu
        "előző cikk", "következő cikk", "előző bejegyzés", "következő bejegyzés",
        "régebbi bejegyzések", "újabb bejegyzések",
        # ro
        "următor", "următorul", "articolul anterior", "articolul următor",
        "articol anterior", "articol următor", "articole mai vechi", "articole mai noi",
        "postare anterioară", "următoarea postare",
        # tr
        "önceki", "sonraki", "önceki haber", "sonraki haber", "önceki yazı",
        "sonraki yazı", "önceki makale", "sonraki makale", "önceki gönderi",
        "sonraki gönderi", "eski yazılar", "yeni yazılar",
        # el
        "προηγούμενο άρθρο", "επόμενο άρθρο", "παλαιότερα άρθρα", "νεότερα άρθρα",
        # ja
        "前の記事", "次の記事", "前へ", "次へ", "前の投稿", "次の投稿", "前のページ", "次のページ",
        # zh
        "上一篇", "下一篇", "上一页", "下一页", "上一頁", "下一頁", "上一篇文章", "下一篇文章", "前一篇", "后一篇", "後一篇",
        # ko
        "이전글", "다음글", "이전 글", "다음 글", "이전 기사", "다음 기사", "이전", "다음",
    ),
}

# SECTION_HEADINGS that also head real sections of an article or occur as ordinary short
# lines. Found as a whole paragraph of gold bodies in the bench: "Related", "Related
# articles", "Latest news" (a site whose gold keeps its menu), "Don't miss", "Home",
# "Table of contents"; the rest are the same kind of word. Do not cut on these alone:
# require that the lines below are short link-like lines, or that the article text has
# already ended. Worse cases were removed from SECTION_HEADINGS altogether (see the
# comments there): "FAQ(s)" (a closing section of 12 gold bodies), "Services", "Customer
# service", "Support", "Press", "Accessibility", "Disclaimer", "Author: <name>", "What's
# next", "Market share", "Die Folgen", "Sans précédent", ... (one-word headings also end
# such phrases).
AMBIGUOUS_HEADINGS: tuple[str, ...] = (
    # en
    "related", "related articles", "latest news", "don't miss", "home",
    "table of contents", "contact", "careers", "trending", "topics", "categories",
    "contents", "authors", "newsletter", "subscribe", "comments", "comment", "search",
    "menu",
    # de
    "kontakt", "themen", "zurück", "kommentar", "suche", "archiv",
    # fr / es / it / pt / pl
    "à propos", "contacto", "contatti", "contato", "sommaire", "spis treści", "anterior",
    "siguiente", "poprzedni", "następny",
)

# ---------------------------------------------------------------------------
# 2. Line cues: anywhere in a short line, only as the whole line, or only at its start
# ---------------------------------------------------------------------------

# Phrases that make a SHORT line (12 words at most) boilerplate wherever they stand in it,
# matched as whole words (CJK: as a substring). Only multi-word UI strings, long compounds
# and brand names are here. Checked against the bench: none occurs in a short gold paragraph
# of the 432 wcxb-dev + aeb pages or in a traf-dev "with" snippet, except "views" (3
# paragraphs), "getty" (2) and "shutterstock" (1) in captions that gold kept, "all rights
# reserved" (1) and "delivered to your inbox" (1, a page whose gold keeps an embedded site's
# boilerplate). Cues that are only safe as the whole line are in WHOLE_LINE_CUES, cues that
# must start the line in LINE_START_CUES (same kinds).
LINE_CUES: dict[str, tuple[str, ...]] = {
    # Share / like / print / bookmark button texts. Bench, short lines on N sites (whole
    # line + inside): "share on facebook" 16, "copy link" 14, "bloggern gefällt das" 14
    # (WordPress.com), "click to share on" 9 (Jetpack: "Click to share on X (Opens in new
    # window)"), "liken lade" 8, "seite drucken" 7, "sorry, your blog cannot share posts by
    # email" 6. Single words ("email" on 242 sites, "print" 64, "tweet" 38, "whatsapp" 57)
    # are in WHOLE_LINE_CUES: "like" is in 276 gold bodies, "save" in 87, "email" in 52.
    "share": (
        # Rating widgets under the article ("Was this article helpful?"), which sit with
        # the share bar (traf-dev leaks in de).
        "was this article helpful", "was this helpful", "did you find this article helpful",
        "war der artikel hilfreich", "war der artikel nützlich", "war dieser artikel hilfreich",
        "war dieser artikel nützlich", "hat dir dieser artikel gefallen",
        "hat ihnen dieser artikel gefallen", "gefällt ihnen dieser artikel",
        "gefällt dir dieser artikel", "cet article vous a-t-il été utile",
        "cet article vous a été utile", "te ha resultado útil", "te resultó útil",
        "questo articolo ti è stato utile", "este artigo foi útil",
        "czy ten artykuł był pomocny", "was dit artikel nuttig",
        # en
        "share on facebook", "share on twitter", "share on x", "share on linkedin",
        "share on pinterest", "share on whatsapp", "share on reddit", "share on telegram",
        "share on bluesky", "share on threads", "share via email", "share by email",
        "click to share on", "click to email", "click to print", "opens in new window",
        "email this", "email this article", "print this", "print this article",
        "print this page", "print article", "printer friendly", "printer-friendly version",
        "copy link", "copy url", "copy the link", "link copied", "copied to clipboard",
        "tweet this", "pin it", "save article", "save for later",
        # "share 0" is the counter widget; innerText glues it to the network names ("share
        # 0facebooktwitter"), so test it without a word boundary on the right
        "share 0", "like loading", "bloggers like this", "be the first to like this",
        "sorry, your blog cannot share posts by email",
        "email check failed, please try again",
        # de
        "auf facebook teilen", "bei facebook teilen", "auf twitter teilen", "auf x teilen",
        "per e-mail teilen", "per mail teilen", "per whatsapp teilen", "artikel teilen",
        "klick, um auf", "klicken, um auf", "wird in neuem fenster geöffnet",
        "artikel drucken", "seite drucken", "druckversion", "link kopieren",
        "artikel merken", "artikel versenden", "liken lade", "gefällt mir wird geladen",
        "bloggern gefällt das",
        # fr
        "partager sur facebook", "partager sur twitter", "partager sur x",
        "partager sur linkedin", "partager par e-mail", "partager par email",
        "cliquez pour partager sur", "cliquer pour partager sur",
        "ouvre dans une nouvelle fenêtre", "imprimer l'article", "envoyer par e-mail",
        "envoyer par email", "envoyer par mail", "copier le lien", "lien copié",
        "j'aime chargement", "blogueurs aiment cette page",
        # es
        "compartir en facebook", "compartir en twitter", "compartir en x",
        "compartir en whatsapp", "compartir en linkedin", "haz clic para compartir en",
        "se abre en una ventana nueva", "enviar por correo", "enviar por email",
        "enviar por e-mail", "copiar enlace", "enlace copiado", "me gusta cargando",
        "blogueros les gusta esto", "enlace permanente",
        # it
        "condividi su facebook", "condividi su twitter", "condividi su x",
        "condividi su whatsapp", "fai clic per condividere su",
        "si apre in una nuova finestra", "invia per email", "invia per e-mail",
        "copia link", "copia il link", "link copiato",
        # pt
        "compartilhar no facebook", "compartilhar no twitter", "compartilhar no whatsapp",
        "partilhar no facebook", "clique para compartilhar no", "clique para partilhar no",
        "abre em nova janela", "abre numa nova janela", "copiar link", "link copiado",
        "curtir carregando", "blogueiros gostam disto",
        # nl
        "deel op facebook", "delen op facebook", "delen via whatsapp",
        "klik om te delen op", "opent in een nieuw venster", "kopieer link",
        "link kopiëren", "vind ik leuk",
        # pl
        "udostępnij na facebooku", "udostępnij na twitterze", "udostępnij na x",
        "kliknij, aby udostępnić na", "otwiera się w nowym oknie", "wyślij e-mailem",
        "wyślij mailem", "kopiuj link", "skopiuj link", "link skopiowany",
        # cs
        "sdílet na facebooku", "sdílet na twitteru", "kopírovat odkaz", "poslat e-mailem",
        "odkaz zkopírován",
        # sk
        "zdieľať na facebooku", "kopírovať odkaz", "poslať e-mailom",
        # ru
        "поделиться в facebook", "поделиться в вконтакте", "поделиться в telegram",
        "версия для печати", "скопировать ссылку", "копировать ссылку",
        "ссылка скопирована", "отправить по почте", "отправить на почту",
        # uk
        "версія для друку", "скопіювати посилання", "копіювати посилання",
        "посилання скопійовано",
        # sv
        "dela på facebook", "dela på twitter", "kopiera länk", "länken kopierad",
        # da
        "del på facebook", "del på twitter", "kopiér link", "kopier link",
        # no
        "kopier lenke", "lenken er kopiert",
        # fi
        "jaa facebookissa", "jaa twitterissä", "jaa whatsappissa", "kopioi linkki",
        "linkki kopioitu",
        # hu
        "megosztás facebookon", "link másolása", "küldés e-mailben",
        # ro
        "distribuie pe facebook", "copiază link", "copiază linkul", "trimite pe email",
        # tr
        "facebook'ta paylaş", "twitter'da paylaş", "whatsapp'ta paylaş", "linki kopyala",
        "bağlantıyı kopyala", "e-posta ile gönder",
        # el
        "αντιγραφή συνδέσμου", "αποστολή με email",
        # ja
        "リンクをコピー", "はてなブックマーク", "ブックマーク",
        # ko
        "링크 복사", "url 복사",
    ),
    # Ad labels, sponsored / partner content, "continue reading below" fillers, affiliate
    # disclosures, calls to action. Bench: "advertisement" 34 sites as a whole line,
    # "adchoices" 10, "sponsored content" 9, "ad choices" 9, "continue reading below" 4; the
    # single labels ("anzeige" 33, "werbung" 29, "advertising" 25, "reklama", "publicité",
    # "publicidad", ...) are in WHOLE_LINE_CUES (German "Anzeige" is also a criminal
    # complaint), "sponsored by <brand>" in LINE_START_CUES.
    "advert": (
        # en
        "advertisement", "advertisements", "advertiser content", "sponsored content",
        "sponsored post", "paid content", "paid post", "paid partnership",
        "partner content", "promoted content", "story continues below advertisement",
        "article continues below advertisement", "continue reading below",
        "article continues below", "content continues below",
        "scroll to continue with content", "scroll to continue", "ad feedback",
        "report this ad", "adchoices", "ad choices", "skip ad", "close ad", "remove ads",
        "ad loading", "sponsored links",
        # affiliate disclosures (same wording on thousands of blogs and review sites)
        "we may earn a commission", "we may earn commission", "may earn a commission",
        "we may receive a commission", "affiliate disclosure", "advertiser disclosure",
        "this post may contain affiliate links", "as an amazon associate",
        "we earn from qualifying purchases",
        # de
        "advertorial", "artikel wird nach der anzeige fortgesetzt",
        "weiter nach der anzeige", "lesen sie nach der anzeige weiter",
        "weiterlesen nach der anzeige", "bezahlter inhalt", "gesponserte links",
        # fr
        "contenu sponsorisé", "contenu partenaire", "article sponsorisé",
        "la suite après la publicité", "la suite après cette publicité", "publireportage",
        "contenu de marque", "liens sponsorisés", "liens commerciaux",
        # es
        "contenido patrocinado", "contenido pagado", "contenido de marca",
        "espacio publicitario", "enlaces patrocinados",
        "sigue leyendo después de la publicidad",
        # it
        "contenuto sponsorizzato", "contenuto a pagamento", "articolo sponsorizzato",
        "pubbliredazionale", "link sponsorizzati", "continua a leggere dopo la pubblicità",
        "continua a leggere dopo la pubblicita",
        # pt
        "conteúdo patrocinado", "conteúdo pago", "conteúdo de marca",
        "continua após a publicidade", "continua depois da publicidade", "publieditorial",
        "links patrocinados",
        # nl
        "gesponsorde inhoud", "lees verder na de advertentie",
        # pl
        "materiał sponsorowany", "artykuł sponsorowany", "materiał partnera",
        "treść sponsorowana", "artykuł partnera", "dalsza część artykułu pod reklamą",
        "dalszy ciąg artykułu pod reklamą", "pozostała część artykułu pod reklamą",
        "materiał promocyjny", "linki sponsorowane",
        # cs
        "komerční sdělení", "sponzorovaný obsah", "článek pokračuje pod reklamou",
        "pokračování článku pod reklamou", "pr článek",
        # sk
        "komerčný článok", "článok pokračuje pod reklamou",
        "pokračovanie článku pod reklamou", "pr článok",
        # ru
        "на правах рекламы", "партнерский материал", "партнёрский материал",
        "спонсорский материал", "erid",
        # uk
        "на правах реклами", "партнерський матеріал",
        # sv
        "sponsrat innehåll", "artikeln fortsätter under annonsen",
        # da
        "sponsoreret indhold", "artiklen fortsætter efter annoncen",
        # no
        "sponset innhold", "artikkelen fortsetter under annonsen",
        # fi
        "kaupallinen yhteistyö", "maksettu mainos", "artikkeli jatkuu mainoksen jälkeen",
        "juttu jatkuu mainoksen jälkeen", "mainos päättyy",
        # hu
        "szponzorált tartalom", "támogatott tartalom", "fizetett hirdetés", "pr cikk",
        "a cikk a hirdetés után folytatódik",
        # ro
        "conţinut sponsorizat", "articol sponsorizat", "articolul continuă după reclamă",
        # tr
        "sponsorlu içerik", "reklam alanı", "haberin devamı reklamdan sonra",
        # el
        "χορηγούμενο περιεχόμενο",
        # ja
        "スポンサーリンク", "スポンサー",
        # en
        "get started for free", "get started free", "start free trial",
        "start your free trial", "try it free", "try for free", "book a demo",
        "request a demo", "get a demo", "schedule a demo", "watch demo", "talk to sales",
        "contact sales", "talk to an expert", "download the app", "get the app",
        "support our journalism", "become a patron",
        # de
        "jetzt kostenlos testen", "demo anfordern", "demo vereinbaren",
        "app herunterladen", "unterstützen sie uns",
        # fr
        "demander une démo", "acheter maintenant", "télécharger l'application",
        "faire un don", "je fais un don",
        # es
        "solicitar una demo", "solicita una demo", "descarga la app",
        # it
        "richiedi una demo", "scarica l'app",
        # pt
        "experimente grátis", "solicite uma demonstração", "baixe o app",
        # nl
        "vraag een demo aan",
        # pl
        "wypróbuj za darmo", "umów demo", "pobierz aplikację",
        # ru / uk
        "попробовать бесплатно", "скачать приложение", "поддержать проект",
        # sv / da / no / fi
        "kokeile ilmaiseksi",
        # hu / ro / tr / el
        "próbáld ki ingyen", "támogasson minket", "hemen satın al",
        # ja / zh / ko
        "無料で試す", "今すぐ購入", "アプリをダウンロード", "앱 다운로드",
    ),
    # "5 min read" badges. Bench: "min read" 23 sites as a whole line (+13 inside short
    # lines), "reading time" 8. Never found in gold text. Labels such as "Lesezeit: 3 Min."
    # are in LINE_START_CUES.
    "read_time": (
        # en
        "min read", "minute read", "minutes read", "mins read", "min reading",
        "minute reading", "reading time", "read time", "minutes to read",
        "estimated reading time",
        # de
        "min. lesezeit", "min lesezeit", "minuten lesezeit", "minute lesezeit",
        "min. lesedauer", "minuten lesedauer",
        # fr
        "min de lecture", "min. de lecture", "minutes de lecture", "minute de lecture",
        "temps de lecture", "durée de lecture",
        # es
        "min de lectura", "min. de lectura", "minutos de lectura", "minuto de lectura",
        "min lectura", "tiempo de lectura", "tiempo estimado de lectura",
        # it
        "minuti di lettura", "minuto di lettura", "min di lettura", "min. di lettura",
        "tempo di lettura", "tempo di lettura stimato",
        # pt
        "min de leitura", "min. de leitura", "minutos de leitura", "minuto de leitura",
        "tempo de leitura", "tempo estimado de leitura",
        # nl
        "min leestijd", "min. leestijd", "minuten leestijd", "minuut leestijd",
        # pl
        "min czytania", "min. czytania", "minut czytania", "minuty czytania",
        "minuta czytania", "czas czytania", "czas lektury",
        # cs
        "min čtení", "min. čtení", "minut čtení", "minuty čtení", "doba čtení",
        "čas čtení",
        # sk
        "min čítania", "min. čítania", "minút čítania", "minúty čítania", "čas čítania",
        "doba čítania",
        # ru
        "мин чтения", "мин. чтения", "минут чтения", "минуты чтения", "минута чтения",
        "время чтения", "время прочтения",
        # uk
        "хв читання", "хв. читання", "хвилин читання", "хвилини читання",
        "хвилина читання", "час читання", "час прочитання",
        # sv
        "min läsning", "minuters läsning", "min lästid",
        # da
        "min læsning", "minutters læsning", "min. læsetid",
        # no
        "min lesing", "minutters lesing", "min. lesetid",
        # fi
        "min lukuaika", "minuutin lukuaika",
        # hu
        "perc olvasás", "perces olvasás", "perc olvasási idő", "olvasási idő",
        # ro
        "min citire", "minute de citire", "min de lectură", "minute de lectură",
        "timp de citire", "timp de lectură",
        # tr
        "dk okuma", "dk. okuma", "dakika okuma", "dakikalık okuma", "okuma süresi",
        "tahmini okuma süresi",
        # el
        "λεπτά ανάγνωσης", "λεπτό ανάγνωσης", "λεπτά ανάγνωση", "χρόνος ανάγνωσης",
        # ja
        "分で読めます", "読み終わるまで",
        # zh
        "预计阅读时间", "預計閱讀時間",
        # ko
        "읽는 시간",
    ),
    # Counter words that practically only occur next to their number ("1,234 views", "345
    # mal gelesen", "12 kez okundu", "1 234 wyświetleń": Slavic genitive plurals). Bench:
    # "<n> views" lines on 16 sites. Words that are common elsewhere ("comments", "likes",
    # "reads", "aufrufe", "vues", "kommentare", ...) are in WHOLE_LINE_CUES["counter"]: they
    # count only when the line is a number plus the word. "views" is in 3 short gold
    # paragraphs ("Stateful views can be memory-heavy"), kept because counters are so
    # frequent.
    "counter": (
        # en
        "views", "page views", "total views",
        # de
        "mal gelesen", "mal geteilt",
        # es
        "visualizaciones",
        # it
        "visualizzazioni",
        # pt
        "visualizações",
        # nl
        "keer bekeken", "keer gelezen",
        # pl
        "wyświetleń", "odsłon",
        # ru
        "просмотров",
        # uk
        "переглядів",
        # fi
        "katselukertaa", "lukukertaa",
        # ro
        "vizualizări",
        # tr
        "görüntülenme", "kez okundu", "kez görüntülendi",
        # el
        "προβολές",
    ),
    # Cookie-consent banners (their text survives in innerText and inscriptis dumps). Bench,
    # whole lines: "cookie-einstellungen" 13 sites, "cookie settings" 11, "privacy overview"
    # 10 (GDPR Cookie Consent plugin), "datenschutzeinstellungen" 9, "always enabled" 7,
    # "manage cookies" 7, "manage consent" 5. Button words ("accept", "agree", "got it",
    # "akzeptieren", "accepter", "aceptar", "godta", ...) are in WHOLE_LINE_CUES.
    "cookie": (
        # en
        "we use cookies", "this website uses cookies", "this site uses cookies",
        "uses cookies", "use of cookies", "accept cookies", "accept all cookies",
        "allow all cookies", "cookie settings", "cookies settings", "cookie preferences",
        "manage cookies", "manage consent", "cookie consent", "necessary cookies",
        "strictly necessary", "always enabled", "by continuing to use",
        "by using this site", "by using this website", "you agree to our use of cookies",
        "we value your privacy", "privacy preferences", "privacy overview",
        "consent preferences", "cookie notice", "we and our partners",
        # de
        "wir verwenden cookies", "wir nutzen cookies", "wir setzen cookies ein",
        "diese website verwendet cookies", "diese webseite verwendet cookies",
        "diese website nutzt cookies", "verwendet cookies", "cookies akzeptieren",
        "alle cookies akzeptieren", "cookie-einstellungen", "cookie einstellungen",
        "datenschutzeinstellungen", "privatsphäre-einstellungen",
        "einstellungen verwalten", "einstellungen speichern", "auswahl speichern",
        "auswahl bestätigen", "nur notwendige cookies", "nur essenzielle cookies",
        "notwendige cookies", "ich stimme zu", "wir benötigen ihre zustimmung",
        "mit der nutzung dieser website", "externe medien",
        # fr
        "nous utilisons des cookies", "ce site utilise des cookies",
        "ce site web utilise des cookies", "utilise des cookies", "accepter les cookies",
        "paramétrer les cookies", "paramétrer vos cookies", "paramètres des cookies",
        "gérer les cookies", "gestion des cookies", "continuer sans accepter",
        "en poursuivant votre navigation", "cookies nécessaires",
        "vos choix concernant les cookies",
        # es
        "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies",
        "este sitio utiliza cookies", "esta web utiliza cookies", "utiliza cookies",
        "aceptar cookies", "configuración de cookies", "configurar cookies",
        "ajustes de cookies", "gestionar cookies", "cookies necesarias",
        "si continúa navegando",
        # it
        "utilizziamo cookie", "usiamo cookie", "utilizziamo i cookie", "usiamo i cookie",
        "questo sito utilizza cookie", "questo sito utilizza i cookie",
        "questo sito usa i cookie", "utilizza cookie", "accetta i cookie",
        "impostazioni cookie", "impostazioni dei cookie", "gestisci i cookie",
        "cookie necessari", "continua senza accettare",
        # pt
        "este site usa cookies", "este site utiliza cookies",
        "este website utiliza cookies", "aceitar cookies", "configurações de cookies",
        "definições de cookies", "gerenciar cookies", "gerir cookies",
        "ao continuar navegando",
        # nl
        "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
        "deze site gebruikt cookies", "gebruikt cookies", "cookies accepteren",
        "alle cookies accepteren", "cookie instellingen", "cookievoorkeuren",
        "voorkeuren beheren", "instellingen aanpassen",
        "maakt gebruik van cookies",
        # pl
        "używamy plików cookie", "używamy cookies", "używamy ciasteczek",
        "ta strona używa plików cookie", "ta strona korzysta z plików cookie",
        "ta strona wykorzystuje pliki cookie", "strona używa plików cookie",
        "korzystamy z plików cookie", "akceptuj wszystkie", "zaakceptuj wszystkie",
        "ustawienia cookies", "ustawienia plików cookie", "przejdź do serwisu",
        "plików cookies",
        "pliki cookies", "pliki cookie",
        # cs
        "používáme cookies", "používáme soubory cookie", "tento web používá cookies",
        "tento web používá soubory cookie", "nastavení cookies", "nastavení cookie",
        # sk
        "používame cookies", "používame súbory cookie", "táto stránka používa cookies",
        "táto webová stránka používa súbory cookie", "nastavenia cookies",
        # ru
        "мы используем cookies", "мы используем файлы cookie", "мы используем куки",
        "этот сайт использует cookies", "сайт использует файлы cookie",
        "использует файлы cookie", "настройки cookie", "настройки файлов cookie",
        "продолжая использовать сайт", "вы соглашаетесь с использованием", "файлы cookie",
        # uk
        "ми використовуємо cookies", "ми використовуємо файли cookie",
        "ми використовуємо куки", "цей сайт використовує cookies",
        "сайт використовує файли cookie", "налаштування cookie", "файли cookie",
        # sv
        "vi använder cookies", "den här webbplatsen använder cookies",
        "denna webbplats använder cookies", "webbplatsen använder cookies",
        "acceptera cookies", "cookieinställningar", "inställningar för cookies",
        "hantera cookies", "endast nödvändiga",
        # da
        "vi bruger cookies", "denne hjemmeside bruger cookies",
        "hjemmesiden bruger cookies", "dette website bruger cookies",
        "cookieindstillinger", "cookie-indstillinger",
        # no
        "vi bruker informasjonskapsler", "vi bruker cookies",
        "denne nettsiden bruker cookies", "nettstedet bruker informasjonskapsler",
        "innstillinger for informasjonskapsler",
        # fi
        "käytämme evästeitä", "tämä sivusto käyttää evästeitä",
        "sivusto käyttää evästeitä", "hyväksy evästeet", "evästeasetukset",
        "vain välttämättömät", "muokkaa asetuksia",
        # hu
        "sütiket használunk", "ez a weboldal sütiket használ",
        "a weboldal sütiket használ", "cookie-kat használunk", "összes elfogadása",
        "összes elutasítása", "süti beállítások", "sütibeállítások", "cookie beállítások",
        # ro
        "folosim cookie-uri", "utilizăm cookie-uri", "acest site foloseşte cookie-uri",
        "acest site utilizează cookie-uri", "site-ul foloseşte cookie-uri",
        "setări cookie", "setări cookies", "sunt de acord",
        # tr
        "çerez kullanıyoruz", "çerezler kullanıyoruz", "bu site çerez kullanır",
        "bu web sitesi çerez kullanmaktadır", "sitemizde çerezler kullanılmaktadır",
        "çerezleri kabul et", "tümünü kabul et", "çerez ayarları",
        # el
        "χρησιμοποιούμε cookies", "χρησιμοποιούμε cookie",
        "αυτός ο ιστότοπος χρησιμοποιεί cookies", "ο ιστότοπος χρησιμοποιεί cookies",
        "ρυθμίσεις cookies", "ρυθμίσεις cookie",
        # ja
        "cookieを使用しています", "クッキーを使用しています", "cookie設定", "クッキー設定", "すべて受け入れる", "すべて同意する",
        "同意します", "すべて拒否",
        # zh
        "我们使用cookie", "我們使用cookie", "本网站使用cookie", "本網站使用cookie", "cookie设置",
        # ko
        "쿠키를 사용합니다", "쿠키 설정", "모두 수락", "모두 허용", "동의합니다",
    ),
    # Copyright and "powered by" footer lines. Bench, short lines on N sites: "©" 433, "all
    # rights reserved" 153, "powered by" 50, "powered by wordpress" 19, "alle rechte
    # vorbehalten" 17, "creative commons" 15. "copyright" itself and "made with / built with
    # / designed by" credits are in LINE_START_CUES (articles talk about copyright and about
    # what things are built with). NFKC turns "ⓒ" (Korean sites) into "c": "ⓒ 연합뉴스" becomes
    # "c 연합뉴스".
    "copyright": (
        # en
        "all rights reserved", "all right reserved", "some rights reserved",
        "powered by wordpress", "proudly powered by wordpress",
        "powered by wordpress.com vip", "blog at wordpress.com",
        "website powered by wordpress.com", "creative commons",
        "reproduction in whole or in part",
        # de
        "alle rechte vorbehalten", "bloggen auf wordpress.com",
        "stolz präsentiert von wordpress", "nachdruck nur mit genehmigung",
        "nachdruck und vervielfältigung",
        # fr
        "tous droits réservés", "droits réservés", "propulsé par wordpress",
        "fièrement propulsé par wordpress", "reproduction interdite", "toute reproduction",
        "un blog wordpress.com",
        # es
        "todos los derechos reservados", "derechos reservados", "funciona con wordpress",
        "creado con wordpress", "prohibida su reproducción",
        "queda prohibida la reproducción", "blog de wordpress.com",
        # it
        "tutti i diritti riservati", "diritti riservati", "riproduzione riservata",
        "è vietata la riproduzione", "realizzato con wordpress", "creato con wordpress",
        "blog su wordpress.com",
        # pt
        "todos os direitos reservados", "direitos reservados", "é proibida a reprodução",
        "blog no wordpress.com", "site no wordpress.com",
        # nl
        "alle rechten voorbehouden", "trots aangedreven door wordpress",
        "blog op wordpress.com",
        # pl
        "wszelkie prawa zastrzeżone", "wszystkie prawa zastrzeżone", "prawa zastrzeżone",
        "blog na wordpress.com",
        # cs
        "všechna práva vyhrazena", "veškerá práva vyhrazena",
        # sk
        "všetky práva vyhradené",
        # ru
        "все права защищены", "при копировании материалов ссылка обязательна",
        "при использовании материалов ссылка", "перепечатка материалов",
        # uk
        "всі права захищені", "усі права захищені", "при використанні матеріалів",
        "передрук матеріалів",
        # sv
        "alla rättigheter förbehållna", "med ensamrätt",
        # da
        "alle rettigheder forbeholdes",
        # no
        "alle rettigheter reservert",
        # fi
        "kaikki oikeudet pidätetään",
        # hu
        "minden jog fenntartva",
        # ro
        "toate drepturile rezervate",
        # tr
        "tüm hakları saklıdır", "her hakkı saklıdır",
        # el
        "με επιφύλαξη παντός δικαιώματος", "όλα τα δικαιώματα διατηρούνται",
        # ja
        "無断転載を禁じます", "無断転載禁止",
        # zh
        "保留所有权利", "保留所有權利",
        # ko
        "무단 전재 및 재배포 금지", "무단전재 및 재배포 금지", "무단 전재", "재배포 금지",
    ),
    # Legal and policy links. Bench, whole lines: "privacy policy" 161 sites (+50 inside
    # short lines), "terms of use" 66, "datenschutzerklärung" 57, "cookie policy" 33, "terms
    # of service" 26, "nutzungsbedingungen" 19, "do not sell my personal information" 9.
    # Single words ("impressum" 226, "datenschutz" 149, "agb" 61, "privacy", "disclaimer",
    # "regulamin", "personvern", "tietosuoja") also occur in sentences: WHOLE_LINE_CUES.
    "legal": (
        # en
        "privacy policy", "privacy notice", "privacy statement", "terms of use",
        "terms of service", "terms and conditions", "cookie policy", "cookies policy",
        "legal notice", "accessibility statement", "do not sell my personal information",
        "do not sell or share my personal information", "your privacy choices",
        "your california privacy rights", "california privacy rights",
        "privacy & cookies policy", "privacy and cookies policy",
        # Google reCAPTCHA notice, printed under forms on any site that uses it
        "this site is protected by recaptcha", "protected by recaptcha",
        "the google privacy policy and terms of service apply",
        # de
        "datenschutzerklärung", "datenschutzhinweise", "datenschutzbestimmungen",
        "nutzungsbedingungen", "allgemeine geschäftsbedingungen", "cookie-richtlinie",
        "cookie-richtlinie (eu)", "erklärung zur barrierefreiheit", "rechtliche hinweise",
        "widerrufsbelehrung", "diese seite ist durch recaptcha geschützt",
        "diese website ist durch recaptcha geschützt",
        # fr
        "politique de confidentialité", "mentions légales", "conditions d'utilisation",
        "conditions générales d'utilisation", "conditions générales de vente",
        "politique de cookies", "politique relative aux cookies",
        "charte de confidentialité", "gestion des cookies",
        "ce site est protégé par recaptcha",
        # es
        "política de privacidad", "aviso legal", "términos y condiciones",
        "condiciones de uso", "términos de uso", "política de cookies",
        "aviso de privacidad", "este sitio está protegido por recaptcha",
        # it
        "informativa sulla privacy", "informativa privacy", "note legali",
        "termini e condizioni", "condizioni d'uso", "termini di utilizzo",
        "dichiarazione di accessibilità",
        # pt
        "política de privacidade", "termos de uso", "termos e condições",
        "termos de serviço",
        # nl
        "privacybeleid", "privacyverklaring", "cookiebeleid", "cookieverklaring",
        "algemene voorwaarden", "gebruiksvoorwaarden",
        # pl
        "polityka prywatności", "polityka cookies", "polityka plików cookies",
        "warunki korzystania",
        # cs
        "zásady ochrany osobních údajů", "podmínky užívání", "podmínky použití",
        "zásady používání cookies", "obchodní podmínky",
        # sk
        "podmienky používania", "zásady používania cookies", "obchodné podmienky",
        # ru
        "политика конфиденциальности", "пользовательское соглашение",
        "условия использования", "правила использования",
        "политика обработки персональных данных", "политика использования cookie",
        # uk
        "політика конфіденційності", "умови використання", "правила використання",
        "угода користувача", "політика використання cookie",
        # sv
        "integritetspolicy", "personuppgiftspolicy", "användarvillkor", "om cookies",
        # The editor-in-chief that press law makes every Nordic news site name in its footer.
        "ansvarig utgivare",
        # da
        "privatlivspolitik", "cookiepolitik", "persondatapolitik",
        # no
        "personvernerklæring",
        # fi
        "tietosuojaseloste", "tietosuojakäytäntö", "evästekäytäntö",
        # hu
        "adatvédelmi tájékoztató", "adatkezelési tájékoztató", "felhasználási feltételek",
        "süti tájékoztató", "cookie szabályzat",
        # ro
        "politica de confidenţialitate", "termeni şi condiţii", "termeni si conditii",
        "politica de cookies", "politica cookie",
        # tr
        "gizlilik politikası", "kullanım koşulları", "çerez politikası",
        "aydınlatma metni", "kullanım şartları",
        # el
        "πολιτική απορρήτου", "όροι χρήσης", "πολιτική cookies", "όροι και προϋποθέσεις",
        # ja
        "プライバシーポリシー", "個人情報保護方針", "個人情報の取り扱い", "クッキーポリシー", "特定商取引法に基づく表記",
        # zh
        "隱私權政策",
        # ko
        "개인정보처리방침", "개인정보 처리방침", "개인정보취급방침", "청소년보호정책", "이메일무단수집거부",
    ),
    # Account / login / paywall links. Bench, whole lines: "sign in" 46 sites, "log in" 39,
    # "my account" 12, "passwort vergessen" 12, "remember me" 7, "mein konto" 8. Single
    # words ("login" 78, "anmelden" 60, "registrieren" 25, "register", "password", "entrar",
    # "sair", "esci", "вход", "giriş", "kirjaudu") are in WHOLE_LINE_CUES.
    "login": (
        # en
        "log in", "log out", "sign in", "sign out", "create account", "create an account",
        "create a free account", "my account", "forgot password", "forgot your password",
        "lost your password", "remember me", "already have an account",
        "subscribe to read", "subscribers only", "subscriber exclusive",
        "log in to comment", "sign in to comment", "unlock this article", "my profile",
        "already registered",
        # Paywall and sign-up offers inside the article (traf-dev leaks: "Wählen Sie Ihren
        # Zugang und lesen Sie weiter:", "HIER KOSTENLOS ANMELDEN »").
        "choose your access", "wählen sie ihren zugang", "jetzt kostenlos anmelden",
        "hier kostenlos anmelden", "choisissez votre accès", "elige tu acceso",
        # de
        "mein konto", "konto erstellen", "passwort vergessen", "angemeldet bleiben",
        "jetzt registrieren", "bereits abonnent", "bereits registriert", "zum login",
        "mein profil", "jetzt mitglied werden",
        # fr
        "se connecter", "se déconnecter", "mon compte", "créer un compte",
        "mot de passe oublié", "mot de passe", "se souvenir de moi", "déjà abonné",
        "réservé aux abonnés", "vous avez déjà un compte", "créer votre compte",
        "créez votre compte",
        # es
        "iniciar sesión", "inicia sesión", "cerrar sesión", "mi cuenta", "crear cuenta",
        "crear una cuenta", "olvidaste tu contraseña", "olvidé mi contraseña",
        "ya eres suscriptor", "exclusivo para suscriptores",
        # it
        "il mio account", "crea un account", "password dimenticata", "nome utente",
        "sei già abbonato", "riservato agli abbonati", "area riservata",
        # pt
        "iniciar sessão", "terminar sessão", "minha conta", "a minha conta", "criar conta",
        "esqueceu a senha", "esqueci minha senha", "já é assinante",
        "exclusivo para assinantes", "área do assinante",
        # nl
        "mijn account", "account aanmaken", "wachtwoord vergeten", "onthoud mij",
        "al abonnee", "mijn profiel",
        # pl
        "zaloguj się", "wyloguj się", "zarejestruj się", "moje konto", "załóż konto",
        "utwórz konto", "nie pamiętasz hasła", "nazwa użytkownika", "zapamiętaj mnie",
        "przypomnij hasło", "masz już konto",
        # cs
        "přihlásit se", "zaregistrovat se", "můj účet", "vytvořit účet",
        "zapomenuté heslo", "uživatelské jméno", "zapamatovat si mě",
        # sk
        "prihlásiť sa", "zaregistrovať sa", "môj účet", "vytvoriť účet", "zabudnuté heslo",
        "zapamätať si ma",
        # ru
        "личный кабинет", "мой аккаунт", "забыли пароль", "запомнить меня",
        "создать аккаунт",
        # uk
        "особистий кабінет", "мій акаунт", "забули пароль", "запам'ятати мене",
        # sv
        "logga in", "logga ut", "registrera dig", "mitt konto", "skapa konto",
        "glömt lösenordet", "kom ihåg mig",
        # da
        "log ind", "log ud", "opret konto", "min konto", "glemt adgangskode", "husk mig",
        # no
        "logg inn", "logg ut", "registrer deg", "opprett konto", "glemt passord",
        "husk meg",
        # fi
        "kirjaudu sisään", "kirjaudu ulos", "oma tili", "luo tili", "unohditko salasanan",
        "muista minut",
        # hu
        "fiók létrehozása", "elfelejtett jelszó",
        # ro
        "contul meu", "creează cont", "ai uitat parola", "nume de utilizator",
        # tr
        "giriş yap", "oturum aç", "çıkış yap", "kayıt ol", "üye ol", "hesap oluştur",
        "şifremi unuttum", "kullanıcı adı", "beni hatırla", "üye girişi",
        # el
        "ο λογαριασμός μου", "δημιουργία λογαριασμού", "ξεχάσατε τον κωδικό",
        "όνομα χρήστη",
        # ja
        "ログアウト", "マイページ", "アカウント作成", "パスワードを忘れた",
        # ko
        "마이페이지", "비밀번호 찾기", "아이디 찾기",
    ),
    # Comment-form strings of WordPress, Jetpack and SPIP, identical on every site in a
    # language. Bench, short lines on N sites: "deine e-mail-adresse wird nicht
    # veröffentlicht" 37, "erforderliche felder sind mit" 33, "cancel reply" 33, "required
    # fields are marked" 24, "your email address will not be published" 23, "antwort
    # abbrechen" 21, "gib hier deinen kommentar ein" 17, "verbinde mit" 17 (WordPress.com
    # "Verbinde mit %s"). Field labels ("name", "email", "website", "comment", "reply") and
    # the "Δ" honeypot are in WHOLE_LINE_CUES ("Website: https://..." is in 15 short gold
    # paragraphs).
    "comment_form": (
        # en (WordPress core / Jetpack / Disqus strings, identical on every site)
        "your email address will not be published", "required fields are marked",
        "save my name, email, and website in this browser", "save my name, email",
        "save my name", "notify me of follow-up comments by email",
        "notify me of new posts by email", "notify me of new comments via email",
        "notify me of new posts via email", "notify me of", "post comment",
        "submit comment", "post reply", "cancel reply", "click here to cancel reply",
        "you must be logged in to post a comment", "logged in as",
        "this site uses akismet to reduce spam",
        "learn how your comment data is processed", "mail (will not be published)",
        "email (will not be published)", "name (required)", "mail (required)",
        "you can use these html tags", "allowed html tags", "fill in your details below",
        "you are commenting using your", "comments are closed",
        "leave this field empty if you're human", "leave this field empty",
        "comment policy", "comments policy",
        # de
        "ihre e-mail-adresse wird nicht veröffentlicht",
        "deine e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind mit",
        "erforderliche felder sind markiert", "meinen namen, meine e-mail-adresse",
        "in diesem browser speichern", "benachrichtige mich über nachfolgende kommentare",
        "benachrichtige mich über neue beiträge", "kommentar abschicken",
        "kommentar absenden", "antwort abbrechen",
        # The login prompt in place of a news site's comment form (probe of synthetic
        # pages: "Zum Kommentieren bitte anmelden", "Para comentar debes estar registrado").
        "zum kommentieren bitte anmelden", "zum kommentieren anmelden", "entrar para comentar",
        "para comentar tem de", "para comentar é necessário", "para comentar debes",
        "para comentar es necesario", "per commentare è necessario", "per commentare devi",
        "regulamin komentowania", "aby dodać komentarz", "pro vstup do diskuze",
        "pro vstup do diskuse", "yorum yazabilmek için", "yorum yapabilmek için",
        "чтобы оставить комментарий", "щоб залишити коментар", "pentru a publica un comentariu",
        "diese website verwendet akismet, um spam zu reduzieren",
        "erfahre mehr darüber, wie deine kommentardaten verarbeitet werden",
        "gib hier deinen kommentar ein", "trage deine daten unten ein",
        "du kommentierst mit deinem", "benachrichtigung bei weiteren kommentaren",
        "informiere mich über neue beiträge per e-mail", "e-mail (erforderlich)",
        "name (erforderlich)", "adresse wird niemals veröffentlicht", "verbinde mit",
        "angemeldet als", "du musst angemeldet sein, um einen kommentar abzugeben",
        "bitte dieses feld leer lassen",
        # fr
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse email ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée",
        "les champs obligatoires sont indiqués avec",
        "enregistrer mon nom, mon e-mail et mon site dans le navigateur",
        "prévenez-moi de tous les nouveaux commentaires",
        "prévenez-moi de tous les nouveaux articles", "annuler la réponse",
        "laisser un commentaire annuler la réponse", "publier le commentaire",
        "envoyer le commentaire", "ce site utilise akismet pour réduire les indésirables",
        "en savoir plus sur comment les données de vos commentaires sont utilisées",
        "vous devez être connecté pour publier un commentaire",
        "veuillez laisser ce champ vide", "votre adresse de messagerie",
        "votre commentaire",
        # SPIP (a CMS behind many French-language sites) forum form
        "texte de votre message",
        "pour créer des paragraphes, laissez simplement des lignes vides",
        # es
        "tu dirección de correo electrónico no será publicada",
        "su dirección de correo electrónico no será publicada",
        "los campos obligatorios están marcados con",
        "los campos necesarios están marcados",
        "guarda mi nombre, correo electrónico y web en este navegador",
        "avísame por correo electrónico",
        "recibir un email con los siguientes comentarios",
        "notificarme los nuevos comentarios por correo electrónico",
        "notificarme los nuevos posts por correo electrónico", "publicar comentario",
        "enviar comentario", "cancelar respuesta",
        "este sitio usa akismet para reducir el spam",
        "aprende cómo se procesan los datos de tus comentarios",
        "debes iniciar sesión para publicar un comentario",
        # it
        "il tuo indirizzo email non sarà pubblicato",
        "il tuo indirizzo e-mail non sarà pubblicato",
        "i campi obbligatori sono contrassegnati",
        "salva il mio nome, email e sito web in questo browser", "avvisami via email",
        "notificami via e-mail", "pubblica il commento", "invia commento",
        "annulla risposta", "questo sito usa akismet per ridurre lo spam",
        "devi essere connesso per inviare un commento",
        # pt
        "o seu endereço de e-mail não será publicado",
        "o seu endereço de email não será publicado",
        "seu endereço de e-mail não será publicado",
        "seu endereço de email não será publicado",
        "os campos obrigatórios são marcados com", "campos obrigatórios são marcados com",
        "salvar meu nome, e-mail e site neste navegador",
        "guardar o meu nome, email e site neste navegador",
        "notifique-me sobre novos comentários", "publicar comentário", "cancelar resposta",
        "este site utiliza o akismet para reduzir spam",
        "você precisa fazer o login para publicar um comentário",
        # nl
        "je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd",
        "vereiste velden zijn gemarkeerd met", "verplichte velden zijn gemarkeerd met",
        "mijn naam, e-mail en site opslaan in deze browser",
        "bericht mij bij vervolgreacties via e-mail", "reactie plaatsen",
        "reactie annuleren", "deze site gebruikt akismet om spam te verminderen",
        # pl
        "twój adres e-mail nie zostanie opublikowany",
        "twój adres email nie zostanie opublikowany",
        "adres e-mail nie zostanie opublikowany", "wymagane pola są oznaczone",
        "zapamiętaj moje dane w tej przeglądarce",
        "zapisz moje dane, adres e-mail i witrynę w przeglądarce",
        "powiadom mnie o nowych komentarzach", "powiadom mnie o kolejnych komentarzach",
        "opublikuj komentarz", "wyślij komentarz", "anuluj pisanie odpowiedzi",
        "anuluj odpowiedź", "ta witryna wykorzystuje akismet",
        "musisz się zalogować, aby móc dodać komentarz",
        # cs
        "vaše e-mailová adresa nebude zveřejněna",
        "vaše emailová adresa nebude zveřejněna", "vyžadované informace jsou označeny",
        "povinné údaje jsou označeny",
        "uložit do prohlížeče jméno, e-mail a webovou stránku",
        "upozornit mě na nové komentáře", "odeslat komentář", "zrušit odpověď na komentář",
        # sk
        "vaša e-mailová adresa nebude zverejnená",
        "vaša emailová adresa nebude zverejnená", "povinné polia sú označené",
        "uložiť moje meno, e-mail a webovú stránku v tomto prehliadači",
        "upozorniť ma na nové komentáre", "odoslať komentár", "zrušiť odpoveď",
        # ru
        "ваш адрес email не будет опубликован", "ваш e-mail не будет опубликован",
        "ваш адрес электронной почты не будет опубликован", "обязательные поля помечены",
        "сохранить моё имя, email и адрес сайта в этом браузере",
        "сохранить мое имя, email и адрес сайта в этом браузере",
        "уведомлять меня о новых комментариях", "уведомить о новых комментариях",
        "отправить комментарий", "отменить ответ",
        "вы должны войти, чтобы оставить комментарий",
        # uk
        "ваша адреса електронної пошти не буде опублікована",
        "ваш email не буде опубліковано", "обов'язкові поля позначені",
        "зберегти моє ім'я, email у цьому браузері", "повідомляти мене про нові коментарі",
        "надіслати коментар", "відправити коментар", "скасувати відповідь",
        # sv
        "din e-postadress kommer inte publiceras",
        "din e-postadress kommer inte att publiceras", "obligatoriska fält är märkta",
        "spara mitt namn, min e-postadress och webbplats i denna webbläsare",
        "meddela mig om nya kommentarer via e-post", "publicera kommentar",
        "skicka kommentar", "avbryt svar",
        # da
        "din e-mailadresse vil ikke blive publiceret",
        "din email adresse vil ikke blive publiceret", "krævede felter er markeret med",
        "påkrævede felter er markeret med",
        "gem mit navn, mail og websted i denne browser", "send kommentar", "annuller svar",
        # no
        "din e-postadresse vil ikke bli publisert",
        "e-postadressen din vil ikke bli publisert", "påkrevde felter er merket med",
        "obligatoriske felt er merket med",
        "lagre mitt navn, e-post og nettside i denne nettleseren",
        "varsle meg om nye kommentarer via e-post", "publiser kommentar",
        # fi
        "sähköpostiosoitettasi ei julkaista", "pakolliset kentät on merkitty",
        "tallenna nimeni, sähköpostiosoitteeni ja kotisivuni tähän selaimeen",
        "lähetä kommentti", "peruuta vastaus",
        "ilmoita minulle sähköpostitse uusista kommenteista",
        # hu
        "az e-mail címet nem tesszük közzé", "az email címet nem tesszük közzé",
        "a kötelező mezőket", "a nevem, e-mail címem, és weboldalcímem mentése",
        "hozzászólás küldése", "válasz megszakítása",
        # ro
        "adresa ta de email nu va fi publicată", "adresa de email nu va fi publicată",
        "câmpurile obligatorii sunt marcate cu",
        "salvează-mi numele, emailul şi site-ul web în acest navigator",
        "publică comentariul", "trimite comentariul", "anulează răspunsul",
        # tr
        "e-posta adresiniz yayınlanmayacak", "e-posta hesabınız yayımlanmayacak",
        "gerekli alanlar", "adımı, e-posta adresimi ve web site adresimi", "yorum gönder",
        "yorumu gönder", "yanıtı iptal et",
        # el
        "η διεύθυνση email σας δεν δημοσιεύεται", "η ηλ. διεύθυνση σας δεν δημοσιεύεται",
        "τα υποχρεωτικά πεδία σημειώνονται με", "δημοσίευση σχολίου", "υποβολή σχολίου",
        "ακύρωση απάντησης",
        # ja
        "メールアドレスが公開されることはありません", "は必須項目です", "次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する",
        "コメントを送信", "返信をキャンセル",
        # zh
        "您的电子邮箱地址不会被公开", "您的電子郵件地址不會被公開", "必填项已用", "必填欄位標示為",
        # ko
        "이메일 주소는 공개되지 않습니다", "댓글 달기", "답글 취소",
    ),
    # Skip links, back-to-top, menu / search toggles and the WordPress "Meta" widget. Bench,
    # whole lines: "skip to content" 83 sites, "skip to main content" 58, "zum inhalt
    # springen" 29, "back to top" 22, "toggle navigation" 15, "direkt zum inhalt" 14, "zum
    # seitenanfang" 10, "scroll to top" 9. Single words ("close" 66, "schliessen" 31,
    # "menu", "search", "loading") and "view all / see more / load more" buttons are in
    # WHOLE_LINE_CUES; breadcrumbs ("You are here: ...") in LINE_START_CUES.
    "navigation": (
        # en
        "skip to content", "skip to main content", "skip to navigation", "skip to footer",
        "skip to search", "skip navigation", "jump to content", "back to top",
        "scroll to top", "go to top", "top of page", "return to top", "toggle navigation",
        # "back to the list" links under news items (traf-dev leak: "Zurück zur Übersicht")
        "back to overview", "back to the overview", "back to list", "back to the list",
        "zurück zur übersicht", "zurück zur liste", "zurück zur newsübersicht", "retour à la liste",
        "retour à la liste des actualités", "volver al listado", "volver a la lista",
        "torna all'elenco", "voltar à lista", "powrót do listy", "terug naar overzicht",
        "toggle menu", "open menu", "close menu", "open search", "close search",
        "press enter to search", "type to search",
        # WordPress "Meta" sidebar widget
        "entries feed", "comments feed", "entries rss", "comments rss", "wordpress.org",
        # de
        "zum inhalt springen", "direkt zum inhalt", "zum hauptinhalt springen",
        "zum hauptinhalt", "springe zum inhalt", "zur navigation springen",
        "zur navigation", "zurück nach oben", "zum seitenanfang", "zurück zur startseite",
        "menü öffnen", "menü schließen", "suche öffnen", "suche schließen",
        "navigation umschalten", "suchbegriff eingeben", "feed der einträge",
        # fr
        "aller au contenu", "aller au contenu principal", "passer au contenu",
        "aller à la navigation", "aller au menu", "retour en haut",
        "retour en haut de page", "haut de page", "retour à l'accueil", "ouvrir le menu",
        "fermer le menu", "flux des publications", "flux des commentaires",
        # es
        "ir al contenido", "saltar al contenido", "ir al contenido principal",
        "saltar al contenido principal", "volver arriba", "volver al inicio", "abrir menú",
        "cerrar menú", "feed de entradas", "feed de comentarios",
        # it
        "vai al contenuto", "salta al contenuto", "vai al contenuto principale",
        "torna all'inizio", "torna in alto", "apri menu", "chiudi menu",
        # pt
        "ir para o conteúdo", "pular para o conteúdo", "saltar para o conteúdo",
        "ir para o conteúdo principal", "voltar ao topo", "voltar para o topo",
        "abrir menu", "fechar menu",
        # nl
        "naar de inhoud springen", "ga naar de inhoud", "direct naar de inhoud",
        "spring naar inhoud", "terug naar boven", "menu openen", "menu sluiten",
        # pl
        "przejdź do treści", "przejdź do głównej treści", "przejdź do zawartości",
        "przejdź do menu", "przeskocz do treści", "powrót do góry", "wróć na górę",
        "otwórz menu", "zamknij menu",
        # cs
        "přejít k obsahu", "přeskočit na obsah", "přejít na obsah", "skočit na obsah",
        "zpět nahoru", "otevřít menu", "zavřít menu",
        # sk
        "prejsť na obsah", "preskočiť na obsah", "skočiť na obsah", "späť hore",
        "otvoriť menu", "zatvoriť menu",
        # ru
        "перейти к содержимому", "перейти к содержанию", "перейти к основному содержанию",
        "вернуться наверх", "открыть меню", "закрыть меню",
        # uk
        "перейти до вмісту", "перейти до змісту", "перейти до основного вмісту",
        "відкрити меню", "закрити меню",
        # sv
        "hoppa till innehåll", "hoppa till huvudinnehåll", "gå till innehåll",
        "tillbaka till toppen", "öppna meny", "stäng meny",
        # da
        "spring til indhold", "gå til indhold", "spring til hovedindhold",
        "tilbage til toppen", "åbn menu", "luk menu",
        # no
        "hopp til innhold", "hopp til hovedinnhold", "tilbake til toppen", "åpne meny",
        "lukk meny",
        # fi
        "siirry sisältöön", "hyppää sisältöön", "siirry pääsisältöön", "avaa valikko",
        "sulje valikko",
        # hu
        "ugrás a tartalomra", "ugrás a tartalomhoz", "tovább a tartalomra",
        "vissza a tetejére", "az oldal tetejére", "menü megnyitása", "menü bezárása",
        # ro
        "salt la conţinut", "sari la conţinut", "mergi la conţinut", "înapoi sus",
        "deschide meniul", "închide meniul",
        # tr
        "içeriğe geç", "içeriğe atla", "ana içeriğe atla", "sayfa başına dön", "menüyü aç",
        "menüyü kapat",
        # el
        "μετάβαση στο περιεχόμενο", "μετάβαση στο κύριο περιεχόμενο",
        "παράκαμψη προς το περιεχόμενο", "επιστροφή στην κορυφή", "άνοιγμα μενού",
        "κλείσιμο μενού",
        # ja
        "コンテンツへスキップ", "本文へスキップ", "本文へ移動", "ページの先頭へ", "ページトップへ", "トップへ戻る", "メニューを開く",
        "メニューを閉じる",
        # zh
        "跳到主要内容", "跳至主要內容", "跳到主要內容",
        # ko
        "본문 바로가기", "본문으로 바로가기", "주메뉴 바로가기", "메뉴 열기", "메뉴 닫기",
    ),
    # Teaser links in their long, unambiguous forms ("continue reading", "read the full
    # article", "read full story", "read the full story"). The short forms ("more" 74 sites
    # as a whole line, "read more" 46, "learn more" 41, "mehr" 29, "mehr erfahren" 14,
    # "weiterlesen" 8, "lire la suite", "leer más", ...) are in WHOLE_LINE_CUES: "learn more
    # about X." is in 11 short gold paragraphs and some gold bodies keep "READ MORE:
    # <headline>" lines.
    "read_more": (
        # en
        "continue reading", "read the full article", "read full article",
        "read full story", "read the full story", "click here to read more",
        # fr
        "continuer la lecture", "poursuivre la lecture", "pour lire la suite",
        # es
        "leer la nota completa", "ver nota completa",
        # pt
        "ler artigo", "leia o artigo", "leia a matéria completa", "leia na íntegra",
        # nl
        "lees het artikel", "lees het hele artikel",
        # pl
        "czytaj artykuł", "przeczytaj cały artykuł", "czytaj cały artykuł",
        # cs
        "pokračovat ve čtení", "zobrazit celý článek", "přečíst celý článek",
        # sk
        "pokračovať v čítaní", "prečítať celý článok",
        # ru
        "продолжить чтение", "читать статью",
        # uk
        "читати повністю", "продовжити читання",
        # sv
        "fortsätt läsa", "läs hela artikeln",
        # da
        "fortsæt læsning", "læs hele artiklen",
        # no
        "fortsett å lese", "les hele saken", "les hele artikkelen",
        # fi
        "lue koko juttu", "lue koko artikkeli", "jatka lukemista",
        # hu
        "tovább a cikkhez", "a teljes cikk",
        # ro
        "citeşte mai departe", "citeşte tot articolul", "continuă lectura",
        "citeşte articolul",
        # tr
        "devamını okumak için tıklayın", "devamı için tıklayın",
        # el
        "διαβάστε τη συνέχεια", "διαβάστε ολόκληρο το άρθρο",
        # ja
        "続きはこちら", "詳しくはこちら", "記事を読む", "詳細はこちら", "全文を読む",
        # ko
        "자세히 보기", "전체 기사 보기", "기사 전문 보기", "계속 읽기",
    ),
    # Newsletter form texts. Bench, short lines on N sites: "your email address" 38,
    # "subscribe to our newsletter" 22, "newsletter abonnieren" 22, "enter your email" 12,
    # "delivered to your inbox" 8, Webflow form messages "oops! something went wrong while
    # submitting the form" 10 and "thank you! your submission has been received" 7.
    "newsletter": (
        # A newsletter named by its rhythm or price (traf-dev leaks: "Get the Most Popular
        # ... Stories in a Weekly Newsletter", "Holen Sie sich meinen kostenlosen Newsletter").
        "weekly newsletter", "daily newsletter", "kostenlosen newsletter",
        "wöchentlichen newsletter", "täglichen newsletter", "newsletter gratuite",
        "newsletter gratuita", "boletín gratuito", "darmowy newsletter",
        # en
        "subscribe to our newsletter", "sign up for our newsletter",
        "sign up to our newsletter", "join our newsletter", "join our mailing list",
        "get our newsletter", "delivered to your inbox", "straight to your inbox",
        "direct to your inbox", "enter your email", "enter your email address",
        "i agree to receive", "unsubscribe at any time", "you can unsubscribe at any time",
        "by subscribing, you agree", "by signing up, you agree",
        "thank you! your submission has been received",
        "oops! something went wrong while submitting the form",
        # de
        "newsletter abonnieren", "zum newsletter anmelden",
        "melden sie sich für unseren newsletter an", "abonnieren sie unseren newsletter",
        "ihre e-mail-adresse", "e-mail-adresse eingeben", "abmeldung jederzeit möglich",
        "jederzeit abbestellbar", "vielen dank für ihre anmeldung",
        # fr
        "inscrivez-vous à notre newsletter", "abonnez-vous à notre newsletter",
        "inscrivez-vous à la newsletter", "recevez notre newsletter",
        "votre adresse e-mail", "votre adresse email",
        "vous pouvez vous désinscrire à tout moment",
        # es
        "suscríbete a nuestro newsletter", "suscríbete a nuestra newsletter",
        "suscríbete a nuestro boletín", "recibe nuestro boletín", "tu correo electrónico",
        "puedes darte de baja en cualquier momento",
        # it
        "iscriviti alla nostra newsletter", "iscriviti alla newsletter",
        "il tuo indirizzo email",
        # pt
        "assine nossa newsletter", "assine a nossa newsletter", "receba nossa newsletter",
        "inscreva-se na nossa newsletter", "o seu e-mail",
        # nl
        "schrijf je in voor onze nieuwsbrief", "meld je aan voor onze nieuwsbrief",
        "ontvang onze nieuwsbrief",
        # pl
        "zapisz się do newslettera", "zapisz się na newsletter", "twój adres e-mail",
        # cs / sk
        "přihlaste se k odběru newsletteru", "prihláste sa na odber newslettera",
        # ru / uk
        "подпишитесь на нашу рассылку", "подпишитесь на рассылку",
        "підпишіться на нашу розсилку", "підпишіться на розсилку",
        # sv / da / no / fi
        "prenumerera på vårt nyhetsbrev", "tilmeld dig vores nyhedsbrev",
        "meld deg på vårt nyhetsbrev", "tilaa uutiskirjeemme",
        # hu / ro / tr / el
        "iratkozz fel hírlevelünkre", "iratkozzon fel hírlevelünkre",
        "abonează-te la newsletter", "e-bültene abone ol", "bültenimize abone olun",
        "εγγραφείτε στο newsletter μας",
        # ja / zh / ko
        "メルマガ登録", "ニュースレターに登録", "订阅我们的电子报", "訂閱電子報", "뉴스레터 구독",
    ),
    # Image-credit sources that are safe anywhere in a short line: stock-photo and
    # picture-agency names. Bench, short lines on N sites: "getty images" 32, "shutterstock"
    # 15, "unsplash" 12, "istock" 7, "pixabay" 7. Generic words ("foto" 67 sites, "image(s)"
    # 54-56, "photo(s)" 49-50, "bild" 35) are in LINE_START_CUES ("Foto: dpa", "Photo: Getty
    # Images"). Some gold bodies keep captions with credits ("(Image credit: All About
    # Space)"): drop a credit-only line, not a caption.
    "photo_credit": (
        # generic / en
        "getty images", "getty", "via getty images", "shutterstock", "istockphoto",
        "ap photo", "afp photo", "reuters photo", "file photo", "illustrative image",
        "stock photo", "unsplash", "pexels", "pixabay", "wikimedia commons", "adobe stock",
        "imago images", "picture alliance", "zuma press", "anadolu agency", "sopa images",
        # fr
        "image d'illustration", "photo d'illustration", "hans lucas",
        # es
        "foto de archivo", "foto ilustrativa", "imagen de archivo", "imagen ilustrativa",
        # it
        "foto di repertorio", "immagine di repertorio", "foto d'archivio",
        # pt
        "foto de arquivo", "imagem ilustrativa",
        # nl
        "foto ter illustratie",
        # pl
        "zdjęcie ilustracyjne", "zdjęcie poglądowe", "materiały prasowe",
        "domena publiczna", "east news", "agencja gazeta",
        # cs
        "ilustrační foto", "ilustrační snímek", "ilustrační obrázek",
        # sk
        "ilustračná snímka", "ilustračné foto",
        # ru
        "фото из открытых источников", "фото из архива", "кадр из видео",
        "иллюстративное фото",
        # uk
        "ілюстративне фото", "фото з відкритих джерел", "кадр з відео",
        # da
        "ritzau scanpix",
        # ro
        "foto ilustrativ", "inquam photos",
        # ko
        "게티이미지",
    ),
}

# Cues that count ONLY when they are the whole normalised line (numbers, list markers and
# surrounding punctuation removed, see the module docstring): single words, generic buttons
# and counter words. Chosen by rule and checked on the bench: every single word of a non-CJK
# language except long UI compounds, CJK cues of up to 4 characters, counter words,
# multi-word cues found in short gold paragraphs or traf-dev "with" snippets or generic in
# English ("read more", "view all", "get started", "accept all", "community guidelines"),
# and the translations that read as ordinary phrases in their language ("de acord", "принять
# все", "jetzt kaufen", "naar boven", "protección de datos", "partita iva").
WHOLE_LINE_CUES: dict[str, tuple[str, ...]] = {
    # single button words: "email" (82 sites whole line), "share", "teilen" (labels, see
    # LINE_START_CUES), "print" 17, "tweet" 21, "whatsapp" 27, "drucken" 17, "twittern" 14,
    # "gefällt mir" 16.
    "share": (
        # en
        "tweet", "pin", "save", "bookmark", "email", "e-mail", "whatsapp", "print",
        "shares", "like this", "like", "permalink",
        # de
        "zum teilen", "drucken", "twittern", "merken", "speichern", "versenden", "gefällt mir",
        # fr
        "imprimer", "enregistrer", "j'aime", "permalien",
        # es
        "imprimir", "me gusta",
        # it
        "stampa", "mi piace",
        # pt
        "curtir",
        # nl
        "afdrukken", "printen",
        # pl
        "drukuj", "lubię to",
        # cs
        "tisk", "tisknout", "vytisknout",
        # sk
        "tlačiť", "vytlačiť",
        # ru
        "распечатать", "печать",
        # uk
        "друк", "надрукувати",
        # sv
        "skriv ut", "mejla", "e-post",
        # da
        "udskriv",
        # fi
        "tulosta", "sähköposti",
        # hu
        "nyomtatás",
        # ro
        "printează", "tipăreşte",
        # tr
        "yazdır",
        # el
        "εκτύπωση",
        # ja
        "ツイート", "印刷",
        # zh
        "分享到", "打印", "列印", "复制链接", "複製連結", "复制网址",
        # ko
        "공유하기", "인쇄", "카카오톡", "페이스북", "트위터",
    ),
    # "advertising" 25 sites, "anzeige" 33, "werbung" 29, "sponsored" 8; "ad"/"ads" (55 and
    # 49 sites inside other lines, in 29 gold bodies).
    "advert": (
        # en
        "advertising", "advert", "adverts", "ad", "ads", "sponsored", "promoted", "story continues below",
        "affiliate links", "affiliate link", "we use income earning auto affiliate links",
        # de
        "anzeige", "werbung", "gesponsert", "werbemitteilung", "affiliate-links",
        "affiliate-link", "werbelinks", "provisionslinks",
        # fr
        "publicité", "pub", "sponsorisé", "publi-rédactionnel",
        # es
        "publicidad", "anuncio", "anuncios", "patrocinado", "continúa leyendo",
        # it
        "pubblicità", "sponsorizzato",
        # pt
        "publicidade", "anúncio",
        # nl
        "advertentie", "advertenties", "gesponsord", "reclame", "partnercontent",
        # pl
        "reklama", "reklamy", "sponsorowane",
        # cs
        "inzerce", "sponzorováno",
        # sk
        "inzercia", "sponzorované",
        # ru
        "реклама", "спецпроект",
        # uk
        "спецпроєкт",
        # sv
        "annons", "annonser", "sponsrat", "annonsörsinnehåll", "reklam",
        # da
        "annonce", "sponsoreret", "reklame",
        # no
        "annonse", "sponset", "annonsørinnhold",
        # fi
        "mainos", "mainokset", "sponsoroitu",
        # hu
        "hirdetés", "reklám", "szponzorált", "pr-cikk",
        # ro
        "publicitate", "reclamă", "sponsorizat",
        # tr
        "reklamlar", "sponsorlu",
        # el
        "διαφήμιση", "χορηγούμενο", "διαφημιστικό",
        # ja
        "広告", "pr",
        # zh
        "广告", "廣告", "赞助", "贊助", "推广", "推廣", "赞助内容",
        # ko
        "광고", "스폰서",
        # en
        "get started", "free trial", "try it now", "get a quote", "buy now", "shop now",
        "download now", "donate", "donate now", "support us",
        # de
        "jetzt starten", "kostenlos testen", "jetzt kaufen", "jetzt bestellen", "spenden",
        "jetzt spenden",
        # fr
        "essai gratuit", "soutenez-nous",
        # es
        "prueba gratis", "comprar ahora", "donar", "dona ahora", "apóyanos",
        # it
        "prova gratis", "acquista ora", "dona ora", "sostienici",
        # pt
        "teste grátis", "compre agora", "doe agora", "apoie",
        # nl
        "probeer gratis", "koop nu", "doneer", "steun ons",
        # pl
        "kup teraz", "wesprzyj nas", "wspieraj nas",
        # cs / sk
        "vyzkoušet zdarma", "koupit", "podpořte nás", "podporte nás",
        # ru / uk
        "купить", "поддержать", "підтримати", "підтримати нас",
        # sv / da / no / fi
        "köp nu", "stöd oss", "køb nu", "støt os", "kjøp nå", "støtt oss", "osta nyt",
        "tue meitä",
        # hu / ro / tr / el
        "vásárlás", "támogass minket", "încearcă gratuit", "cumpără acum", "susţine-ne",
        "ücretsiz dene", "bizi destekleyin", "δοκιμάστε δωρεάν", "αγοράστε τώρα",
        "στηρίξτε μας",
        # ja / zh / ko
        "免费试用", "立即购买", "下载应用", "무료 체험", "지금 구매",
        # Booking, quote, deal and review buttons of product and service guides, alone on
        # their line under each item (wcxb-dev leaks: "Book now", "Book a tour", "Read Full
        # Review", "Get started today", 20 pages).
        # en
        "book now", "book a tour", "book a call", "book a consultation",
        "book a free consultation", "schedule a call", "schedule a call today",
        "get started today", "get started now", "read full review", "read the full review",
        "read review", "read reviews", "read our review", "get a free quote",
        "request a quote", "get deal", "view deal", "see deal", "check price",
        "check prices", "see pricing", "view pricing",
        # de
        "jetzt buchen", "termin buchen", "angebot anfordern", "zum angebot", "preis prüfen",
        "test lesen", "zum test", "jetzt loslegen",
        # fr
        "réservez maintenant", "réserver maintenant", "demander un devis", "voir l'offre",
        "voir le prix", "lire l'avis", "lire le test", "commencer maintenant",
        # es / pt
        "reserva ahora", "reservar ahora", "solicitar presupuesto", "pedir presupuesto",
        "ver oferta", "ver precio", "leer reseña", "empieza ahora", "reserve agora",
        "solicite um orçamento", "peça um orçamento", "ver preço", "leia a análise",
        "comece agora",
        # it
        "prenota ora", "richiedi un preventivo", "vedi offerta", "vedi prezzo",
        "leggi la recensione", "inizia ora",
        # nl
        "boek nu", "nu boeken", "offerte aanvragen", "bekijk aanbieding", "bekijk prijs",
        "lees de review", "begin nu",
        # pl
        "zarezerwuj teraz", "poproś o wycenę", "zobacz ofertę", "sprawdź cenę",
        "przeczytaj recenzję", "zacznij teraz",
    ),
    "read_time": (
        # en
        "time to read",
        # "Čtení na 3 minuty" (cs), "Leitura: 3 min" (pt), "Lectura: 3 min" (es),
        # "Lettura 3 min" (it), "Lecture 3 min." (fr): the number dropped.
        "čtení na minuty", "čtení na minut", "čtení na minutu", "leitura min", "lectura min",
        "lettura min", "lecture min", "czytanie min",
        "мин на чтение", "минут на чтение", "минуты на чтение",
        # ja
        "読了時間",
        # zh
        "分钟阅读", "分鐘閱讀", "阅读时间", "閱讀時間",
        # ko
        "분 읽기", "분 소요",
    ),
    # counter words: only when the line is a number and this word ("12 Comments",
    # "Kommentare: 3", "1.2k reads", "885 words"). Bench: "<n> comments/kommentare" lines on
    # 76 sites.
    "counter": (
        # en
        "view", "comments", "comment", "likes", "like", "shares", "reads", "read", "votes",
        "vote", "replies", "reply", "responses", "response", "reactions", "followers",
        "subscribers", "hits", "claps", "words", "rating votes",
        # de
        "aufrufe", "aufruf", "kommentare", "kommentar", "gelesen", "bewertungen",
        "bewertung", "zugriffe", "ansichten", "leser", "antworten", "wörter",
        # fr
        "vues", "vue", "commentaires", "commentaire", "lectures", "partages", "j'aime",
        "réactions", "lu fois",
        # es
        "vistas", "visitas", "lecturas", "comentarios", "comentario", "me gusta",
        "compartidos", "reacciones", "votos",
        # it
        "visite", "letture", "commenti", "commento", "mi piace", "condivisioni", "voti",
        # pt
        "comentários", "comentário", "leituras", "curtidas", "compartilhamentos",
        "acessos",
        # nl
        "weergaven", "reacties", "reactie", "stemmen",
        # pl
        "wyświetlenia", "wyświetlenie", "odsłony", "komentarzy", "komentarze", "komentarz",
        "polubień", "udostępnień", "głosów",
        # cs
        "zobrazení", "přečtení", "komentářů", "komentáře", "komentář", "sdílení", "hlasů",
        # sk
        "prečítaní", "komentárov", "komentáre", "komentár", "zdieľaní", "hlasov",
        # ru
        "просмотра", "просмотр", "просмотры", "комментариев", "комментария", "комментарий",
        "комментарии", "прочтений", "лайков", "репостов", "оценок",
        # uk
        "перегляди", "перегляд", "коментарів", "коментарі", "коментар", "вподобань",
        "прочитань",
        # sv
        "visningar", "kommentarer", "läst", "delningar",
        # da
        "visninger", "delinger", "læst",
        # no
        "lest",
        # fi
        "kommenttia", "näyttökertaa", "tykkäystä", "jakoa",
        # hu
        "megtekintés", "megtekintések", "hozzászólás", "kedvelés",
        # ro
        "afişări", "comentarii", "aprecieri", "distribuiri", "citiri",
        # tr
        "okunma", "yorum", "beğeni", "paylaşım",
        # el
        "σχόλια", "αναγνώσεις",
        # ja
        "閲覧数", "ビュー", "いいね", "コメント",
        # zh
        "阅读", "閱讀", "浏览", "瀏覽", "阅读量", "浏览量", "点赞", "評論", "评论", "次阅读", "次浏览", "人阅读",
        # ko
        "조회수", "조회", "댓글", "추천", "공감",
    ),
    # consent buttons.
    "cookie": (
        # en
        "accept all", "allow all", "reject all", "deny all", "manage preferences",
        "save preferences", "save settings", "accept", "i accept", "got it", "agree",
        "i agree", "decline", "customize", "customise", "only necessary", "reject",
        # de
        "alle akzeptieren", "alle ablehnen", "akzeptieren", "ablehnen", "zustimmen",
        "alle zulassen", "einverstanden", "cookie-hinweis",
        # fr
        "tout accepter", "accepter tout", "tout refuser", "refuser tout", "personnaliser",
        "accepter", "refuser", "j'accepte",
        # es
        "aceptar todas", "aceptar todo", "rechazar todas", "rechazar todo", "aceptar",
        "rechazar", "acepto",
        # it
        "accetta tutti", "accetta tutto", "rifiuta tutti", "rifiuta tutto", "accetta",
        "rifiuta", "personalizza", "accetto",
        # pt
        "aceitar todos", "aceitar tudo", "rejeitar todos", "rejeitar tudo", "aceitar",
        "rejeitar", "aceito", "concordo",
        # nl
        "alles accepteren", "alles weigeren", "cookie-instellingen", "accepteren",
        "weigeren", "akkoord",
        # pl
        "akceptuję", "akceptuj", "odrzuć wszystkie", "zgadzam się", "zaakceptuj", "odrzuć",
        "dostosuj",
        # cs
        "přijmout vše", "přijmout všechny", "odmítnout vše", "souhlasím", "přijmout",
        "odmítnout", "rozumím", "povolit vše", "přizpůsobit",
        # sk
        "prijať všetko", "prijať všetky", "odmietnuť všetko", "súhlasím", "prijať",
        "odmietnuť", "rozumiem", "povoliť všetko",
        # ru
        "принять все", "принять", "отклонить все", "согласен", "я согласен", "понятно",
        # uk
        "прийняти все", "прийняти всі", "відхилити все", "погоджуюсь", "прийняти",
        "зрозуміло",
        # sv
        "godkänn alla", "acceptera alla", "avvisa alla", "neka alla", "godkänn",
        "acceptera", "jag godkänner",
        # da
        "accepter alle", "tillad alle", "afvis alle", "afvis", "jeg accepterer",
        "kun nødvendige", "tilpas",
        # no
        "godta alle", "aksepter alle", "avvis alle", "godta", "aksepter", "avvis",
        # fi
        "hyväksy kaikki", "hylkää kaikki", "hyväksy", "hylkää",
        # hu
        "elfogadom", "mindet elfogadom", "elutasítom", "elfogadás",
        # ro
        "accept toate", "acceptă toate", "acceptă", "refuză toate", "respinge toate",
        "de acord", "am înţeles", "personalizează",
        # tr
        "kabul et", "kabul ediyorum", "tümünü reddet", "reddet", "tamam", "anladım",
        # el
        "αποδοχή όλων", "αποδοχή", "απόρριψη όλων", "απόρριψη", "συμφωνώ", "αποδέχομαι",
        "εντάξει",
        # ja
        "同意する", "拒否する",
        # zh
        "接受所有", "全部接受", "接受", "拒绝", "拒絕", "同意", "我知道了", "我同意",
        # ko
        "수락", "거부", "동의",
    ),
    "copyright": (
        # en
        "©", "(c)", "licensed under", "may not be reproduced", "without permission",
        # de
        "urheberrecht",
        # sv
        "upphovsrätt",
        # da
        "ophavsret",
        # no
        "opphavsrett",
        # fi
        "tekijänoikeus",
        # hu
        "szerzői jog",
        # ro
        "drepturi de autor",
        # tr
        "telif hakkı",
        # el
        "πνευματικά δικαιώματα",
        # ja
        "無断転載", "著作権",
        # zh
        "版权所有", "版權所有", "未经授权", "版权声明", "版權聲明",
        # ko
        "무단전재", "저작권자",
    ),
    # "impressum" 226 sites, "datenschutz" 149, "agb" 61.
    "legal": (
        # en
        "privacy", "terms & conditions", "disclaimer", "imprint", "community guidelines",
        # de
        "datenschutz", "impressum", "agb", "barrierefreiheit", "haftungsausschluss",
        "haftungshinweis", "haftungshinweise", "haftung für links", "netiquette",
        # fr
        "cgu", "cgv", "données personnelles", "protection des données", "vie privée",
        # es
        "protección de datos",
        # it
        "p.iva", "p. iva", "partita iva",
        # pt
        "proteção de dados",
        # pl
        "regulamin", "ochrona danych osobowych", "rodo",
        # cs
        "ochrana osobních údajů",
        # sk
        "ochrana osobných údajov",
        # ru
        "правовая информация",
        # sv
        "cookiepolicy", "dataskyddspolicy", "tillgänglighetsredogörelse",
        # da
        "handelsbetingelser", "brugervilkår",
        # no
        "personvern", "brukervilkår", "personvernpolicy",
        # fi
        "tietosuoja", "käyttöehdot", "saavutettavuusseloste",
        # hu
        "adatvédelem", "ászf", "impresszum",
        # ro
        "protecţia datelor",
        # tr
        "kvkk", "kişisel verilerin korunması",
        # el
        "προστασία προσωπικών δεδομένων",
        # ja
        "利用規約", "免責事項",
        # zh
        "隐私政策", "隱私政策", "用户协议", "使用条款", "使用條款", "服务条款", "服務條款", "免责声明", "免責聲明",
        # ko
        "이용약관",
    ),
    # "login" 78 sites, "anmelden" 60, "registrieren" 25, "abmelden" 11.
    "login": (
        # en
        "login", "logout", "register", "username", "password", "already a subscriber",
        "for subscribers", "become a member", "join now",
        # de
        "anmelden", "abmelden", "einloggen", "ausloggen", "registrieren", "benutzername",
        "passwort", "mitglied werden",
        # fr
        "connexion", "déconnexion", "inscription", "identifiant",
        # es
        "regístrate", "registrarse", "contraseña", "recordarme", "ingresar", "entrar",
        "hazte miembro",
        # it
        "accedi", "esci", "registrati", "ricordami",
        # pt
        "sair", "registe-se", "registrar", "senha", "lembrar-me",
        # nl
        "inloggen", "uitloggen", "registreren", "gebruikersnaam", "wachtwoord",
        # pl
        "zaloguj", "wyloguj", "rejestracja", "logowanie", "hasło",
        # cs
        "přihlásit", "přihlášení", "odhlásit", "registrace", "heslo",
        # sk
        "prihlásiť", "prihlásenie", "odhlásiť", "registrácia",
        # ru
        "войти", "вход", "выйти", "выход", "регистрация", "зарегистрироваться", "пароль",
        "логин", "авторизация",
        # uk
        "увійти", "вхід", "вийти", "реєстрація", "зареєструватися", "логін",
        # sv
        "lösenord", "användarnamn",
        # da
        "adgangskode", "brugernavn",
        # no
        "passord", "min side",
        # fi
        "kirjaudu", "rekisteröidy", "salasana", "käyttäjätunnus",
        # hu
        "bejelentkezés", "belépés", "kijelentkezés", "kilépés", "regisztráció",
        "regisztrálok", "fiókom", "jelszó", "felhasználónév",
        # ro
        "autentificare", "conectare", "deconectare", "înregistrare", "înregistrează-te",
        "parola",
        # tr
        "giriş", "çıkış", "hesabım", "şifre",
        # el
        "σύνδεση", "αποσύνδεση", "είσοδος", "έξοδος", "εγγραφή", "κωδικός",
        # ja
        "ログイン", "新規登録", "会員登録", "パスワード",
        # zh
        "登录", "登錄", "登入", "注册", "註冊", "退出", "登出", "我的账户", "我的帳戶", "忘记密码", "忘記密碼", "会员登录",
        # ko
        "로그인", "로그아웃", "회원가입",
    ),
    # "name" 27 sites, "website" 82, "email" 82 as whole lines; "δ" 15 (the "Δ" honeypot of
    # WordPress forms).
    "comment_form": (
        # en
        "leave a reply", "leave a comment", "comment", "name", "email", "website",
        "your comment", "your name", "your email", "(required)", "reply", "δ",
        # fr
        "qui êtes-vous",
        # zh
        "取消回复", "取消回覆",
    ),
    # "close" 66 sites, "schliessen" 31, "view all" 22, "nach oben" 26 (also "upwards" in
    # German prose).
    "navigation": (
        # en
        "back to home", "search for", "load more", "show more", "view all", "see all",
        "see more", "view more", "close", "menu", "search", "loading",
        # de
        "zur suche", "nach oben", "zur startseite", "mehr anzeigen", "alle anzeigen",
        "mehr laden", "weitere laden", "schließen", "schliessen", "wird geladen", "lade",
        "kommentare-feed",
        # fr
        "afficher plus", "voir plus", "voir tout", "charger plus", "fermer", "chargement",
        # es
        "ir arriba", "ver todo", "ver todas", "cargar más", "mostrar más", "cerrar",
        "cargando",
        # it
        "torna su", "mostra di più", "vedi tutti", "vedi tutto", "carica altri", "chiudi",
        "caricamento",
        # pt
        "ver todos", "carregar mais", "mostrar mais", "fechar", "carregando",
        # nl
        "naar boven", "toon meer", "meer laden", "bekijk alle", "sluiten",
        # pl
        "do góry", "na górę", "pokaż więcej", "zobacz wszystkie", "załaduj więcej",
        "wczytaj więcej", "zamknij", "ładowanie",
        # cs
        "nahoru", "zobrazit více", "načíst další", "zobrazit vše", "zavřít",
        # sk
        "hore", "zobraziť viac", "načítať ďalšie", "zobraziť všetko", "zavrieť",
        # ru
        "наверх", "показать еще", "показать ещё", "загрузить еще", "загрузить ещё",
        "смотреть все", "все новости", "закрыть", "загрузка",
        # uk
        "вгору", "догори", "показати ще", "завантажити ще", "усі новини", "всі новини",
        "закрити",
        # sv
        "till toppen", "visa fler", "visa mer", "ladda fler", "visa alla", "stäng",
        # da
        "vis flere", "vis mere", "indlæs flere", "se alle", "luk",
        # no
        "last flere", "lukk",
        # fi
        "takaisin ylös", "näytä lisää", "lataa lisää", "näytä kaikki", "sulje",
        # hu
        "mutass többet", "bezárás",
        # ro
        "vezi mai mult", "vezi toate", "încarcă mai multe", "închide",
        # tr
        "başa dön", "yukarı çık", "daha fazla göster", "daha fazla yükle", "tümünü gör",
        "kapat",
        # el
        "δείτε όλα", "φόρτωση περισσότερων", "κλείσιμο",
        # ja
        "すべて見る", "一覧を見る", "閉じる",
        # zh
        "跳至内容", "返回顶部", "回到顶部", "回到頂部", "返回頂部", "加载更多", "載入更多", "关闭", "關閉",
        # ko
        "맨 위로", "상단으로", "전체보기", "닫기",
    ),
    # "more" 74 sites, "read more" 46, "learn more" 41, "mehr" 29, "mehr erfahren" 14.
    "read_more": (
        # en
        "read more", "keep reading", "read the rest", "read on", "full story",
        "read article", "view article", "more", "learn more", "find out more", "see more",
        "click here", "continue",
        # de
        "weiterlesen", "mehr lesen", "mehr erfahren", "ganzen artikel lesen",
        "artikel lesen", "zum artikel", "hier weiterlesen", "jetzt weiterlesen",
        "mehr dazu", "zum beitrag", "beitrag lesen", "mehr", "weiter",
        # fr
        "lire la suite", "lire plus", "en savoir plus", "lire l'article", "voir l'article",
        "la suite", "suite", "lire",
        # es
        "leer más", "sigue leyendo", "seguir leyendo", "continuar leyendo",
        "leer artículo", "ver más", "saber más", "lee más", "leer completo",
        "más información",
        # it
        "leggi tutto", "leggi di più", "continua a leggere", "leggi l'articolo",
        "scopri di più", "approfondisci", "continua",
        # pt
        "leia mais", "ler mais", "continue lendo", "continuar lendo", "continuar a ler",
        "saiba mais", "ver mais",
        # nl
        "lees meer", "lees verder", "verder lezen", "meer lezen", "meer informatie",
        "meer weten", "bekijk meer",
        # pl
        "czytaj więcej", "czytaj dalej", "przeczytaj więcej", "dowiedz się więcej",
        "zobacz więcej", "czytaj całość", "więcej",
        # cs
        "číst dále", "číst více", "celý článek", "zjistit více", "více informací", "více",
        # sk
        "čítať ďalej", "čítať viac", "celý článok", "zistiť viac", "viac informácií",
        "viac",
        # ru
        "читать далее", "читать дальше", "читать полностью", "подробнее", "читать еще",
        "читать ещё", "узнать больше", "полный текст",
        # uk
        "читати далі", "читати більше", "детальніше", "дізнатися більше", "докладніше",
        # sv
        "läs mer", "läs vidare", "läs artikeln",
        # da
        "læs mere", "læs videre", "læs artiklen",
        # no
        "les mer", "les videre", "les saken",
        # fi
        "lue lisää", "lue juttu",
        # hu
        "tovább", "tovább olvasom", "bővebben", "olvass tovább", "olvasson tovább",
        "teljes cikk",
        # ro
        "citeşte mai mult", "citeste mai mult", "mai mult",
        # tr
        "devamını oku", "devamı", "haberin devamı", "daha fazla oku", "tümünü oku",
        # el
        "διαβάστε περισσότερα", "συνέχεια", "περισσότερα", "δείτε περισσότερα",
        # ja
        "続きを読む", "もっと読む", "もっと見る",
        # zh
        "阅读全文", "閱讀全文", "阅读更多", "閱讀更多", "查看全文", "继续阅读", "繼續閱讀", "查看更多", "更多", "详情", "詳情",
        # ko
        "더보기", "더 보기", "더 읽기",
    ),
    "newsletter": (
        # en
        "in your inbox", "your email address", "email address",
        "thank you for subscribing", "thanks for subscribing", "check your inbox",
        # pt
        "seu e-mail",
        # The sign-up button of a newsletter box (probe of synthetic pages).
        "je m'inscris", "suscribirme", "apúntate", "iscrivimi", "inscrever-se", "cadastrar",
        "zapisuję się", "odebírat", "mă abonez", "登録する",
        # nl
        "je e-mailadres",
        # ru / uk
        "ваш e-mail",
    ),
    "photo_credit": (
        # generic / en
        "istock", "epa", "epa-efe", "alamy", "dreamstime", "imago", "picture-alliance",
        "sipa", "abaca", "nurphoto",
        # de
        "symbolbild", "archivbild", "dpa-bildfunk", "keystone",
        # fr
        "maxppp",
        # es
        "cortesía",
        # it
        "lapresse", "fotogramma",
        # pt
        "reprodução", "divulgação",
        # cs
        "profimedia",
        # ru
        "скриншот",
        # uk
        "скріншот",
        # sv
        "arkivbild", "illustrationsbild",
        # da
        "arkivfoto", "scanpix",
        # no
        "illustrasjonsfoto",
        # fi
        "kuvituskuva", "arkistokuva", "lehtikuva",
        # el
        "eurokinissi",
        # zh
        "资料图", "資料照",
    ),
}

# Cues that count only at the START of a short line, followed by punctuation (":", "/", "|",
# "©", "(", "-") or by a short name, list or headline: credit labels ("Foto: dpa"),
# "Sponsored by <brand>", "Copyright 2024 <owner>", "Share: Facebook Twitter", inline "Read
# also: <headline>" links, breadcrumbs ("You are here: Home › News"). A bare generic label
# ("Photo", "Share") alone on its line also counts.
LINE_START_CUES: dict[str, tuple[str, ...]] = {
    # "Share:" / "Teilen:" followed by network names, and "Share on <network>" rows.
    "share": (
        # en
        "share via", "share this with", "share",
        # de
        "teilen", "teilen mit",
        # fr
        "partager",
        # es
        "compartir",
        # it
        "condividi",
        # pt
        "compartilhar", "compartilhe", "partilhar",
        # nl
        "delen",
        # pl
        "udostępnij",
        # cs
        "sdílet",
        # sk
        "zdieľať",
        # ru
        "поделиться",
        # uk
        "поділитися",
        # sv
        "dela",
        # hu
        "megosztás",
        # ro
        "distribuie",
        # tr
        "paylaş",
        # el
        "κοινοποίηση",
        # ja
        "シェア",
        # zh
        "分享",
        # ko
        "공유",
    ),
    # "Sponsored by <brand>", "Presented by <brand>", "Präsentiert von <brand>", "Ads by
    # <network>".
    "advert": (
        # en
        "sponsored by", "ads by", "recommended by", "presented by", "brought to you by",
        "in partnership with", "supported by",
        # de
        "in kooperation mit", "präsentiert von", "unterstützt von",
        # fr
        "en partenariat avec",
        # es
        "en alianza con",
        # it
        "in collaborazione con",
        # pt
        "oferecido por",
        # sv
        "i samarbete med",
        # da
        "i samarbejde med",
        # no
        "i samarbeid med",
        # ro
        "articol susţinut de",
    ),
    # reading-time labels: "Lesezeit: 3 Min.", "Lukuaika 4 min".
    "read_time": (
        # de
        "lesezeit", "lesedauer",
        # nl
        "leestijd",
        # sv
        "lästid",
        # da
        "læsetid",
        # no
        "lesetid",
        # fi
        "lukuaika",
    ),
    # "Copyright 2024 <owner>", "Powered by <cms>", "Designed by <agency>", "Made with
    # <tool>".
    "copyright": (
        # en
        "copyright", "powered by", "theme by", "designed by", "website by", "site by",
        "built with", "made with",
        # de
        "theme von", "erstellt mit",
        # fr
        "thème par",
        # es
        "tema por",
    ),
    "comment_form": (
        "thoughts on", "one thought on", "responses to", "antworten zu", "gedanken zu",
        "kommentare zu", "réflexions sur", "une réflexion sur", "comentarios en",
        "un comentario en", "respuestas a", "pensieri su", "un pensiero su", "risposte a",
        "comentários em", "comentários sobre", "um comentário em", "pensamentos sobre",
        "gedachten over", "reacties op",
    ),
    "navigation": (
        # en
        "you are here",
        # de
        "sie sind hier",
        # fr
        "vous êtes ici",
        # es
        "usted está aquí", "estás en", "sei qui", "ti trovi in", "você está aqui",
        "u bent hier", "je bent hier", "jesteś tutaj", "nacházíte se", "nachádzate sa",
        "вы здесь", "ви тут", "du är här", "du er her", "olet tässä", "ön itt van",
        "sunteţi aici", "buradasınız", "βρίσκεστε εδώ", "現在地", "当前位置", "目前位置", "您的位置",
        "현재 위치",
    ),
    "read_more": (
        "read also", "also read", "lesen sie auch", "lies auch", "à lire aussi",
        "lire aussi", "lee también", "lea también", "lea más", "leggi anche",
        "leia também", "lees ook", "czytaj także", "czytaj też", "czytaj również",
        "przeczytaj także", "przeczytaj też", "przeczytaj również", "zobacz także",
        "zobacz też", "zobacz również", "přečtěte si také", "čtěte také", "čtěte též",
        "prečítajte si aj", "čítajte aj", "читайте также", "читайте також", "läs också",
        "läs även", "læs også", "les også", "lue myös", "citeşte şi", "citeste si",
        "διαβάστε επίσης", "see also", "voir aussi", "vedi anche", "veja também",
        "mira también", "bunları da okuyun",
        # A card's link to its story, "Mehr zum Tauern-Radweg", "Mehr zur Wahl": the topic
        # varies (35 traf-dev lines, none in gold). A line, not a section heading: the cards
        # can be the article's own.
        "mehr zum", "mehr zur",
        # A link to a category or topic page, "Read more in Social Media Marketing", "Read
        # more about the election": the words after it vary, the opening does not.
        "read more about", "read more in", "read more from", "read more on",
        "leer más sobre", "leia mais sobre", "lees meer over", "czytaj więcej o",
    ),
    # credit labels: "Foto: dpa", "Photo: Getty Images", "Bild: Keystone", "Image credit:
    # NASA", "Фото: ТАСС". Bench: short lines starting "photo" on 33 sites, "image" 28,
    # "foto" 27, "bild" 16, "credit" 15.
    "photo_credit": (
        # generic / en
        "photo", "photos", "image", "images", "picture", "photograph", "photo credit",
        "photo credits", "image credit", "image credits", "image source", "credit",
        "credits", "courtesy", "courtesy of", "illustration",
        # de
        "foto", "fotos", "bild", "bildquelle", "bildnachweis", "fotograf", "grafik",
        # fr
        "crédit photo", "crédits photo", "crédits photos", "crédit",
        # es
        "imagen", "fotografía", "crédito",
        # it
        "immagine", "fotografia",
        # pt
        "imagem", "créditos",
        # nl
        "afbeelding", "beeld",
        # pl
        "zdjęcie", "zdjęcia", "fot", "ilustracja", "źródło zdjęcia",
        # cs
        "snímek",
        # sk
        "snímka",
        # ru
        "фото", "фотография", "изображение", "иллюстрация",
        # uk
        "фотографія", "зображення", "ілюстрація",
        # da
        "billede",
        # no
        "bilde",
        # fi
        "kuva", "kuvat", "kuvaaja",
        # hu
        "fotó", "kép", "fénykép", "illusztráció",
        # ro
        "fotografie", "imagine", "sursa foto",
        # tr
        "fotoğraf", "görsel",
        # el
        "φωτογραφία", "φωτο", "φωτ", "εικόνα", "πηγή φωτογραφίας",
        # ja
        "写真", "画像", "撮影", "写真提供", "画像提供",
        # zh
        "图片", "圖片", "照片", "摄影", "攝影", "图片来源", "圖片來源",
        # ko
        "사진", "이미지", "사진 제공", "사진제공",
    ),
}

# ---------------------------------------------------------------------------
# 4. Bylines, sources, agencies
# ---------------------------------------------------------------------------

# Words that open a byline: "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Door
# Piet Jansen", "Autor: Jan Kowalski", "Γράφει ο ...". Only valid at the start of a short
# line and followed by a name (capitalised words in the original text): most are
# prepositions ("by", "von", "di", "par", "por", "av", "af", "door") that are everywhere
# in prose: require a capitalised name after them in the original text ("Von der Leyen
# sagt", "Por qué ...", "By 2030, ..." are not bylines). Bench: short lines starting "by <x>" on 140 sites, "von
# <x>" 65, "written by" 18, "text" 11, "autor" 10, "posted by" 8. The Korean "기자" and
# Chinese "记者"/"記者" FOLLOW the name ("홍길동 기자"); "文" / "著" may precede or follow
# it ("文/王小明", "山田太郎 著").
BYLINE_PREFIXES: tuple[str, ...] = (
    # en ("published by" and its translations are left out: they usually name the
    # publisher, "Published by our engineering team", not the author)
    "by", "written by", "words by", "story by", "reporting by", "text by", "posted by",
    "authored by", "author", "reported by", "compiled by", "edited by",
    # de
    "von", "text", "text von", "autor", "autorin", "ein beitrag von", "ein artikel von",
    "geschrieben von", "verfasst von", "ein gastbeitrag von", "gastbeitrag von",
    # (Blogger's "Posted by" in de, pt, nl)
    "eingestellt von", "gepostet von",
    # fr
    "par", "écrit par", "texte", "auteur", "auteure", "autrice", "propos recueillis par",
    "rédigé par", "un article de",
    # es
    "por", "escrito por", "texto", "autora", "redactado por",
    # it
    "di", "scritto da", "a cura di", "autore", "testo di",
    # pt ("por", "escrito por", "autor", "texto" are above with es)
    "redação", "postado por",
    # nl
    "door", "geschreven door", "tekst", "geplaatst door",
    # pl (the abbreviations also with their full stop: "Oprac. Jan Kowalski")
    "autorka", "napisał", "napisała", "opracowanie", "oprac", "opr", "oprac.", "opr.", "dodane przez",
    "dodał", "dodała",
    # cs
    "napsal", "napsala", "připravil", "připravila",
    # sk
    "napísal", "napísala", "pripravil", "pripravila",
    # ru
    "автор", "текст", "подготовил", "подготовила", "автор статьи",
    # uk
    "авторка", "підготував", "підготувала",
    # sv
    "av", "skriven av", "skribent",
    # da
    "af", "skrevet af", "forfatter",
    # no
    "skrevet av",
    # fi
    "teksti", "kirjoittaja", "kirjoittanut", "toimittaja",
    # hu
    "szerző", "írta", "szöveg",
    # ro ("de" alone is left out: it is "of" in es, fr, pt, it)
    "scris de",
    # tr ("Haber: Ahmet Yılmaz", the news item's writer)
    "yazar", "yazan", "muhabir", "haber",
    # el (the articles "του", "της" and "από" also open bylines, but open sentences too)
    "γράφει", "γράφει ο", "γράφει η", "επιμέλεια",
    # ja
    "文", "著", "執筆", "筆者", "記者",
    # zh
    "作者", "记者", "撰文", "编辑", "編輯", "责任编辑", "責任編輯",
    # ko
    "기자", "글", "작성자", "글쓴이", "필자", "에디터",
    # The kind of piece, then "by": "A commentary by Jane Doe", "Ein Kommentar von Anna
    # Schmidt", "Une chronique de Jean Dupont". The words for a comment come with their
    # article only ("Kommentar von Max" heads a reader's comment), and "analysis of"
    # words without it are left out ("Análisis de Datos" is a heading).
    # en
    "a commentary by", "commentary by", "a column by", "column by", "an essay by", "a guest post by",
    "guest post by", "an opinion piece by", "analysis by", "a review by",
    # de
    "ein kommentar von", "ein gastkommentar von", "gastkommentar von", "eine analyse von", "eine kolumne von",
    "kolumne von", "ein essay von", "eine glosse von", "eine rezension von", "eine reportage von",
    # fr
    "une chronique de", "chronique de", "une tribune de", "un éditorial de", "une analyse de", "une critique de",
    "un reportage de", "un billet de",
    # es
    "una columna de", "columna de", "un análisis de", "una crónica de", "un artículo de", "una tribuna de",
    "un reportaje de",
    # it
    "un commento di", "un editoriale di", "una rubrica di", "un articolo di", "un reportage di",
    # pt
    "uma coluna de", "um artigo de", "uma análise de", "uma crônica de", "uma crónica de", "uma reportagem de",
    # nl
    "een column van", "een commentaar van", "een analyse van", "een artikel van", "een essay van",
    "een reportage van",
    # sv, da, no
    "en krönika av", "krönika av", "en analys av", "en kommentar av", "en klumme af", "klumme af", "en kronikk av",
    # "From our correspondent Jane Doe", "Dal nostro inviato Marco Rossi", in several languages
    "from our correspondent", "from our special correspondent", "von unserem korrespondenten",
    "von unserer korrespondentin", "de notre correspondant", "de notre correspondante", "de notre envoyé spécial",
    "de notre envoyée spéciale", "de nuestro corresponsal", "de nuestra corresponsal", "de nuestro enviado especial",
    "de nuestra enviada especial", "dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente",
    "dalla nostra corrispondente", "do nosso correspondente", "da nossa correspondente", "van onze correspondent",
    "od naszego korespondenta", "od naszej korespondentki",
)

# Labels of a source / agency credit: "Quelle: dpa", "Source: Reuters", "Fuente: EFE",
# "Źródło: PAP", "(Источник: ТАСС)". Use them as a label (followed by ":" and a short
# name), never as substrings: "source", "via", "credit" are in 37-75 gold bodies. Bench:
# "quelle:" opens short lines on 19 sites, "source:" on 15.
SOURCE_WORDS: tuple[str, ...] = (
    # en
    "source", "sources", "via", "credit", "courtesy", "with files from", "with input from",
    "additional reporting by",
    # de
    "quelle", "quellen", "mit material von", "mit material der",
    # fr
    "avec",
    # es
    "fuente", "fuentes", "con información de",
    # it
    "fonte", "fonti",
    # pt
    "fontes", "com informações de", "com informações da", "com informações do",
    # nl
    "bron", "bronnen",
    # pl
    "źródło", "źródła",
    # cs / sk
    "zdroj", "zdroje",
    # ru
    "источник", "источники", "по материалам",
    # uk
    "джерело", "джерела", "за матеріалами",
    # sv
    "källa", "källor",
    # da / no
    "kilde", "kilder",
    # fi
    "lähde", "lähteet",
    # hu
    "forrás", "források",
    # ro
    "sursa", "sursă", "surse",
    # tr
    "kaynak", "kaynaklar",
    # el
    "πηγή", "πηγές",
    # ja
    "出典", "出所", "引用元",
    # zh
    "来源", "來源", "出处", "出處", "资料来源", "資料來源",
    # ko
    "출처",
)

# Widely used news-agency names and abbreviations, for credit lines ("(AFP)", "dpa/jk",
# "— Reuters", "Fuente: EFE", "© ANSA"). Lowercase like everything here: compare
# case-insensitively, as whole tokens, and only inside credit / dateline / byline lines.
# Short ones ("ap", "pa", "aa", "cp", "sid", "spa", "tt", "uni", "ani", "petra") are also
# ordinary words or names. Bench: "afp" in short lines on 15 sites, "ap" 14, "reuters" 12,
# "associated press" 8, "dpa" 5.
NEWS_AGENCIES: tuple[str, ...] = (
    # global / en
    "ap", "associated press", "afp", "agence france-presse", "reuters", "thomson reuters",
    "bloomberg", "upi", "united press international", "aap", "cp", "the canadian press",
    "canadian press", "pa", "pa media", "press association",
    # de / at / ch
    "dpa", "deutsche presse-agentur", "dpa-afx", "epd", "kna", "sid", "apa", "sda",
    "keystone-sda", "ddp",
    # es / latam / pt
    "efe", "europa press", "notimex", "telam", "télam", "prensa latina", "lusa",
    "agência brasil", "agencia brasil", "estadão conteúdo", "folhapress",
    # it
    "ansa", "adnkronos", "agi", "askanews", "lapresse",
    # fr / be / nl / nordic
    "belga", "anp", "tt", "ntb", "ritzau", "stt",
    # central / eastern europe
    "pap", "ctk", "čtk", "tasr", "mti", "agerpres", "mediafax", "hina", "sta", "bta",
    "tanjug", "fena",
    # ru / uk
    "tass", "тасс", "ria novosti", "риа новости", "interfax", "интерфакс", "ukrinform",
    "укрінформ", "unian", "уніан", "униан",
    # el / tr / middle east
    "ana-mpa", "απε-μπε", "απε", "anadolu", "anadolu agency", "anadolu ajansı", "aa",
    "dha", "iha", "irna", "wafa", "mena", "qna", "wam", "spa", "kuna", "petra",
    # asia
    "xinhua", "新华社", "新華社", "中新社", "中央社", "cna", "kyodo", "共同通信", "jiji", "時事通信", "yonhap",
    "연합뉴스", "뉴시스", "newsis", "ians", "pti", "ani", "uni", "bernama", "antara", "pna",
    "vna",
)

# ---------------------------------------------------------------------------
# 5. Dates
# ---------------------------------------------------------------------------

# Month names in the grammatical forms used in dates, and their abbreviations without the
# trailing dot ("sept." -> "sept", "févr." -> "févr"), mapped to 1..12. No key maps to two
# numbers; keys that are also frequent words elsewhere were dropped (see the comments).
# Croatian / Bosnian are left out on purpose: their "listopad" is October while Polish and
# Czech "listopad" is November (and Croatian "srpanj" = July vs Czech "srpen" = August).
# ja / zh / ko write months as numbers ("2024年1月5日", "2024년 1월 5일"): use a pattern.
# English "may", "march" and Spanish "mar" are also words: accept a month only next to a
# day number or a year.
MONTHS: dict[str, int] = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # de (+ at "jänner")
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "mai": 5,
    "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "jän": 1, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "janv": 1, "févr": 2, "fév": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # ("set" for septiembre / settembre / setembro is dropped: English "set 2 cups aside")
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # it
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    # pt
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # ("out" for outubro is dropped: English "5 out of 10" would read as 5 October)
    "fev": 2,
    # nl
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "mrt": 3,
    # pl: nominative, genitive (dates: "5 stycznia 2024"), locative ("w styczniu")
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6,
    "lipiec": 7, "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11,
    "grudzień": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    "styczniu": 1, "lutym": 2, "marcu": 3, "kwietniu": 4, "maju": 5, "czerwcu": 6,
    "lipcu": 7, "sierpniu": 8, "wrześniu": 9, "październiku": 10, "listopadzie": 11,
    "grudniu": 12,
    # ("sie" for sierpień is dropped: it is the German pronoun "sie")
    "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "wrz": 9, "paź": 10, "lis": 11,
    "gru": 12,
    # cs: nominative, genitive, locative
    "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6,
    "červenec": 7, "srpen": 8, "září": 9, "říjen": 10, "prosinec": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "října": 10, "listopadu": 11, "prosince": 12,
    "lednu": 1, "únoru": 2, "březnu": 3, "dubnu": 4, "květnu": 5, "červnu": 6,
    "červenci": 7, "srpnu": 8, "říjnu": 10, "prosinci": 12,
    # sk: nominative, genitive, locative
    "január": 1, "február": 2, "marec": 3, "apríl": 4, "máj": 5, "jún": 6, "júl": 7,
    "október": 10,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
    "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    "januári": 1, "februári": 2, "marci": 3, "apríli": 4, "máji": 5, "júni": 6,
    "júli": 7, "auguste": 8, "septembri": 9, "októbri": 10, "novembri": 11,
    "decembri": 12,
    # ru: nominative, genitive, prepositional
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    # uk: nominative, genitive, locative
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
    "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11,
    "грудень": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6,
    "липні": 7, "серпні": 8, "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12,
    # ("лист" for листопад is dropped: it is the everyday word "letter")
    "січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
    "вер": 9, "жовт": 10, "груд": 12,
    # sv (januari, februari, mars, april, juni, juli, september, ... already above)
    "augusti": 8,
    # da (januar, februar, april, maj, juni, ... already above)
    "marts": 3,
    # no ("des" for desember is dropped: it is the French article "des")
    "desember": 12,
    # fi: nominative, partitive (dates: "5. tammikuuta 2024"), inessive, abbreviations
    "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5,
    "kesäkuu": 6, "heinäkuu": 7, "elokuu": 8, "syyskuu": 9, "lokakuu": 10,
    "marraskuu": 11, "joulukuu": 12,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4,
    "toukokuuta": 5, "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9,
    "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
    "tammikuussa": 1, "helmikuussa": 2, "maaliskuussa": 3, "huhtikuussa": 4,
    "toukokuussa": 5, "kesäkuussa": 6, "heinäkuussa": 7, "elokuussa": 8,
    "syyskuussa": 9, "lokakuussa": 10, "marraskuussa": 11, "joulukuussa": 12,
    "tammik": 1, "helmik": 2, "maalisk": 3, "huhtik": 4, "toukok": 5, "kesäk": 6,
    "heinäk": 7, "elok": 8, "syysk": 9, "lokak": 10, "marrask": 11, "jouluk": 12,
    # hu ("2024. január 5."); abbreviations "febr", "márc", "szept", ...
    "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
    "augusztus": 8, "szeptember": 9,
    # ("jún", "júl" are above with Slovak, same numbers)
    "febr": 2, "márc": 3, "ápr": 4, "szept": 9,
    # ro (written with cedilla ş ţ; the comma-below letters are folded to them, MATCH_FOLDS)
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # ("noi" for noiembrie is dropped: it is the pronoun "we" in ro and it; "febr" is above)
    "ian": 1, "iun": 6, "iul": 7,
    # tr (with and without Turkish letters, as typed on many sites)
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9,
    "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
    # ("ara", "eki", "kas" are dropped: everyday words "search/gap", "attachment",
    # "muscle"; "may" and "mar" are above with the same numbers)
    # ("tem" and "haz" are dropped too: pt "tem 5 anos" = "has 5 years", es "haz 5" = "do 5")
    "oca": 1, "şub": 2, "nis": 4, "ağu": 8, "eyl": 9,
    # el: nominative, genitive (dates: "5 ιανουαρίου 2024"), with and without accents
    # (text in capitals loses its accents when lowercased)
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5,
    "ιούνιος": 6, "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10,
    "νοέμβριος": 11, "δεκέμβριος": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "ιανουαριος": 1, "φεβρουαριος": 2, "μαρτιος": 3, "απριλιος": 4, "μαιος": 5,
    "ιουνιος": 6, "ιουλιος": 7, "αυγουστος": 8, "σεπτεμβριος": 9, "οκτωβριος": 10,
    "νοεμβριος": 11, "δεκεμβριος": 12,
    "ιανουαριου": 1, "φεβρουαριου": 2, "μαρτιου": 3, "απριλιου": 4, "μαιου": 5,
    "ιουνιου": 6, "ιουλιου": 7, "αυγουστου": 8, "σεπτεμβριου": 9, "οκτωβριου": 10,
    "νοεμβριου": 11, "δεκεμβριου": 12,
    "ιαν": 1, "φεβ": 2, "μαρ": 3, "απρ": 4, "μαϊ": 5, "ιουν": 6, "ιουλ": 7, "αυγ": 8,
    "σεπ": 9, "σεπτ": 9, "οκτ": 10, "νοε": 11, "δεκ": 12,
}

# Words labelling a date next to them. "published": the publication date follows or
# precedes. "updated": the nearby date is a modification date, NOT the publication date
# (Korean "입력" = published, "수정" = modified; German "Stand:" = as of, i.e. updated).
# Bench: "veröffentlicht" in short lines on 84 sites, "published" 75, "posted" 40,
# "updated" 88, "update" 53, "last updated" 24, "stand" 22 (but "stand" and "update" are
# ordinary words: use them only as "Stand: <date>", "Update: <date>").
DATE_WORDS: dict[str, tuple[str, ...]] = {
    "published": (
        # en
        "published", "published on", "posted", "posted on", "first published",
        "originally published", "date published", "publication date", "published date",
        # de
        "veröffentlicht", "veröffentlicht am", "erschienen", "erschienen am", "erstellt",
        "erstellt am", "publiziert", "publiziert am", "gepostet", "gepostet am",
        "eingestellt am", "datum",
        # fr
        "publié", "publié le", "publiée le", "mis en ligne", "mis en ligne le", "posté le",
        "paru le", "date de publication",
        # es
        "publicado", "publicado el", "publicada", "publicada el", "fecha de publicación",
        "creado",
        # it
        "pubblicato", "pubblicato il", "pubblicata", "pubblicata il",
        "data di pubblicazione", "postato il",
        # pt
        "publicado em", "publicada em", "data de publicação", "postado em",
        # nl
        "gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op",
        # pl
        "opublikowano", "opublikowany", "opublikowane", "data publikacji", "dodano",
        "data dodania",
        # cs
        "publikováno", "zveřejněno", "vydáno", "datum publikace", "datum zveřejnění",
        "přidáno",
        # sk
        "publikované", "zverejnené", "uverejnené", "dátum publikácie", "pridané",
        # ru
        "опубликовано", "опубликован", "опубликована", "дата публикации", "размещено",
        "добавлено",
        # uk
        "опубліковано", "дата публікації", "додано", "розміщено",
        # sv
        "publicerad", "publicerat", "publicerades",
        # da
        "publiceret", "offentliggjort", "udgivet",
        # no
        "publisert", "postet",
        # fi
        "julkaistu",
        # hu
        "közzétéve", "publikálva", "megjelent", "létrehozva",
        # ro
        "publicat", "publicat la", "publicat pe", "data publicării", "postat",
        # tr
        "yayınlanma", "yayınlanma tarihi", "yayımlanma tarihi", "yayınlandı",
        "yayın tarihi", "eklenme tarihi", "oluşturulma tarihi",
        # el
        "δημοσιεύθηκε", "δημοσιεύτηκε", "δημοσίευση", "ημερομηνία δημοσίευσης",
        # ja
        "公開日", "投稿日", "掲載日", "配信日", "投稿日時", "公開日時",
        # zh
        "发布时间", "發布時間", "發佈時間", "发表于", "發表於", "发布于", "發佈於", "发布日期", "發布日期", "发表时间", "發表時間",
        # ko ("입력" = entered, the publication stamp of Korean news sites)
        "입력", "등록", "게시일", "작성일", "발행일", "기사입력", "승인",
    ),
    "updated": (
        # en
        "updated", "updated on", "last updated", "last modified", "modified",
        "date modified", "last edited", "edited", "revised", "last reviewed", "reviewed",
        "update",
        # de ("Stand:" = as of, the time of the last change)
        "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "geändert",
        "zuletzt geändert", "stand", "letzte änderung", "letzte aktualisierung",
        # fr
        "mis à jour", "mis à jour le", "mise à jour", "mise à jour le",
        "dernière mise à jour", "modifié le", "actualisé le", "màj",
        # es
        "actualizado", "actualizado el", "actualizada", "última actualización",
        "modificado", "modificado el",
        # it
        "aggiornato", "aggiornato il", "aggiornata", "ultimo aggiornamento", "modificato",
        # pt
        "atualizado", "atualizado em", "atualizada", "atualizada em", "atualização",
        "última atualização", "actualizado em", "alterado",
        # nl
        "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "gewijzigd", "aangepast",
        # pl
        "zaktualizowano", "aktualizacja", "ostatnia aktualizacja", "zmodyfikowano",
        "edytowano", "data aktualizacji",
        # cs
        "aktualizováno", "upraveno", "poslední aktualizace", "aktualizace",
        # sk
        "aktualizované", "upravené", "posledná aktualizácia", "aktualizácia",
        # ru
        "обновлено", "обновлен", "обновлена", "изменено", "последнее обновление",
        "дата обновления",
        # uk
        "оновлено", "оновлена", "змінено", "останнє оновлення", "дата оновлення",
        # sv
        "uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad",
        # da
        "opdateret", "senest opdateret", "ændret",
        # no
        "oppdatert", "sist oppdatert", "endret",
        # fi
        "päivitetty", "muokattu", "viimeksi päivitetty",
        # hu
        "frissítve", "frissítés", "módosítva", "utoljára frissítve", "utolsó frissítés",
        # ro
        "actualizat", "actualizat la", "ultima actualizare", "modificat",
        # tr
        "güncellendi", "güncelleme", "güncelleme tarihi", "son güncelleme", "düzenlendi",
        # el
        "ενημερώθηκε", "ενημέρωση", "τελευταία ενημέρωση", "τροποποιήθηκε",
        # ja
        "更新日", "最終更新日", "更新", "最終更新", "更新日時",
        # zh
        "更新时间", "更新時間", "更新于", "更新於", "最后更新", "最後更新", "修改时间",
        # ko ("수정" = modified)
        "수정", "업데이트", "최종수정", "최종 수정", "수정일", "기사수정",
    ),
}

# ---------------------------------------------------------------------------
# 5b. Social networks
# ---------------------------------------------------------------------------

# Social networks and share targets, for recognising share / follow rows ("Facebook
# Twitter LinkedIn", "Share 0FacebookTwitterPinterest", "Follow us: Instagram YouTube").
# A line made only of these (plus numbers, "share", "follow us", separators) is
# boilerplate. Bench: "facebook" alone on a line on 215 sites, "twitter" 191, "instagram"
# 123, "youtube" 99, "linkedin" 73, "pinterest" 45, "x" 41, "whatsapp" 27, "reddit" 24.
# "x", "threads", "mail", "pocket" are also ordinary words: count them only inside such a
# row, never alone in prose.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "telegram", "reddit",
    "email", "e-mail", "instagram", "youtube", "tiktok", "bluesky", "mastodon",
    "flipboard", "vk", "vkontakte", "вконтакте", "odnoklassniki", "одноклассники", "xing",
    "tumblr", "snapchat", "messenger", "facebook messenger", "viber", "wechat", "微信",
    "weibo", "微博", "qzone", "kakaotalk", "kakao", "카카오톡", "kakaostory", "카카오스토리", "naver",
    "네이버", "hatena", "はてなブックマーク", "mixi", "google+", "google plus", "digg", "stumbleupon",
    "evernote", "skype", "discord", "twitch", "vimeo", "soundcloud", "spotify",
    "apple podcasts", "rss", "copy link", "nextdoor", "hacker news", "substack", "github",
    "livejournal", "yummly", "x", "threads", "mail", "pocket",
)

# Share targets whose names are everyday words or substrings of words ("line" in
# "online", "medium", "band", "mix", "ok", "print", "sms"): kept apart so that a matcher
# that finds SOCIAL_NETWORKS as substrings does not fire on prose. Use them only as whole
# tokens inside a row that already has two names from SOCIAL_NETWORKS.
SOCIAL_NETWORKS_AMBIGUOUS: tuple[str, ...] = (
    "line", "band", "밴드", "mix", "ok", "qq", "sms", "medium", "print", "жж",
)

# ---------------------------------------------------------------------------
# 6. Character folds applied to a line before matching
# ---------------------------------------------------------------------------

# Characters that NFKC keeps but sites type in several ways; fold them in the line before
# comparing (no phrase above contains a key of this table).
MATCH_FOLDS: dict[str, str] = {
    "\u2019": "'",  # right single quotation mark: "don’t", "l’auteur"
    "\u2018": "'",  # left single quotation mark
    "\u02bc": "'",  # modifier letter apostrophe (uk: "пов’язані")
    "\u00b4": "'",  # acute accent used as an apostrophe
    "`": "'",
    "\u0219": "\u015f",  # ro s with comma below -> s with cedilla (older ro sites, tr)
    "\u021b": "\u0163",  # ro t with comma below -> t with cedilla
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2010": "-",  # hyphen
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u0307": "",  # combining dot left by "İ".lower()
}


# Labels that start a line of ANY length that holds no article text: the "posted in /
# tagged with" lines of blog engines, which run long ("Dieser Beitrag wurde veröffentlicht
# in Allgemein und verschlagwortet mit ... von Anna. Permanenter Link."). Matched at the
# start of the line, followed by a non-letter. From the traf-dev analysis (annotators
# marked these as boilerplate on many German, French, Spanish and English blogs).
LINE_PREFIX_CUES: dict[str, tuple[str, ...]] = {
    # A caption's label before its text, of any length: BBC-style "Image caption Jane Doe
    # speaks ..." and "Media caption", "Bildunterschrift: ...". Only these two-word
    # labels: "Image" alone starts sentences.
    "photo_credit": (
        # en
        "image caption", "media caption", "image copyright", "video caption",
        # de
        "bildunterschrift", "bildquelle:",
        # The credit of the picture above the story, at the story's end: "Titelbild: X",
        # "Featured image: X" (traf-dev leaks).
        "titelfoto:", "aufmacherfoto:", "teaserbild:", "vorschaubild:",
        "cover photo:", "lead image:", "top image:", "image à la une :",
        "image à la une:", "photo de une :", "photo de une:", "imagen destacada:",
        "foto de portada:", "immagine di copertina:", "foto di copertina:",
        "imagem de destaque:", "foto de capa:", "uitgelichte afbeelding:", "zdjęcie główne:",
        # fr
        "légende photo", "légende :", "légende:",
        # es
        "pie de foto", "pie de imagen",
        # it
        "didascalia:",
        # pt
        "legenda da foto", "legenda:",
        # nl
        "bijschrift:",
        # Labels of a post's cover picture and of illustrative pictures, before its credit
        # (traf-dev: "Titelbild: <agency>", "Beitragsbild: <source>", "Image illustrative :
        # <work> by <author>, en licence Creative Commons").
        "featured image:", "cover image:", "header image:", "titelbild:", "beitragsbild:",
        "headerbild:", "aufmacherbild:", "image d'illustration", "photo d'illustration",
        "image illustrative", "imagen ilustrativa", "foto ilustrativa", "immagine illustrativa",
        "foto illustrativa", "imagem ilustrativa", "zdjęcie ilustracyjne",
    ),
    "tags": (
        # en
        "this entry was posted in", "this post was posted in", "this entry was filed under",
        "posted in", "filed under", "tagged with", "tags:", "tagged:", "categories:", "category:",
        "labels:", "topics:",
        # de
        "dieser beitrag wurde veröffentlicht in", "dieser eintrag wurde veröffentlicht in",
        "dieser beitrag wurde unter", "dieser eintrag wurde unter", "veröffentlicht in",
        "abgelegt unter", "verschlagwortet mit", "kategorien:", "kategorie:", "schlagwörter:",
        "schlagworte:", "stichwörter:", "stichworte:", "themen:", "getaggt mit",
        "veröffentlicht unter",
        # fr
        "cet article a été publié dans", "publié dans", "catégories :", "catégories:",
        "étiquettes :", "étiquettes:", "mots-clés :", "mots-clés:",
        # es
        "publicado en", "etiquetas:", "categorías:", "archivado en",
        # it
        "pubblicato in", "categorie:",
        # pt
        "publicado em", "categorias:",
        # pl
        "opublikowano w", "tagi:",
        # nl
        "geplaatst in",
    ),
    # "Also read: <headline>" links inside and after articles, of any length (a long
    # headline makes the line too long for the line cues). Only with the colon: "Also
    # read the manual" is a sentence.
    "read_more": (
        # en
        "also read:", "read also:", "read more:", "see also:", "related:", "recommended:",
        # "Related post: <headline>" (blog themes' inline related link), by noun.
        "related post:", "related posts:", "related article:", "related articles:",
        "related story:", "related stories:", "related reading:", "related content:",
        "related link:", "related news:",
        # de
        "ähnlicher artikel:", "ähnliche artikel:", "verwandter artikel:", "verwandte artikel:",
        "ähnlicher beitrag:", "ähnliche beiträge:",
        # fr
        "article connexe :", "article connexe:", "articles connexes :", "articles connexes:",
        "article lié :", "article lié:", "sur le même sujet :", "sur le même sujet:",
        # es
        "artículo relacionado:", "artículos relacionados:", "noticia relacionada:", "noticias relacionadas:",
        # it
        "articolo correlato:", "articoli correlati:", "post correlato:", "post correlati:",
        # pt
        "artigo relacionado:", "artigos relacionados:", "notícia relacionada:", "matéria relacionada:",
        "post relacionado:",
        # nl
        "gerelateerd artikel:", "gerelateerde artikelen:", "gerelateerd:",
        # pl
        "powiązany artykuł:", "powiązane artykuły:", "podobny artykuł:",
        # de
        "lesen sie auch:", "lies auch:", "auch interessant:", "mehr zum thema:",
        "lesen sie hier:", "lesen sie mehr:", "lesen sie dazu:", "hier lesen:", "mehr dazu:",
        "passend dazu:", "das könnte sie auch interessieren:", "zum thema:",
        # fr
        "à lire aussi :", "à lire aussi:", "lire aussi :", "lire aussi:", "voir aussi :", "voir aussi:",
        # es
        "lee también:", "lea también:", "leer más:", "te puede interesar:",
        "puedes ver:", "mira también:", "mire también:", "lea más:", "lee más:", "ver también:",
        "le puede interesar:", "también te puede interesar:",
        # it
        "leggi anche:", "leggi anche :",
        # pt
        "leia também:", "veja também:", "leia mais:", "veja mais:", "saiba mais:",
        # pl
        "czytaj także:", "czytaj też:", "czytaj również:", "zobacz także:", "zobacz też:",
        "czytaj więcej:", "przeczytaj także:", "przeczytaj też:",
        # nl
        "lees ook:", "lees meer:",
        # Video links in Spanish-language news: "Mire: ...", "Vea: ...".
        "mire:", "vea:", "véalo:",
    ),
    # An advertisement's label before its text: "ANZEIGE - Heute mal ausgehen? ...".
    "advert": (
        "anzeige -", "anzeige:", "werbung -", "advertisement -", "advertisement:",
        "publicité -", "publicité :", "publicidad -", "publicidad:", "pubblicità -",
        "pubblicità:", "publicidade -", "publicidade:", "advertentie -", "reklama -", "reklama:",
    ),
}


# Boilerplate that runs to a sentence or two, matched as whole words in lines of any
# length (up to a long paragraph): affiliate and sponsorship disclosures, and notices
# about the reader's browser. They sit inside the article region on shopping and
# review pages (wcxb-dev leaks: "While each product featured is independently selected
# by our editors, we may include paid promotion", "Editorial Note: ... may contain
# affiliate links", "The following content is brought to you by ... partners").
ANY_LENGTH_CUES: dict[str, tuple[str, ...]] = {
    "advert": (
        # en
        "affiliate links", "affiliate link", "we may earn a commission", "we may earn commission",
        "may earn a small commission", "we may receive a commission", "earn an affiliate commission",
        "paid promotion", "is brought to you by", "content is brought to you by",
        "we may earn a commission from links", "commission at no extra cost to you",
        # de
        "affiliate-links", "affiliate-link", "provisions-links", "provisionslinks", "werbelinks",
        "partnerlinks", "erhalten wir eine provision", "bekommen wir eine provision",
        # fr
        "liens affiliés", "lien affilié", "liens d'affiliation", "nous percevons une commission",
        # es
        "enlaces de afiliados", "enlaces de afiliado", "recibimos una comisión",
        # it
        "link di affiliazione", "link affiliati", "riceviamo una commissione",
        # pt
        "links de afiliados", "links afiliados", "recebemos uma comissão",
        # nl
        "affiliate-links", "affiliatelinks",
        # pl
        "linki afiliacyjne", "linki partnerskie",
        # Advertising disclosures and appeals for support (traf-dev leaks: "Advertising
        # disclosure: We may receive compensation ...", "This post contains references to
        # products from one or more of our advertisers", "*Werbung. Dieser Beitrag enthält
        # Werbung für ...").
        "advertising disclosure", "advertising disclaimer", "we may receive compensation", "may receive compensation for",
        "contains references to products", "dieser beitrag enthält werbung",
        "dieser artikel enthält werbung", "enthält werbung für",
        "support independent journalism", "support our journalism", "support quality journalism",
        "unterstützen sie unseren journalismus", "unterstützen sie unabhängigen journalismus",
        "unabhängigen journalismus unterstützen", "soutenez notre journalisme",
        "soutenez le journalisme indépendant", "apoya nuestro periodismo",
        "apoya el periodismo independiente", "sostieni il nostro giornalismo",
        "apoie o nosso jornalismo", "apoie o jornalismo independente",
        "wesprzyj niezależne dziennikarstwo", "steun onafhankelijke journalistiek",
        # Appeals for support and subscription pitches under the article (traf-dev: "would
        # you consider supporting our work?", "Cancela cuando quieras.").
        "consider supporting our work", "consider supporting us", "unterstützen sie unsere arbeit",
        "soutenez notre travail", "apoya nuestro trabajo", "sostieni il nostro lavoro",
        "apoie o nosso trabalho", "steun ons werk", "wesprzyj naszą pracę",
        "cancel anytime", "cancel at any time", "jederzeit kündbar", "jederzeit kündigen",
        "résiliable à tout moment", "cancela cuando quieras", "cancela en cualquier momento",
        "disdici quando vuoi", "cancele quando quiser", "altijd opzegbaar",
        "hazte miembro", "become a member today", "devenez membre", "diventa membro",
        "torne-se membro", "word lid",
    ),
    # Pitches for the site's newsletter or app in a sentence (traf-dev: "Never miss the
    # latest news by signing up to our newsletter today!", "Get the latest news straight to
    # your phone with the ... app").
    "newsletter": (
        "never miss the latest news", "get the latest news straight to", "straight to your phone",
        "get regular updates on the latest", "verpassen sie keine nachrichten mehr",
        # Blog subscription forms (WordPress) and inbox pitches.
        "receive notifications of new posts by email", "enter your email address to subscribe",
        "never miss our top stories", "straight to your inbox", "um neue beiträge per e-mail zu erhalten",
        "benachrichtigungen über neue beiträge", "direkt in ihr postfach", "direkt in dein postfach",
        "recevoir les nouvelles publications par e-mail", "directement dans votre boîte",
        "recibir notificaciones de nuevas entradas", "directamente en tu bandeja de entrada",
        "ricevere notifiche di nuovi articoli", "direttamente nella tua casella",
        "receber notificações de novas publicações", "diretamente na sua caixa de entrada",
        "meldingen van nieuwe berichten", "powiadomienia o nowych wpisach",
        "ne manquez plus aucune actualité", "no te pierdas ninguna noticia",
        # Newsletter pitches (and, below, follow-us lines) that run past a short line (traf-dev: "Siguenos en
        # Telegram, Instagram, Facebook y Twitter para recibir en directo ...").
        "subscribe to our newsletter", "sign up for our newsletter", "join our mailing list",
        "abonnieren sie unseren newsletter", "melden sie sich für unseren newsletter an",
        "inscrivez-vous à notre newsletter", "abonnez-vous à notre newsletter",
        "suscríbete a nuestro boletín", "suscríbete a nuestra newsletter",
        "iscriviti alla nostra newsletter", "assine a nossa newsletter", "assine nossa newsletter",
        "meld je aan voor onze nieuwsbrief", "zapisz się do naszego newslettera",
        # The consent line of a sign-up form (a data-protection checkbox): never a sentence
        # of an article (none in the bench's gold bodies or `with` snippets; 71 dump lines,
        # "By entering your email address you agree to our Terms of Use ...", "Mit Absenden
        # meiner E-Mail-Adresse willige ich ... ein", "Ich akzeptiere die Datenschutzerklärung").
        "by entering your email", "by submitting your email", "by providing your email",
        "by submitting this form", "by clicking subscribe", "by clicking sign up",
        "i have read and agree to", "i have read and accept the", "i agree to the privacy policy",
        "i accept the privacy policy", "i consent to the processing of",
        "ich habe die datenschutzerklärung", "die datenschutzerklärung gelesen", "ich akzeptiere die datenschutz",
        "verarbeitung meiner daten", "verarbeitung meiner personenbezogenen", "ich willige", "willige ich",
        "j'ai lu et j'accepte", "j'ai lu et accepte", "j'accepte la politique de confidentialité",
        "j'accepte que mes données", "en soumettant ce formulaire",
        "he leído y acepto", "acepto la política de privacidad", "al enviar este formulario",
        "ho letto e accetto", "acconsento al trattamento", "accetto l'informativa",
        "li e aceito", "li e concordo", "autorizo o tratamento", "ao enviar este formulário",
        "ik heb de privacyverklaring", "ik ga akkoord met de privacyverklaring",
        "wyrażam zgodę na przetwarzanie", "akceptuję politykę prywatności",
    ),
    "share": (
        "follow us on", "folgen sie uns auf", "suivez-nous sur", "síguenos en", "siguenos en",
        "seguici su", "siga-nos no", "siga-nos nas", "volg ons op", "obserwuj nas na",
    ),
    # Asking for comments, or to log in to write one, in a sentence (traf-dev: "Verraten
    # Sie gerne in den Kommentaren: ...", "Du musst eingeloggt sein um Kommentare zu
    # schreiben! oder noch gar nicht registriert?").
    "comment_form": (
        "let us know in the comments", "tell us in the comments", "logged in to post a comment",
        "logged in to comment", "verraten sie uns in den kommentaren", "verraten sie gerne in den kommentaren",
        "schreiben sie uns in den kommentaren", "eingeloggt sein um kommentare", "angemeldet sein um kommentare",
        "dites-le-nous en commentaire", "dites-nous en commentaire", "connecté pour publier un commentaire",
        "cuéntanos en los comentarios", "déjanos tu opinión en los comentarios", "iniciar sesión para comentar",
        "fatecelo sapere nei commenti", "diga-nos nos comentários", "laat het ons weten in de reacties",
        "dajcie znać w komentarzach", "zalogowany, aby dodać komentarz",
        # More calls to comment at the end of a post.
        "schreiben sie es in die kommentare", "schreib es in die kommentare",
        "verrate es uns in den kommentaren", "dites-le nous en commentaire",
        "déjanos en los comentarios", "fateci sapere nei commenti", "conte nos comentários",
        "laat het weten in de reacties",
    ),
    # Reprint and licence notices (traf-dev: "This article is the copyrighted property of
    # ...; written permission must be obtained before reprint", "Sofern nicht anders
    # ausgewiesen, stehen Inhalte dieser Website unter CC-BY").
    # The disclaimer for the links of a blog or a small site, in its footer (traf-dev: "Trotz
    # sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer
    # Links", a paragraph that outweighed a recipe of short lines).
    "legal": (
        "keine haftung für die inhalte externer links", "trotz sorgfältiger inhaltlicher kontrolle",
        "für den inhalt der verlinkten seiten sind ausschließlich deren betreiber verantwortlich",
        "not responsible for the content of external websites", "not responsible for the content of external sites",
        "not responsible for the content of linked sites",
    ),
    "copyright": (
        "copyrighted property of", "written permission must be obtained", "without written permission",
        "inhalte dieser website unter", "content on this site is licensed", "this work is licensed under",
        "dieses werk ist lizenziert unter", "nachdruck nur mit genehmigung", "reproduction interdite",
        "prohibida su reproducción", "riproduzione riservata", "reprodução proibida",
        "materiał chroniony prawem autorskim", "urheberrechtlich geschützt. alle rechte",
    ),
    # The paragraphs of consent dialogs (the IAB framework's and WordPress consent plugins'
    # standard wording), which name no cookie: "Die technische Speicherung oder der Zugriff
    # ...", "to store and/or access device information".
    "cookie": (
        "the technical storage or access", "store and/or access device information",
        "die technische speicherung oder der zugriff", "geräteinformationen zu speichern und/oder",
        "le stockage ou l'accès technique", "stocker et/ou accéder à des informations",
        "el almacenamiento o acceso técnico", "almacenar y/o acceder a información",
        "l'archiviazione tecnica o l'accesso", "archiviare e/o accedere a informazioni",
        "o armazenamento ou acesso técnico", "armazenar e/ou acessar informações",
        "de technische opslag of toegang", "informatie op een apparaat opslaan en/of",
        "techniczne przechowywanie lub dostęp", "przechowywać informacje na urządzeniu i/lub",
    ),
    "notice": (
        # en
        "you are using an outdated browser", "your browser is out of date", "please enable javascript",
        "javascript is disabled", "this site requires javascript", "upgrade your browser",
        "internet explorer 11 or older", "browser version with limited support",
        "limited support for css",
        # de
        "bitte aktivieren sie javascript", "ihr browser ist veraltet", "veralteten browser",
        # fr
        "veuillez activer javascript", "votre navigateur n'est plus à jour",
        # es
        "por favor habilita javascript", "navegador desactualizado",
        # ru / uk: the typo-report widget on most Russian-language news sites ("Нашли
        # ошибку? Выделите текст и нажмите Ctrl+Enter").
        "выделите текст и нажмите", "выделите фрагмент текста и нажмите", "выделите ее и нажмите",
        "выделите её и нажмите", "виділіть текст і натисніть", "виділіть її та натисніть",
    ),
}


# A newsletter sign-up told in a line of its own words ("Subscribe to the Morning Review
# newsletter", "Sign up for the newsletter Command Line", "Get the day's headlines by
# subscribing to our newsletter"): a newsletter word and a sign-up word in one short line.
# The newsletter's name varies, so no fixed phrase finds these lines (aeb, wcxb-dev tails).
NEWSLETTER_WORDS: tuple[str, ...] = (
    "newsletter", "newsletters", "e-newsletter", "mailing list",
    "infolettre", "infolettres", "lettre d'information", "lettre d'info",
    "boletín", "boletines", "boletim", "nieuwsbrief", "nieuwsbrieven", "biuletyn",
    "nyhetsbrev", "nyhedsbrev", "uutiskirje", "hírlevél", "zpravodaj", "bülten",
    "рассылка", "рассылку", "розсилка", "розсилку",
)
# Word starts of signing up (matched at the start of a word, case-blind).
SIGNUP_STEMS: tuple[str, ...] = (
    # en
    "subscrib", "sign up", "signing up", "sign-up", "signup", "join our",
    # de
    "abonnier", "anmeld", "melden sie sich",
    # fr
    "abonnez", "abonner", "inscri",
    # es, pt, it
    "suscrib", "suscríb", "suscri", "assin", "inscrev", "iscriv", "iscrizion",
    # nl
    "aanmeld", "abonneer", "schrijf je in", "meld je aan",
    # pl, cs, sv, da, fi, hu, tr, ru, uk
    "zapisz", "zapisać", "zapisy", "přihlas", "prenumer", "tilmeld", "tilaa", "feliratkoz", "abone",
    "подпис", "підпис",
)
# Messages of a sign-up form and its fine print, whatever their length.
SIGNUP_MESSAGES: tuple[str, ...] = (
    # en
    "successfully subscribed", "thanks for signing up", "thank you for signing up",
    "by signing up, you agree", "by signing up you agree", "by subscribing, you agree",
    "by subscribing you agree", "opt-in box", "activation link", "confirm your subscription",
    "problem subscribing",
    # de
    "erfolgreich angemeldet", "vielen dank für ihre anmeldung", "danke für ihre anmeldung",
    "bestätigen sie ihre anmeldung", "mit ihrer anmeldung stimmen sie",
    # fr
    "merci pour votre inscription", "merci de votre inscription", "confirmer votre inscription",
    "en vous inscrivant, vous acceptez", "en vous inscrivant vous acceptez",
    # es
    "gracias por suscribirte", "te has suscrito", "confirma tu suscripción", "al suscribirte, aceptas",
    # it
    "grazie per esserti iscritto", "grazie per l'iscrizione", "conferma la tua iscrizione",
    # pt
    "obrigado por se inscrever", "obrigado por se cadastrar", "confirme sua inscrição",
    "ao se inscrever, você concorda",
    # nl
    "bedankt voor je inschrijving", "bedankt voor uw inschrijving", "bevestig je inschrijving",
    # pl
    "dziękujemy za zapisanie", "potwierdź subskrypcję",
)


# "Follow us on Twitter @site", "Email Jane at ... or follow her @jane", "Folgen Sie uns
# auf Instagram": a sentence that opens with one of these words and names a social network
# or a handle is a pitch of the site or the author (aeb tails), not the article.
FOLLOW_IMPERATIVES: tuple[str, ...] = (
    # en
    "follow", "subscribe to", "join us on", "find us on", "connect with",
    # de
    "folgen sie", "folge uns", "folgt uns", "abonnieren sie",
    # fr
    "suivez", "suivez-nous", "abonnez-vous",
    # es
    "síguenos", "siguenos", "sigue a", "sígueme", "suscríbete",
    # it
    "seguici", "segui", "iscriviti",
    # pt
    "siga", "sigam", "segue", "inscreva-se",
    # nl
    "volg", "abonneer",
    # pl, sv, da, no, fi, hu, tr
    "obserwuj", "följ", "følg", "seuraa", "kövess", "takip edin",
    # ro
    "urmăreşte-ne", "urmăriţi-ne",
)
# Networks whose name is no everyday word ("x", "mail", "pocket" are left out).
FOLLOW_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "linkedin", "instagram", "youtube", "tiktok", "bluesky", "mastodon",
    "telegram", "whatsapp", "pinterest", "snapchat", "vk", "vkontakte", "вконтакте", "weibo",
    "微博", "flipboard", "google news", "google-news", "threads",
)


# Jobs of the people an article's closing bio presents ("Jane Doe is the health director
# at ...", "Jane is a marketing manager at ..."): too common in news prose to mark a bio
# anywhere, they do so among the last paragraphs of a page's text (wcxb-dev tails).
CLOSING_BIO_ROLES: tuple[str, ...] = (
    # en
    "director", "manager", "professor", "owner", "ceo", "president", "vp", "head", "lead",
    "specialist", "expert", "consultant", "strategist", "analyst", "coach", "marketer",
    "enthusiast", "partner", "team of",
    # de
    "direktor", "direktorin", "leiter", "leiterin", "geschäftsführer", "geschäftsführerin",
    "professorin", "inhaber", "inhaberin", "experte", "expertin", "berater", "beraterin",
    # fr
    "directeur", "directrice", "professeur", "responsable", "experte", "consultante",
    # es
    "directora", "profesor", "profesora", "gerente", "consultor", "consultora", "experto", "experta",
    # it
    "direttore", "direttrice", "professore", "professoressa", "esperto", "esperta",
    # pt
    "diretor", "diretora", "especialista",
    # nl
    "hoogleraar", "adviseur", "eigenaar",
)


# The company paragraph that closes a press release: "Example is a global solutions
# provider focused on ...", "Beispiel ist ein führender Anbieter von ...". The firm's
# trade comes right after an indefinite article (an article about a firm says "is best
# known for being a maker of ..."), and only among the last paragraphs (aeb press releases).
COMPANY_ARTICLES: tuple[str, ...] = (
    "a", "an", "ein", "eine", "un", "une", "uno", "una", "um", "uma", "een", "en", "et",
)
COMPANY_TRADES: tuple[str, ...] = (
    # en
    "provider", "supplier", "manufacturer", "developer", "distributor", "producer",
    # de
    "anbieter", "hersteller", "lieferant", "entwickler", "produzent",
    # fr
    "fournisseur", "fabricant", "éditeur", "distributeur", "producteur",
    # es
    "proveedor", "fabricante", "desarrollador", "distribuidor", "productor",
    # it
    "fornitore", "produttore", "sviluppatore", "distributore",
    # pt
    "fornecedor", "fornecedora", "desenvolvedor", "desenvolvedora", "distribuidora", "produtor",
    # nl
    "leverancier", "fabrikant", "ontwikkelaar", "producent",
    # pl
    "dostawca", "producent", "dystrybutor",
    # sv / da / no
    "leverantör", "tillverkare", "leverandør", "producent", "produsent",
)


# The credits of a news agency's report, at its end: "(Reporting by Jane Doe; Editing by
# John Roe)", "Associated Press writers ... contributed to this report" (aeb tails). The
# first list opens such a line (after an optional bracket), the second may stand anywhere.
REPORT_CREDIT_STARTS: tuple[str, ...] = (
    # en
    "reporting by", "additional reporting by", "reporting and writing by", "writing by", "editing by",
    # de
    "bericht von", "mitarbeit:", "unter mitarbeit von",
    # fr
    "reportage de", "avec la contribution de",
    # es
    "reporte de", "reportaje adicional de", "editado por", "editado en español por",
    # it
    "hanno collaborato", "ha collaborato",
    # pt
    "reportagem de", "reportagem adicional de",
    # nl
    "verslaggeving door", "bewerkt door",
)
REPORT_CREDIT_ANYWHERE: tuple[str, ...] = (
    "contributed to this report", "contributed reporting", "contributed to this story",
    "redigiert von", "trug zu diesem bericht bei", "ont contribué à cet article", "contribuyó a este informe",
)


# An author box opens with the author's name, a verb of being and the job: "Jane Doe is a
# senior writer at ...", "Jane Doe leitet das Ressort ...", "Jane Doe est journaliste". In
# the bench dumps every paragraph of that shape (13 on w3m: aeb 2, wcxb-dev 7, traf-dev
# 4) is an author box, none article text. Verbs and job nouns, matched case-blind.
AUTHOR_BIO_VERBS: tuple[str, ...] = (
    # en
    "is", "was", "has been",
    # de
    "ist", "war", "leitet", "arbeitet als", "schreibt als",
    # fr
    "est", "était",
    # es / it / pt
    "es", "era", "è", "é",
    # pl
    "jest",
    # nl
    "is een",
)
AUTHOR_BIO_ROLES: tuple[str, ...] = (
    # en
    "writer", "journalist", "reporter", "editor", "correspondent", "author", "columnist",
    "contributor", "founder", "co-founder", "cofounder", "blogger", "producer",
    # de
    "redakteur", "redakteurin", "journalistin", "autor", "autorin", "korrespondent",
    "korrespondentin", "gründer", "gründerin", "reporterin", "volontär", "volontärin",
    "ressort", "chefredakteur", "chefredakteurin",
    # fr
    "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "auteur",
    "autrice", "fondateur", "fondatrice", "chroniqueur", "chroniqueuse",
    # es
    "periodista", "redactor", "redactora", "corresponsal", "autora", "fundador",
    "fundadora", "columnista",
    # it
    "giornalista", "redattore", "redattrice", "corrispondente", "autore", "fondatore",
    # pt
    "jornalista", "redator", "redatora", "correspondente", "colunista",
    # pl
    "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent", "autorka",
    # nl
    "redacteur", "verslaggever",
)


# Contact headings among the "footer" SECTION_HEADINGS: the only ones that also head a
# call-to-action box inside an article ("Contact us today", "Get in touch: 555-0100",
# "Custom: contact us" under a price list), after which the article goes on (wcxb-dev:
# service and pricing guides); a reference list or an "About us" block never heads a box.
CONTACT_HEADINGS = (
    # en; nl "contact", de / pl "kontakt" ("Kontakt aufnehmen", "Kontakt z nami")
    "contact", "contact us", "get in touch",
    "kontakt",
    # fr
    "contactez-nous", "nous contacter",
    # es
    "contacto", "contáctanos", "contacte con nosotros",
    # it
    "contatti", "contattaci",
    # pt
    "contato", "fale conosco", "contacte-nos",
    # cs / sk
    "kontakty",
    # sv / da / no / fi
    "kontakta oss", "kontakt os", "kontakt oss", "ota yhteyttä",
    # hu / ro / tr
    "kapcsolat", "contactează-ne", "contactaţi-ne", "iletişim", "bize ulaşın",
    # ru / uk / el
    "контакты", "связаться с нами", "контакти", "зв'язатися з нами",
    "επικοινωνία", "επικοινωνήστε μαζί μας",
)

# The two headings of a recipe card ("Ingredients", then "Directions"): a recipe blog
# prints the card after the post, under the recipe's title, its share buttons and its
# times (traf-dev: 2 pages whose golds keep the card; every recipe card in aeb and
# wcxb-dev is inside the article). Whole lines only.
RECIPE_INGREDIENTS_HEADINGS = (
    "ingredients", "zutaten", "ingrédients", "ingredientes", "ingredienti", "ingrediënten",
    "składniki", "ingredience", "suroviny", "ingredienser", "ainekset", "hozzávalók",
    "ingrediente", "malzemeler", "ингредиенты", "інгредієнти", "υλικά",
)
RECIPE_STEPS_HEADINGS = (
    # en
    "directions", "instructions", "method", "preparation",
    # de
    "zubereitung", "zubereitungsschritte", "anleitung",
    # fr / es / it / pt
    "préparation", "étapes", "preparación", "elaboración", "instrucciones", "preparazione",
    "procedimento", "modo de preparo", "modo de preparação", "preparo",
    # nl / pl / cs / sv / da / no / fi / hu / ro / tr
    "bereiding", "bereidingswijze", "przygotowanie", "sposób przygotowania", "postup",
    "gör så här", "tillagning", "fremgangsmåde", "fremgangsmåte", "valmistus", "elkészítés",
    "mod de preparare", "hazırlanışı", "yapılışı",
    # ru / uk / el
    "приготовление", "способ приготовления", "приготування", "εκτέλεση",
)

# A steps heading may say the steps come one by one ("Preparation step by step",
# "Przygotowanie krok po kroku"): the phrase after a steps heading, at the line's end.
RECIPE_STEP_BY_STEP = (
    "step by step", "schritt für schritt", "étape par étape", "paso a paso", "passo passo",
    "passo a passo", "stap voor stap", "krok po kroku", "krok za krokem", "steg för steg",
    "trin for trin", "steg for steg", "vaihe vaiheelta", "lépésről lépésre", "pas cu pas",
    "adım adım", "шаг за шагом", "крок за кроком", "βήμα βήμα",
)

HEADING_KINDS = ("related", "comments", "share", "newsletter", "author_bio", "tags", "footer",
                 "navigation", "prev_next")
CUE_KINDS = ("share", "advert", "read_time", "counter", "cookie", "copyright", "legal",
             "login", "comment_form", "navigation", "read_more", "newsletter",
             "photo_credit")


def _self_check() -> list[str]:
    """Return a list of problems in the data above (empty when all is well)."""
    import ast
    import unicodedata

    problems: list[str] = []
    cue_dicts = {"LINE_CUES": LINE_CUES, "WHOLE_LINE_CUES": WHOLE_LINE_CUES,
                 "LINE_START_CUES": LINE_START_CUES}

    def each_phrase():
        for name, value in (("SECTION_HEADINGS", SECTION_HEADINGS), *cue_dicts.items(),
                            ("DATE_WORDS", DATE_WORDS)):
            for kind, phrases in value.items():
                yield f"{name}[{kind!r}]", phrases
        for name in ("AMBIGUOUS_HEADINGS", "CONTACT_HEADINGS", "BYLINE_PREFIXES", "SOURCE_WORDS",
                     "NEWS_AGENCIES", "SOCIAL_NETWORKS", "SOCIAL_NETWORKS_AMBIGUOUS"):
            yield name, globals()[name]
        yield "MONTHS", tuple(MONTHS)

    for where, phrases in each_phrase():
        if not isinstance(phrases, tuple):
            problems.append(f"{where}: not a tuple")
            continue
        if len(set(phrases)) != len(phrases):
            dups = sorted({p for p in phrases if phrases.count(p) > 1})
            problems.append(f"{where}: duplicates {dups}")
        for p in phrases:
            if not isinstance(p, str) or not p:
                problems.append(f"{where}: empty or not a string: {p!r}")
                continue
            if p != p.strip() or "  " in p:
                problems.append(f"{where}: spaces {p!r}")
            if p != p.lower():
                problems.append(f"{where}: not lowercase {p!r}")
            if p != unicodedata.normalize("NFKC", p):
                problems.append(f"{where}: not NFKC {p!r}")
            if p[-1] in ".,:;!?…" or p[0] in ".,:;!?…":
                problems.append(f"{where}: leading/trailing punctuation {p!r}")
            if any(ch in p for ch in MATCH_FOLDS):
                problems.append(f"{where}: contains a MATCH_FOLDS character {p!r}")

    if set(SECTION_HEADINGS) != set(HEADING_KINDS):
        problems.append(f"SECTION_HEADINGS kinds {sorted(SECTION_HEADINGS)}")
    for name, value in cue_dicts.items():
        if not set(value) <= set(CUE_KINDS):
            problems.append(f"{name}: unknown kinds {sorted(set(value) - set(CUE_KINDS))}")
    # A cue has one matching mode: it is in only one of the three cue dicts.
    seen: dict[str, str] = {}
    for name, value in cue_dicts.items():
        for phrases in value.values():
            for p in phrases:
                if seen.get(p, name) != name:
                    problems.append(f"{p!r} is in both {seen[p]} and {name}")
                seen.setdefault(p, name)
    headings = {p for v in SECTION_HEADINGS.values() for p in v}
    for p in AMBIGUOUS_HEADINGS:
        if p not in headings:
            problems.append(f"AMBIGUOUS_HEADINGS: {p!r} is not a heading")
    for p in CONTACT_HEADINGS:
        if p not in SECTION_HEADINGS["footer"]:
            problems.append(f"CONTACT_HEADINGS: {p!r} is not a footer heading")
    if set(SOCIAL_NETWORKS) & set(SOCIAL_NETWORKS_AMBIGUOUS):
        problems.append("SOCIAL_NETWORKS and SOCIAL_NETWORKS_AMBIGUOUS overlap")

    # MONTHS: values in 1..12, and no key written twice in the source (a dict literal
    # silently keeps the last value, so conflicts can only be seen in the source).
    if any(not 1 <= n <= 12 for n in MONTHS.values()):
        problems.append("MONTHS: value out of 1..12")
    try:
        with open(__file__, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
    except OSError:
        tree = None
    if tree is not None:
        for node in ast.walk(tree):
            if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                    and isinstance(node.value, ast.Dict)):
                keys: dict[object, object] = {}
                for k, v in zip(node.value.keys, node.value.values):
                    if not isinstance(k, ast.Constant):
                        continue
                    val = ast.literal_eval(v)
                    if k.value in keys:
                        what = "conflicting" if keys[k.value] != val else "repeated"
                        problems.append(f"{node.target.id}: {what} key {k.value!r}")
                    keys[k.value] = val
    return problems


if __name__ == "__main__":
    issues = _self_check()
    for name in ("SECTION_HEADINGS", "LINE_CUES", "WHOLE_LINE_CUES", "LINE_START_CUES",
                 "DATE_WORDS"):
        for kind, phrases in globals()[name].items():
            print(f"{name}[{kind!r}]: {len(phrases)}")
    for name in ("AMBIGUOUS_HEADINGS", "BYLINE_PREFIXES", "SOURCE_WORDS", "NEWS_AGENCIES",
                 "SOCIAL_NETWORKS", "SOCIAL_NETWORKS_AMBIGUOUS", "MONTHS"):
        print(f"{name}: {len(globals()[name])}")
    for problem in issues:
        print("PROBLEM:", problem)
    print("self-check:", "OK" if not issues else f"{len(issues)} problem(s)")
    raise SystemExit(1 if issues else 0)
