"""Page layout: the headline, the article body and the page furniture around it.

Every page below is invented: an invented outlet (the Harbourside Gazette), invented towns and people.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.layout.furniture import Layout, classify
from quotes.layout.paragraphs import split_paragraphs
from quotes.marks.scan import find_quotations

HEADLINE = "Port Alder council approves harbour dredging plan after long delay"
LEDE = (
    "The council of Port Alder voted on Tuesday evening to approve a dredging plan for the old harbour, "
    "ending a dispute that had stalled the project since last spring."
)
QUOTE = (
    "“We cannot let the harbour silt up again,” said council leader Tomas Brannigan. “The fleet needs it.”"
)
SHORT = "The vote was close."
OPPOSITION = (
    "Opposition councillor Ruth Delacroix said the cost had been badly underestimated and warned that "
    "residents would pay for it through higher rates over the next decade."
)
ENVELOPE = "“This is a plan written on the back of an envelope,” she said."
LAST = "Work is expected to begin in June, and the first boats should use the deeper channel by the autumn."
ARTICLE = [LEDE, QUOTE, SHORT, OPPOSITION, ENVELOPE, LAST]


def layout(lines: list[str], title: str | None = None, sep: str = "\n") -> tuple[str, Layout]:
    text = sep.join(lines)
    return text, classify(text, split_paragraphs(text), title)


def roles(lines: list[str], title: str | None = None, sep: str = "\n") -> dict[str, str]:
    """The role of each paragraph, by its text."""
    text, lay = layout(lines, title, sep)
    return {text[p.start : p.end]: r for p, r in zip(lay.paragraphs, lay.roles, strict=True)}


def role_list(lines: list[str], title: str | None = None, sep: str = "\n") -> list[str]:
    _, lay = layout(lines, title, sep)
    return list(lay.roles)


def assert_article(got: dict[str, str], headline: str | None = HEADLINE) -> None:
    """The headline is the title and every paragraph of the article is body."""
    if headline is not None:
        assert got[headline] == "title"
    for para in ARTICLE:
        assert got[para] == "body", para


# --- the whole page -----------------------------------------------------------------------------

PAGE = [
    "Skip to content",
    "Home",
    "News",
    "Politics",
    "Sport",
    "Subscribe",
    "Harbourside Gazette",
    HEADLINE,
    "By Miriam Okafor",
    "March 4, 2024",
    "Share on Facebook",
    "Share on Twitter",
    "‘We cannot let the harbour silt up again,’ says council leader",
    *ARTICLE,
    "Related Posts",
    "Ferry timetable changes announced for the summer season...",
    "Harbour master retires after thirty years on the quay...",
    "Local school wins regional robotics prize",
    "Dear Reader, independent local journalism costs money. We ask you to support our journalism "
    "with as little as $5 a month so we can keep reporting on your town.",
    '[contact-form-7 id="1" title="Newsletter"]',
    "© 2024 Harbourside Gazette. All rights reserved.",
    "12 Comments",
    "Jonah Pell",
    "This plan is long overdue, I have been waiting for years.",
    "Agnes Whitley",
    "The cost will be much higher than they say, mark my words.",
    "Peter Strand",
    "“Back of an envelope” is right.",
]


def test_full_page_dump() -> None:
    got = roles(PAGE)
    assert_article(got)
    assert got["‘We cannot let the harbour silt up again,’ says council leader"] == "body"
    furniture = [
        line for line in PAGE if line not in ARTICLE and line != HEADLINE and not line.startswith("‘")
    ]
    for line in furniture:
        assert got[line] == "furniture", line


def test_full_page_with_blank_lines_between_paragraphs() -> None:
    got = roles(PAGE, sep="\n\n")
    assert_article(got)
    assert got["Related Posts"] == got["Jonah Pell"] == "furniture"


def test_roles_and_kept_paragraphs() -> None:
    text, lay = layout(PAGE)
    assert len(lay.roles) == len(lay.paragraphs) == len(PAGE)
    kept = [text[p.start : p.end] for p in lay.kept()]
    assert kept == [HEADLINE, PAGE[12], *ARTICLE]


# --- furniture, one kind at a time --------------------------------------------------------------


def test_navigation_menu_as_a_bullet_list() -> None:
    menu = ["- Home", "- World", "- Business", "- Opinion", "- Contact us"]
    got = roles([*menu, HEADLINE, *ARTICLE])
    assert all(got[m] == "furniture" for m in menu)
    assert_article(got)


def test_navigation_menu_as_bare_words() -> None:
    menu = ["Menu", "Search", "Log in", "Sign up", "Latest", "Video"]
    got = roles([*menu, HEADLINE, *ARTICLE])
    assert all(got[m] == "furniture" for m in menu)
    assert_article(got)


@pytest.mark.parametrize(
    "heading", ["Related Posts", "Related Content", "Related", "Read more", "You may also like"]
)
def test_teaser_list_after_the_article(heading: str) -> None:
    teasers = [
        "Ferry timetable changes announced for the summer season...",
        "Harbour master retires after thirty years on the quay…",
        "Lifeboat crew rescues two kayakers off the point",
        "“It was terrifying,” says swimmer pulled from the bay",
    ]
    got = roles([HEADLINE, *ARTICLE, heading, *teasers])
    assert_article(got)
    assert got[heading] == "furniture"
    assert all(got[t] == "furniture" for t in teasers)


def test_truncated_teasers_with_full_sentences_stay_furniture() -> None:
    teasers = [
        "The harbour master has retired after thirty years on the quay, and the board is looking for a...",
        "Ferry passengers faced delays of up to three hours on Sunday after a ramp broke at the...",
    ]
    got = roles([HEADLINE, *ARTICLE, "Related Stories", *teasers])
    assert all(got[t] == "furniture" for t in teasers)


def test_newsletter_form() -> None:
    form = [
        "Get the Morning Tide newsletter in your inbox",
        "Enter your email address",
        "Sign up",
        "By signing up you agree to our privacy policy and terms of use.",
        '[contact-form-7 id="1" title="x"]',
    ]
    got = roles([HEADLINE, LEDE, *form, *ARTICLE[1:]])
    assert all(got[f] == "furniture" for f in form)
    assert_article(got)


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook",
        "Share on X",
        "Share on WhatsApp",
        "Share this article",
        "Tweet",
        "Email",
        "Print",
        "5 min read",
        "Advertisement",
        "Photo: Jens Albrecht / Harbourside Gazette",
    ],
)
def test_buttons_and_labels(line: str) -> None:
    got = roles([HEADLINE, line, *ARTICLE])
    assert got[line] == "furniture"
    assert_article(got)


@pytest.mark.parametrize(
    "line",
    [
        "By Miriam Okafor",
        "BY MIRIAM OKAFOR",
        "By Miriam Okafor and Jens Albrecht, Harbourside Gazette",
        "Written by Miriam Okafor",
        "Miriam Okafor | Harbour Correspondent",
        "Miriam Okafor, Staff Writer",
    ],
)
def test_bylines(line: str) -> None:
    got = roles([HEADLINE, line, *ARTICLE])
    assert got[line] == "furniture"
    assert_article(got)


@pytest.mark.parametrize(
    "line",
    [
        "March 4, 2024",
        "4 March 2024",
        "Tuesday, March 5, 2024",
        "Mon, Mar 4, 2024 at 10:15 am EST",
        "2024-03-04",
        "04/03/2024 09:12",
        "Published: 4 March 2024",
        "Updated: March 5, 2024 10:15 am",
        "Last updated 2024-03-05 09:12",
        "Published on March 4, 2024 by Miriam Okafor",
    ],
)
def test_date_lines(line: str) -> None:
    got = roles([HEADLINE, line, *ARTICLE])
    assert got[line] == "furniture"
    assert_article(got)


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Harbourside Gazette. All rights reserved.",
        "© Harbourside Gazette 2024",
        "Copyright 2024 Harbourside Media Ltd",
        "Copyright © 2024 Harbourside Media Ltd. All rights reserved.",
        "All rights reserved.",
        "Terms of Use | Privacy Policy | Contact",
        "Posted in Local News | Tagged harbour, council",
        "Tags: harbour, council, dredging",
    ],
)
def test_footer_lines(line: str) -> None:
    got = roles([HEADLINE, *ARTICLE, line])
    assert got[line] == "furniture"
    assert_article(got)


def test_reader_comments_without_a_heading() -> None:
    thread = [
        "Jonah Pell",
        "This plan is long overdue, I have been waiting for years.",
        "Agnes Whitley",
        "Will the rates go up again? Nobody at the council will say.",
        "Peter Strand",
        "“Back of an envelope” is right.",
    ]
    got = roles([HEADLINE, *ARTICLE, *thread])
    assert_article(got)
    assert all(got[c] == "furniture" for c in thread)


def test_reader_comments_with_time_stamps_and_reply_buttons() -> None:
    thread = [
        "Jonah Pell says:",
        "March 5, 2024 at 9:14 am",
        "This plan is long overdue, and the council should have acted years ago when the silt built up.",
        "Reply",
        "Agnes Whitley says:",
        "March 5, 2024 at 11:02 am",
        "“Back of an envelope” is exactly right, the figures make no sense and the rates will go up again.",
        "Reply",
    ]
    for heading in ([], ["3 thoughts on “Port Alder council approves harbour dredging plan”"]):
        got = roles([HEADLINE, *ARTICLE, *heading, *thread])
        assert_article(got)
        assert all(got[c] == "furniture" for c in heading + thread)


def test_reader_comments_after_a_comment_heading() -> None:
    thread = [
        "Leave a Reply",
        "Jonah Pell",
        "The dredgers came last time too and nothing changed in the end, did it?",
        "Agnes Whitley",
        "Exactly what I was going to say about this whole business.",
    ]
    got = roles([HEADLINE, *ARTICLE, *thread])
    assert_article(got)
    assert all(got[c] == "furniture" for c in thread)


def test_subscription_appeal_after_the_article() -> None:
    appeal = [
        "Dear Reader,",
        "Independent local journalism costs money. We ask you to support our journalism with as little "
        "as $5 a month, so that we can keep reporting on your town.",
        "Your support keeps our reporters on the quay and in the council chamber.",
        "Support the Gazette",
    ]
    got = roles([HEADLINE, *ARTICLE, *appeal])
    assert_article(got)
    assert all(got[a] == "furniture" for a in appeal)


def test_subscription_appeal_before_the_article() -> None:
    appeal = [
        "Dear Reader, independent local journalism costs money.",
        "We ask you to support our journalism with as little as $5 a month. Your support keeps us going.",
    ]
    got = roles([*appeal, HEADLINE, *ARTICLE])
    assert all(got[a] == "furniture" for a in appeal)
    assert_article(got)


def test_appeal_before_an_article_that_opens_with_a_quotation() -> None:
    appeal = ["Before you go, we need your support: subscribe today for $5 a month."]
    opening = (
        "“We will not let our harbour die, and we will find the money,” said council leader Tomas Brannigan."
    )
    got = roles([*appeal, HEADLINE, opening, *ARTICLE])
    assert got[appeal[0]] == "furniture"
    assert got[opening] == "body"
    assert_article(got)


# --- the headline -------------------------------------------------------------------------------


def test_given_title_is_matched() -> None:
    kicker = "Harbour news for the week ahead in Port Alder"
    got = roles([kicker, HEADLINE, *ARTICLE], title=HEADLINE)
    assert got[HEADLINE] == "title"
    assert got[kicker] == "furniture"


def test_given_title_matches_despite_quotation_mark_style_and_case() -> None:
    headline = "Mayor: ‘We will rebuild’"
    got = roles([headline, *ARTICLE], title="mayor: 'We Will Rebuild'")
    assert got[headline] == "title"
    assert_article(got, headline=None)


def test_headline_with_single_marks_is_the_title_without_a_given_title() -> None:
    headline = "Mayor: ‘We will rebuild’"
    got = roles(["- Home", "- News", headline, *ARTICLE])
    assert got[headline] == "title"


def test_first_headline_like_line_is_the_title() -> None:
    got = roles(["Harbourside Gazette", HEADLINE, "By Miriam Okafor", *ARTICLE])
    assert got[HEADLINE] == "title"
    assert got["Harbourside Gazette"] == "furniture"


def test_a_title_case_headline_ending_with_a_full_stop_is_the_title() -> None:
    headline = "Harbour Chief Says ‘We Will Sail Again’ After Winter Storms Close The Quay."
    got = roles([headline, *ARTICLE])
    assert got[headline] == "title"
    assert_article(got, headline=None)


def test_a_first_sentence_in_running_prose_is_no_title() -> None:
    lede = "The harbour chief said on Monday that the ferries would sail again after the storms."
    got = roles([lede, *ARTICLE])
    assert got[lede] == "body"


def test_given_title_not_on_the_page_falls_back_to_the_first_headline() -> None:
    got = roles([HEADLINE, *ARTICLE], title="Something else entirely | Harbourside Gazette")
    assert got[HEADLINE] == "title"


def test_headline_after_a_share_box_above_the_article() -> None:
    page = [
        "Harbourside Gazette",
        "Share this article",
        "Share on Facebook",
        "Email",
        HEADLINE,
        "By Miriam Okafor",
        "March 4, 2024",
        *ARTICLE,
    ]
    got = roles(page)
    assert_article(got)


def test_headline_swallowed_by_an_appeal_is_found_by_the_given_title() -> None:
    page = ["Dear Reader, please support our journalism for $5 a month.", HEADLINE, QUOTE, *ARTICLE]
    got = roles(page, title=HEADLINE)
    assert got[HEADLINE] == "title"


def test_standfirst_quotation_under_the_headline_is_body() -> None:
    standfirst = "‘We cannot let the harbour silt up again,’ says council leader"
    got = roles([HEADLINE, standfirst, *ARTICLE])
    assert got[standfirst] == "body"
    assert_article(got)


def test_short_body_paragraphs_are_body() -> None:
    shorts = ["Nobody was hurt.", "It is not enough.", "The vote was close.", "“No,” she said."]
    got = roles([HEADLINE, LEDE, shorts[0], QUOTE, shorts[1], OPPOSITION, shorts[3], LAST])
    assert all(got[s] == "body" for s in shorts if s in got)


# --- mid-page headings and cross-heads ----------------------------------------------------------


def test_related_heading_in_the_middle_does_not_drop_the_rest_of_the_article() -> None:
    page = [HEADLINE, LEDE, QUOTE, "Related", OPPOSITION, ENVELOPE, LAST]
    got = roles(page)
    assert got["Related"] == "furniture"
    assert all(got[p] == "body" for p in (LEDE, QUOTE, OPPOSITION, ENVELOPE, LAST))


def test_related_box_with_a_teaser_in_the_middle_of_the_article() -> None:
    page = [
        HEADLINE,
        LEDE,
        QUOTE,
        "Related Stories",
        "Harbour flood defences were cut in 2019",
        OPPOSITION,
        "Nobody was hurt.",
        ENVELOPE,
        "It is not enough.",
        LAST,
    ]
    got = roles(page)
    assert got["Related Stories"] == got["Harbour flood defences were cut in 2019"] == "furniture"
    for para in (OPPOSITION, "Nobody was hurt.", ENVELOPE, "It is not enough.", LAST):
        assert got[para] == "body", para


def test_cross_headed_article_is_not_a_comment_thread() -> None:
    page = [HEADLINE, LEDE, QUOTE, "Cost Concerns Remain", OPPOSITION, "What Happens Next", LAST]
    got = roles(page)
    assert all(got[p] == "body" for p in (LEDE, QUOTE, OPPOSITION, LAST))


def test_duplicated_paragraph_is_furniture() -> None:
    got = role_list([HEADLINE, LEDE, QUOTE, LEDE, LAST])
    assert got == ["title", "body", "body", "furniture", "body"]


# --- clean text ---------------------------------------------------------------------------------


def test_clean_text_is_all_body() -> None:
    assert set(role_list(ARTICLE)) == {"body"}
    assert set(role_list(ARTICLE, sep="\n\n")) == {"body"}


def test_clean_text_with_a_headline_is_a_title_and_body() -> None:
    assert role_list([HEADLINE, *ARTICLE], sep="\n\n") == ["title"] + ["body"] * len(ARTICLE)
    assert role_list([HEADLINE, *ARTICLE], title=HEADLINE) == ["title"] + ["body"] * len(ARTICLE)


def test_clean_text_with_reader_address_inside_quotations_is_body() -> None:
    lines = [
        "“We owe it to you, our voters, and we will deliver,” the mayor told the crowd.",
        "“Your support means we can finish the job,” she said, before leaving for the quay.",
        "''We ask you to trust us,'' her deputy said at the same event on Saturday afternoon.",
    ]
    assert set(role_list([*ARTICLE[:2], *lines, *ARTICLE[2:]])) == {"body"}


def test_opinion_piece_in_the_first_person_is_body() -> None:
    lines = [
        "I have lived in Port Alder for thirty years, and I have never seen the harbour this shallow.",
        "You can walk across it at low tide now, which should worry every one of us.",
        "We need the dredgers, and we need them before the winter storms arrive.",
    ]
    assert set(role_list(lines)) == {"body"}


def test_hard_wrapped_markdown_draft() -> None:
    text = (
        "# Port Alder council approves harbour dredging plan\n\n"
        "The council of Port Alder voted on Tuesday evening to approve a dredging\n"
        "plan for the old harbour, ending a dispute that had stalled the project\n"
        "since last spring.\n\n"
        "“We cannot let the harbour silt up again,” said council leader Tomas\n"
        "Brannigan, who has pushed for the plan since his election two years ago.\n"
    )
    lay = classify(text, split_paragraphs(text), None)
    assert list(lay.roles) == ["title", "body", "body"]


def test_empty_page() -> None:
    lay = classify("", [], None)
    assert lay.roles == () and lay.kept() == []


# --- properties ---------------------------------------------------------------------------------

_LINES = st.sampled_from(
    [*PAGE, "", "Related", "Jonah Pell", "Nobody was hurt.", "- Home", "Dear Reader,", "Reply", "“Yes.”"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=25), st.sampled_from([None, HEADLINE, "Not on the page"]))
def test_classify_gives_one_role_a_paragraph_and_at_most_one_title(
    lines: list[str], title: str | None
) -> None:
    text = "\n".join(lines)
    paras = split_paragraphs(text)
    lay = classify(text, paras, title)
    assert lay.paragraphs == tuple(paras)
    assert len(lay.roles) == len(paras)
    assert set(lay.roles) <= {"title", "body", "furniture"}
    assert list(lay.roles).count("title") <= 1
    assert lay.kept() == [p for p, r in zip(paras, lay.roles, strict=True) if r != "furniture"]


def test_quotations_in_furniture_are_not_searched() -> None:
    text, lay = layout(PAGE)
    kept = lay.kept()
    spans, _ = find_quotations(text, kept)
    found = [q.text(text) for q in spans]
    assert found == [
        "We cannot let the harbour silt up again,",
        "We cannot let the harbour silt up again,",
        "The fleet needs it.",
        "This is a plan written on the back of an envelope,",
    ]


def test_sentences_are_cut_at_stops_before_capitals_but_not_after_titles_or_initials() -> None:
    from quotes.layout.sentences import sentences

    text = 'Mr. Roe met J. Ng at the U.S. embassy. "It went well," he said. she left.\n\nThe end.'
    spans = [text[s:e].strip() for s, e in sentences(text, 0, len(text))]
    assert spans == ["Mr. Roe met J. Ng at the U.S. embassy.", '"It went well," he said. she left.', "The end."]


def test_a_short_abbreviation_in_brackets_ends_no_sentence() -> None:
    from quotes.layout.sentences import sentences

    text = "Aides said Major (retd.) Ivo Brand had left. The pier closed."
    spans = [text[s:e].strip() for s, e in sentences(text, 0, len(text))]
    assert spans == ["Aides said Major (retd.) Ivo Brand had left.", "The pier closed."]
