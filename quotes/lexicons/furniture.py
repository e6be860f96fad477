"""Words of web-page furniture: the menus, teasers, forms and appeals around an article.

General web English, not any one site's. Used by ``quotes.layout.furniture``.
"""

from __future__ import annotations

import re

from quotes.lexicons import word_set
from quotes.lexicons.grammar import UPPER

# A short paragraph that is nothing but one of these is a menu item, a button or a label.
MENU_WORDS: frozenset[str] = word_set(
    """
    home news menu search subscribe newsletter newsletters login log in sign up register share
    tweet email print comments comment advertisement advertising sponsored ad close opinion
    opinions sport sports business lifestyle culture world politics entertainment about us
    contact submissions terms of use and conditions privacy policy cookie cookies accessibility
    careers jobs faq help more skip to content main back top toggle navigation previous next
    continue reading read load show see view all follow facebook twitter instagram linkedin
    youtube whatsapp telegram rss podcast podcasts video videos photos gallery live latest
    trending most popular editor's picks reply replies
    """
)


# A heading (alone on its line) after which come teasers or comments, not the article.
ZONE_HEADINGS: re.Pattern[str] = re.compile(
    r"""^\s*(?:
        related(?:\s+(?:posts?|articles?|content|stories|news|coverage|links|reading|topics))?
      | (?:read|see)\s+(?:more|also|next)(?:\s+(?:on|about|from)\b.*)?
      | more\s+(?:from|on|in|about|stories|news|articles|coverage)\b.*
      | recommended(?:\s+(?:for\s+you|stories|articles|reading))?
      | you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
      | (?:most|top)\s+(?:popular|read|viewed|shared|commented)(?:\s+\w+)?
      | trending(?:\s+now|\s+stories)?
      | popular(?:\s+(?:now|stories|posts))?
      | latest(?:\s+(?:news|stories|posts|articles))?
      | editor'?s\s+picks?
      | sponsored(?:\s+(?:content|stories|links))?
      | (?:from|around)\s+the\s+web
      | further\s+reading | also\s+read | don'?t\s+miss
      | \d*\s*comments? | leave\s+a\s+(?:comment|reply) | join\s+the\s+(?:discussion|conversation)
      | (?:post\s+a\s+)?comment(?:s)?\s*(?:\(\d+\))?
      | menu | tags?:? | topics?:?
      | share\s+this(?:\s+(?:article|story|post|page))?:?
    )\s*[:.]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The heading of a comment section that names the article: 3 thoughts on “Council approves plan”.
COMMENT_COUNT: re.Pattern[str] = re.compile(
    r"^\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s",
    re.IGNORECASE,
)

# Phrases that mark a paragraph as page furniture wherever they stand.
FURNITURE_PHRASES: re.Pattern[str] = re.compile(
    r"""(?:
        share\s+on\s+(?:facebook|twitter|x|linkedin|whatsapp|reddit|email)
      | all\s+rights\s+reserved | ©\s*\d{4} | ^\s*(?:©|\(c\)\s*\d{4}) | copyright\s+(?:©\s*)?\d{4}
      | (?:previous|next)\s+(?:article|post|story)
      | sign\s+up\s+(?:for|to)\s+(?:our|the)\b | subscribe\s+(?:to|for|now|today)\b
      | join\s+our\s+\w+(?:\s+\w+)?\s+(?:page|group|channel|community|list)
      | follow\s+us\s+on | like\s+us\s+on\s+facebook | download\s+(?:our|the)\s+app
      | click\s+here | show\s+me\s+later | don'?t\s+show\s+(?:it|this)\s+again
      | \b\d+\s+min(?:ute)?s?\s+read\b | reading\s+time | estimated\s+read
      | enable\s+javascript | your\s+browser\s+(?:does\s+not|doesn'?t)
      | we\s+use\s+cookies | accept\s+(?:all\s+)?cookies | cookie\s+(?:settings|preferences)
      | hosted\s+by\s+\S+\.\w{2,} | powered\s+by\s+\w+
      | \[(?:contact-form|gallery|caption|embed|shortcode|vc_)[^\]]*\]
      | (?:photo|image|video)\s+credit\s*: | \(photo\s*credit
      | ^\s*(?:photo|photograph|image|picture|video|illustration)s?\s*(?:credit)?\s*:
      | enter\s+your\s+e-?mail | your\s+e-?mail\s+address | (?:in|to)\s+your\s+inbox | by\s+signing\s+up
      | last\s+(?:modified|updated)\s*:
      | (?:published|posted|updated)\s*:?\s+(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)
      | advertisement\s*$
      | ^\s*(?:posted|filed)\s+(?:in|under)\s+[^.!?]*\|\s*tag | ^\s*tag(?:s|ged)(?:\s+with)?\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# The opening of an appeal for money or subscriptions addressed to the reader.
APPEAL_OPENINGS: re.Pattern[str] = re.compile(
    r"""^\s*(?:
        dear\s+(?:reader|readers|subscriber|friend|friends|visitor)s?\b
      | (?:please\s+)?support\s+(?:our|independent|quality|local)\s+journalism
      | become\s+a\s+(?:member|subscriber|supporter|patron)
      | (?:we|you)\s+(?:need|rely\s+on)\s+your\s+support
      | before\s+you\s+go\b
      | thank\s+you\s+for\s+reading
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Words of an appeal or a subscription offer.
APPEAL_WORDS: frozenset[str] = word_set(
    """
    subscribe subscriber subscribers subscription subscriptions paywall donate donation
    donations membership premium ad-free ads upgrade support supporter supporters readers
    journalism
    """
)

# Words of the page and its reader: with "we" and "you", the page speaks about itself.
PAGE_WORDS: frozenset[str] = word_set(
    """
    article articles story stories site website page pages post posts newsletter newsletters email
    e-mail inbox video videos podcast browser app location content feedback reader readers
    follower followers comment comments subscribe share follow click sign register login account
    """
)

# Pronouns that address the reader or speak for the publication; rare in reporting prose.
READER_ADDRESS: frozenset[str] = word_set(
    """
    you your yours yourself we our ours us
    """
)

# Lines that credit the writer: "By Jane Roe", or a name and a newsroom job ("Jane Roe | Staff Writer").
BYLINE: re.Pattern[str] = re.compile(
    rf"""^\s*(?:
        (?i:by|written\s+by|story\s+by|reporting\s+by)\s+{UPPER}
      | {UPPER}[\w'’-]+(?:\s+{UPPER}[\w'’.-]*){{1,2}}\s*[,|–—]\s*(?:[\w'’-]+\s+){{0,3}}
        (?i:reporter|correspondent|editor|writer|contributor|columnist|journalist|staff)s?\b
    )""",
    re.VERBOSE,
)

# First and second person: the voice of a reader's comment, rare in reporting outside quotations.
PERSONAL_VOICE: frozenset[str] = word_set(
    """
    i i'm i've i'd i'll me my mine myself you you're you've your yours we we're our us
    """
)

# Labels before a colon that open a line but name no speaker ("Note: …", "Update: …").
NOT_SPEAKER_LABELS: frozenset[str] = word_set(
    """
    note notes update updated correction clarification editor editors source sources photo photos
    image video watch listen read related more see also credit credits caption disclosure
    warning advertisement sponsored tags topics filed share comments subscribe breaking live
    why what how when where who background context timeline analysis opinion review
    exclusive explainer factbox recap preview podcast newsletter
    """
)
# Turn labels of the one who asks, in interviews and panels ("Q:", "MODERATOR:").
INTERVIEWER_LABELS: frozenset[str] = word_set("q question moderator host interviewer presenter anchor")
# Turn labels of the one interviewed ("A:").
ANSWER_LABELS: frozenset[str] = word_set("a answer")
