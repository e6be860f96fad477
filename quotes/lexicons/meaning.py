"""Words whose change changes what a quotation means: negations, numbers, dates, antonyms.

Used by ``quotes.compare.relations`` to tell an ``altered`` quotation from a mere ``variant``.
General English.
"""

from __future__ import annotations

from quotes.lexicons import word_set

NEGATIONS: frozenset[str] = word_set(
    """
    not no never n't nothing nobody none neither nor cannot can't won't don't doesn't didn't isn't
    aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't mustn't without nowhere
    """
)

NUMBER_WORDS: frozenset[str] = word_set(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion dozen half quarter third first second fifth tenth
    once twice thrice double triple percent
    """
)

DATE_WORDS: frozenset[str] = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december yesterday today tomorrow tonight week month
    year decade morning evening night
    """
)

# Pairs of words of opposite meaning; each direction counts.
_ANTONYM_PAIRS = """
increase:decrease rise:fall raise:lower up:down more:less most:least higher:lower high:low
support:oppose supports:opposes supported:opposed win:lose won:lost winning:losing accept:reject
accepted:rejected allow:forbid allow:ban allowed:banned legal:illegal guilty:innocent true:false
always:never all:none everyone:nobody everything:nothing success:failure successful:unsuccessful
agree:disagree agreed:disagreed approve:reject approved:rejected strong:weak stronger:weaker
safe:dangerous safe:unsafe possible:impossible likely:unlikely able:unable will:won't can:cannot
before:after start:stop begin:end open:close opened:closed include:exclude included:excluded
friend:enemy friends:enemies peace:war win:defeat victory:defeat best:worst better:worse good:bad
right:wrong love:hate easy:hard easy:difficult pro:anti for:against with:without yes:no
responsible:irresponsible sustainable:unsustainable acceptable:unacceptable fair:unfair
remain:leave stay:leave continue:stop expand:reduce expand:cut gain:loss profit:loss
"""

ANTONYMS: dict[str, frozenset[str]] = {}
for _pair in _ANTONYM_PAIRS.split():
    _a, _b = _pair.split(":")
    ANTONYMS[_a] = ANTONYMS.get(_a, frozenset()) | {_b}
    ANTONYMS[_b] = ANTONYMS.get(_b, frozenset()) | {_a}

# Words that carry little meaning of their own, left out when measuring content overlap.
FUNCTION_WORDS: frozenset[str] = word_set(
    """
    a an the and or but so of to in on at by for with from as is are was were be been being it its
    this that these those there here i we you he she they me us him her them my our your his their
    will would shall should can could may might must do does did have has had not no than then
    very just also too only about into over under again some any each which who whom whose what
    when where why how all both more most other such own same if because while until up out off
    """
)
