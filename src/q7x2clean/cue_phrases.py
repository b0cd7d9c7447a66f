"""Phrase lists (placeholder: the multilingual lists replace this)."""
SECTION_HEADINGS = {
 "related": ("related posts","related articles","related","you may also like","recent posts","top posts","more stories","read more","related stories","most popular","popular posts","read next","more from","trending"),
 "comments": ("comments","reader comments","leave a reply","leave a comment","post a comment","comment","join the discussion","responses"),
 "share": ("share this article","share this","share"),
 "newsletter": ("newsletter","subscribe","sign up"),
 "author_bio": ("about the author","avatar photo"),
 "tags": ("tags","filed under"),
 "footer": ("contact","contact us","about us","follow us","privacy"),
 "navigation": ("menu","skip to content","search"),
 "prev_next": ("previous post","next post","previous article","next article"),
}
LINE_CUES = {
 "share": ("share on facebook","tweet","print friendly","pdf & email","share this article"),
 "advert": ("advertisement","sponsored","continue reading below"),
 "read_time": ("min read","minute read"),
 "counter": ("views",),
 "cookie": ("we use cookies",),
 "copyright": ("all rights reserved","all right reserved"),
 "legal": ("privacy policy","terms of use"),
 "login": ("log in","login","sign in","register"),
 "comment_form": ("your email address will not be published","required fields are marked","minimum 50 characters","we welcome thoughtful discussions"),
 "navigation": ("skip to content",),
 "read_more": ("read more",),
 "photo_credit": ("getty images",),
}
BYLINE_PREFIXES = ("by","written by","von","par","por","di","door")
SOURCE_WORDS = ("source",)
NEWS_AGENCIES = ("IANS","AFP","AP","Reuters","PTI","ANI","dpa")
MONTHS = {m:i+1 for i,m in enumerate("january february march april may june july august september october november december".split())}
MONTHS.update({m:i+1 for i,m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())})
MONTHS.update({"mai":5,"maja":5,"mayo":5})
DATE_WORDS = {"published":("published","posted"),"updated":("updated",)}
SOCIAL_NETWORKS = ("facebook","twitter","linkedin","pinterest","threads","bluesky","email","instagram","youtube","whatsapp")
