"""Tests for quotebase.extract.coref: pronoun speakers and the names they stand for."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from spacy.lang.en import English
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotebase.extract.coref import (
    _introduces_quote,
    compatible,
    named_by_description,
    named_by_title,
    nearest_mention,
    people_groups,
    remembered,
    resolve_pronoun,
    with_full_name,
)
from quotebase.extract.mentions import (
    PersonMention,
    _among,
    _ids,
    _surname_words,
    collect_mentions,
    gender_of,
    is_brand,
    is_known_surname,
    mention_of,
    name_given,
    people_named_as_organisations,
    place_words,
    share_gender,
    surname_of,
    surnames_of_people,
    written_in_lower_case,
)
from quotebase.extract.records import DocumentMeta, EntityKind, Mention

META = DocumentMeta(outlet="The Daily Example", author="Pat Writer")

GENDER_CASES = [
    # a given name
    ("Hillary Clinton", "f"),
    ("Donald Trump", "m"),
    # a given name after titles and descriptors
    ("Vice President Joe Biden", "m"),
    # less common given names, each borne mostly by one gender
    ("Marco Ortiz", "m"),
    ("Antonin Weber", "m"),
    ("Neera Shah", "f"),
    ("Zephyr Lane", "f"),
    ("Secretary of State Madeleine Albright", "f"),
    # a place before a title is no given name ("Virginia", "Georgia" are also names)
    ("Virginia Gov. John Eklund", "m"),
    ("Georgia Rep. Terry Vance", None),
    # a gendered title
    ("Mr. Obama", "m"),
    ("Mrs. Clinton", "f"),
    ("Ms. Okafor", "f"),
    # a gendered head noun
    ("the spokeswoman", "f"),
    ("his brother", "m"),
    # a title's word borne as a surname is no title, nor a gendered noun
    ("Carole King", "f"),
    ("Quill Prince", None),
    ("King", None),
    ("Mr. Prince Jr.", "m"),
    ("the king", "m"),
    ("Tennis great Ann King", "f"),
    ("Tennis great Quill King", None),
    # nothing to go on: a surname alone, a neutral description
    ("Clinton", None),
    ("the official", None),
    ("a source", None),
]


@pytest.mark.parametrize(("name", "gender"), GENDER_CASES)
def test_gender_of_reads_titles_given_names_and_nouns(name, gender):
    assert gender_of(name.split()) == gender


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Hillary Clinton's", "clinton"), ("Sanders’", "sanders"), ("Ann Lee", "lee"), ("", "")],
)
def test_surname_of_drops_possessives(name, surname):
    assert surname_of(name) == surname


def _pm(name: str, token: int, gender: str | None = None, **kw: object) -> PersonMention:
    return PersonMention(
        Mention(name, 0, len(name)),
        name,
        kw.pop("kind", EntityKind.PERSON),  # type: ignore[arg-type]
        token,
        bool(kw.pop("subject", True)),
        bool(kw.pop("main", True)),
        gender,
        bool(kw.pop("plural", False)),
        bool(kw.pop("personal", True)),
    )


def test_surname_alone_takes_the_gender_of_its_full_name():
    shared = share_gender([_pm("Donald Trump", 0, "m"), _pm("Trump", 5)])
    assert [m.gender for m in shared] == ["m", "m"]


def test_surname_that_reads_as_a_given_name_takes_the_gender_of_its_full_name():
    # "Warren" alone reads as a man's given name; the document uses it as her surname
    shared = share_gender([_pm("Elizabeth Warren", 0, "f"), _pm("Warren", 5, "m")])
    assert [m.gender for m in shared] == ["f", "f"]
    # a full name that does not say leaves the word's gender unknown, not a man's
    shared = share_gender([_pm("Ilyse Bradley", 0), _pm("Bradley", 5, "m")])
    assert shared[-1].gender is None
    # a given name written alone, borne as a surname by no one, keeps its gender
    assert share_gender([_pm("Tom Bell", 0, "m"), _pm("Hillary", 5, "f")])[-1].gender == "f"


def test_surname_shared_by_both_genders_stays_unknown():
    mentions = [_pm("Hillary Clinton", 0, "f"), _pm("Bill Clinton", 3, "m"), _pm("Clinton", 9)]
    assert share_gender(mentions)[-1].gender is None


def _doc(words: list[str], pos: list[str], tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, pos=pos, tags=tags)


def test_name_read_as_an_organisation_is_a_person_when_a_given_name_opens_it():
    org = EntityKind.ORGANIZATION
    mentions = [
        _pm("Carly Fiorina", 0, "f", kind=org),
        _pm("Fiorina", 5, kind=org),
        _pm("Acme Corp", 9, kind=org),
    ]
    kinds = [m.kind for m in people_named_as_organisations(mentions)]
    assert kinds == [EntityKind.PERSON, EntityKind.PERSON, org]


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Ann-Sofie Lindqvist", True),  # a known given name in a hyphenated pair
        ("Tobin B. Ostrander", True),  # a middle initial
        ("J. B. Ostrander", False),  # initials only: a firm's name as often as a person's
        ("Acme Holdings", False),
    ],
)
def test_name_read_as_an_organisation_is_a_person_by_its_given_name_or_initial(name, person):
    org = EntityKind.ORGANIZATION
    (found,) = people_named_as_organisations([_pm(name, 0, kind=org)])
    assert (found.kind is EntityKind.PERSON) is person


def test_surname_ending_in_s_tagged_plural_is_one_person():
    doc = Doc(
        Vocab(),
        words=["Bernie", "Sanders", "spoke"],
        pos=["PROPN", "PROPN", "VERB"],
        tags=["NNP", "NNPS", "VBD"],
        heads=[1, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
        ents=["B-PERSON", "I-PERSON", "O"],
    )
    assert not mention_of(doc[1]).plural


def test_he_and_she_skip_groups_things_and_the_other_gender():
    doc = _doc(["she"], ["PRON"], ["PRP"])
    she = doc[0]
    assert compatible(she, _pm("Ann Fox", 0, "f"))
    assert compatible(she, _pm("Fox", 0))
    assert not compatible(she, _pm("Tom Fox", 0, "m"))
    assert not compatible(she, _pm("the crowd", 0, kind=EntityKind.UNNAMED, personal=False))
    assert not compatible(she, _pm("officials", 0, kind=EntityKind.UNNAMED, plural=True))


def test_they_takes_a_group_or_an_organisation():
    they = _doc(["they"], ["PRON"], ["PRP"])[0]
    assert compatible(they, _pm("the campaign", 0, kind=EntityKind.UNNAMED))
    assert compatible(they, _pm("Acme Corp", 0, kind=EntityKind.ORGANIZATION))
    assert compatible(they, _pm("officials", 0, kind=EntityKind.UNNAMED, plural=True))
    assert not compatible(they, _pm("Ann Fox", 0, "f"))


def test_they_never_takes_writings_it_takes_one():
    doc = Doc(
        Vocab(),
        words=["the", "memos", "the", "memo", "they", "it"],
        pos=["DET", "NOUN", "DET", "NOUN", "PRON", "PRON"],
        lemmas=["the", "memo", "the", "memo", "they", "it"],
    )
    memos = _pm("the memos", 1, kind=EntityKind.UNNAMED, plural=True, personal=False)
    memo = _pm("the memo", 3, kind=EntityKind.UNNAMED, personal=False)
    assert not compatible(doc[4], memos)
    assert compatible(doc[5], memo)


def _coordinated(second: str) -> Doc:
    """ "Ann Ray and <second> Bell spoke . They left": a coordinated subject, then "they"."""
    return Doc(
        Vocab(),
        words=["Ann", "Ray", "and", second, "Bell", "spoke", ".", "They", "left"],
        pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB"],
        heads=[1, 5, 1, 4, 1, 5, 5, 8, 8],
        deps=["compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct", "nsubj", "ROOT"],
    )


def test_people_named_together_are_one_antecedent_for_they():
    doc = _coordinated("Tom")
    ray = _pm("Ann Ray", 1, "f")
    bell = _pm("Tom Bell", 4, "m", subject=False, main=False)
    ((group, members),) = people_groups(doc[7], [ray, bell])
    assert (group.name, group.kind) == ("Ann Ray and Tom Bell", EntityKind.UNNAMED)
    assert members == {1, 4} and group.plural and group.is_main_subject
    found = resolve_pronoun(doc[7], [ray, bell])
    assert found is not None and found.name == "Ann Ray and Tom Bell"


def test_a_person_and_a_body_are_no_group_of_people():
    doc = _coordinated("Acme")
    ray = _pm("Ann Ray", 1, "f")
    acme = _pm("Acme Bell", 4, kind=EntityKind.ORGANIZATION, subject=False, main=False)
    assert people_groups(doc[7], [ray, acme]) == []


def test_it_takes_an_organisation_or_a_group_never_a_person():
    it = _doc(["it"], ["PRON"], ["PRP"])[0]
    assert compatible(it, _pm("Acme Corp", 0, kind=EntityKind.ORGANIZATION))
    assert compatible(it, _pm("the company", 0, kind=EntityKind.UNNAMED, personal=False))
    assert not compatible(it, _pm("Ann Fox", 0, "f"))
    assert not compatible(it, _pm("the spokesman", 0, kind=EntityKind.UNNAMED))
    assert not compatible(it, _pm("officials", 0, kind=EntityKind.UNNAMED, plural=True))


def _titled(text: str, token: int, kind: EntityKind = EntityKind.PERSON) -> PersonMention:
    return PersonMention(Mention(text, 0, len(text)), text, kind, token, True, True)


def test_office_description_names_only_a_holder_of_the_same_office():
    # a deputy's office is another: "the vice president" is no "President Tom Reed"
    vice = _titled("the vice president", 9, EntityKind.UNNAMED)
    president = _titled("the president", 9, EntityKind.UNNAMED)
    people = [_titled("Vice President Ann Fox", 1), _titled("President Tom Reed", 4)]
    assert named_by_title(vice, [*people, vice]).name == "Ann Fox"
    assert named_by_title(president, [*people, president]).name == "Tom Reed"
    assert named_by_title(vice, [people[1], vice]).name == "the vice president"


def test_office_description_names_no_one_when_two_people_hold_the_title():
    the_senator = _titled("the senator", 9, EntityKind.UNNAMED)
    one = [_titled("Sen. Ann Fox", 1), the_senator]
    two = [_titled("Sen. Ann Fox", 1), _titled("Sen. Tom Reed", 4), the_senator]
    assert named_by_title(the_senator, one).name == "Ann Fox"
    assert named_by_title(the_senator, two).name == "the senator"


def test_place_words_are_tagged_places_more_often_than_people():
    doc = Doc(
        Vocab(),
        words=["in", "Clarkston", "to", "Clarkston", "Clarkston", "left", "Ann", "Fox"],
        ents=["O", "B-GPE", "O", "B-GPE", "B-PERSON", "O", "B-PERSON", "I-PERSON"],
    )
    assert place_words(doc) == frozenset({"Clarkston"})


def test_document_id_columns_are_matched_exactly_above_two_to_the_63():
    # string ids are 64-bit hashes; a plain numpy array of them turns float64 past 2**63
    words = frozenset({"Ann", "Fox", "Tom", "Bell", "Dana", "Ray", "Cole", "Mira"})
    ids = _ids(words)
    assert ids.tolist() == sorted(get_string_id(w) for w in words)
    big = max(ids.tolist())
    assert big > 2**63
    column = np.array([big, big - 1, 7], dtype=np.uint64)
    assert _among(column, ids).tolist() == [True, False, False]


def test_surname_words_follow_given_names_and_name_words_but_not_titles():
    # "Ann Fox and Sen. Cole met Ostrow Quill": "Fox" follows a given name, "Quill" a name
    # word joined to it; "Cole" follows a title only
    words = ["Ann", "Fox", "and", "Sen.", "Cole", "met", "Ostrow", "Quill"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PROPN", "PROPN"]
    heads = [1, 5, 1, 4, 1, 5, 7, 5]
    deps = ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "compound", "dobj"]
    doc = Doc(English().vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert _surname_words(doc) == frozenset({"Fox", "Quill"})


def test_a_word_written_in_lower_case_elsewhere_is_found_by_its_lower_case_form():
    doc = Doc(Vocab(), words=["Time", "will", "tell", ",", "time", "and", "Ray", "say", "."])
    assert written_in_lower_case(doc, "Time")
    assert not written_in_lower_case(doc, "Ray")
    assert not written_in_lower_case(doc, ",")  # no letter: nothing in lower case


def test_word_mostly_read_as_a_place_is_a_person_with_a_relative_on_who():
    # "in Clarkston to Clarkston . Clarkston , who won , spoke": the third is a person
    words = ["in", "Clarkston", "to", "Clarkston", ".", "Clarkston", ",", "who", "won", ","]
    words += ["spoke", "."]
    pos = ["ADP", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]
    pos += ["VERB", "PUNCT"]
    heads = [0, 0, 1, 2, 0, 10, 5, 8, 5, 5, 10, 10]
    deps = ["ROOT", "pobj", "prep", "pobj", "punct", "nsubj", "punct", "nsubj", "relcl"]
    deps += ["punct", "ROOT", "punct"]
    ents = ["O", "B-GPE", "O", "B-GPE", "O", "B-PERSON"] + ["O"] * 6
    doc = Doc(Vocab(), words=words, pos=pos, heads=heads, deps=deps, ents=ents)
    found = collect_mentions(list(doc))
    assert [(m.name, m.token) for m in found if m.kind is EntityKind.PERSON] == [("Clarkston", 5)]


def test_pronoun_prefers_the_latest_compatible_speaker():
    words = ["x"] * 10 + ["she"]
    doc = _doc(words, ["X"] * 10 + ["PRON"], ["X"] * 10 + ["PRP"])
    candidates = [_pm("Ann Fox", 1, "f"), _pm("Tom Reed", 6, "m")]
    found = resolve_pronoun(doc[10], candidates)
    assert found is not None and found.name == "Ann Fox"


def test_remembered_pronoun_speaker_keeps_the_pronoun_gender():
    doc = _doc(["she"], ["PRON"], ["PRP"])
    found = remembered(doc[0], "Okafor", EntityKind.PERSON, Mention("she", 0, 3), [])
    assert found is not None and found.gender == "f" and found.name == "Okafor"


def test_unresolved_pronoun_is_no_antecedent():
    doc = _doc(["he"], ["PRON"], ["PRP"])
    assert remembered(doc[0], "he", EntityKind.UNNAMED, Mention("he", 0, 2), []) is None


# (mentions as (name, start), person, offset, expected mention start or None)
NEAREST_CASES = [
    # the latest mention before the offset, under any form of the name
    ([("Helen Ward", 0), ("Ward", 40), ("Sen. Helen Ward", 90)], "Helen Ward", 80, 40),
    # a pronoun speaker remembered under the name it resolved to is a mention too
    ([("Helen Ward", 0), ("she", 60)], "Helen Ward", 80, 60),
    # another bearer of the surname is someone else
    ([("Helen Ward", 0), ("Tom Ward", 50)], "Helen Ward", 80, 0),
    # a description is matched by its words
    ([("the spokesman", 5), ("Ann Fox", 30)], "the spokesman", 80, 5),
    # nothing before the offset
    ([("Helen Ward", 100)], "Helen Ward", 80, None),
]


@pytest.mark.parametrize(("mentions", "person", "offset", "expected"), NEAREST_CASES)
def test_nearest_mention_of_a_person_before_an_offset(mentions, person, offset, expected):
    candidates = [
        PersonMention(
            Mention(text, start, start + len(text)), name, EntityKind.PERSON, n, True, True
        )
        for n, (text, start) in enumerate(mentions)
        for name in [person if text == "she" else text]
    ]
    found = nearest_mention(candidates, person, offset)
    assert (found.start if found else None) == expected


# (text, start of the quote, expected speaker name): sentences written for these tests.
PRONOUN_CASES = [
    (
        "Maria Lopez met Tom Brandt on Friday. “The deal is done,” she said.",
        "The deal is done",
        "Maria Lopez",
    ),
    (
        "Maria Lopez met Tom Brandt on Friday. “The deal is done,” he said.",
        "The deal is done",
        "Tom Brandt",
    ),
    (
        "Mr. Brandt spoke after Ann Fox left. “We lost the vote,” he said.",
        "We lost the vote",
        "Brandt",
    ),
    (
        "Senator Helen Ward spoke first. Her rival, Paul Ames, listened.\n\n"
        "“Nobody wants this,” she said.\n\n“Nobody at all,” she added.",
        "Nobody at all",
        "Helen Ward",
    ),
    # a description apposed to a name stands for the name: "The city's top lawyer, Tom Reyes"
    (
        "Anna Berg met the press on Monday.\n\n"
        "The city's top lawyer, Tom Reyes, defended the ruling.\n\n“We will appeal,” he said.",
        "We will appeal",
        "Tom Reyes",
    ),
    # a name apposed to a described subject is the subject, nearer than the earlier speaker
    (
        "“We lost,” Paul Sand said.\n\nAnother superdelegate, Tom Reyes of Ohio, explained the"
        " reason for his vote.\n\n“It is time,” he said.",
        "It is time",
        "Tom Reyes",
    ),
    # a definite description of an office: the one person named earlier with its title
    (
        "Ohio Gov. Tom Reyes met Sen. Paula Fox on Monday.\n\n"
        "The Ohio governor was blunt. “It is time,” he said.",
        "It is time",
        "Tom Reyes",
    ),
    # "Vice President" is another office than "the president"
    (
        "Vice President Tom Reyes met President Mark Fox on Monday.\n\n"
        "The president was blunt. “It is time,” he said.",
        "It is time",
        "Mark Fox",
    ),
    # a town the tagger reads as a place elsewhere in the text is no antecedent for "he"
    (
        "Omar Haddad moved to Clarkston, Georgia, in 2010. He found work in Clarkston quickly."
        "\n\nSoon Clarkston became his home. “It is quiet here,” he said.",
        "It is quiet here",
        "Omar Haddad",
    ),
    # the subject of a clause leading into the quote within the pronoun's sentence
    (
        "“We lost,” Paul Sand said on Sunday.\n\nGov. Tom Reyes weighed in as well, telling a"
        " radio host on Monday, “Both of them are qualified,” he said.",
        "Both of them",
        "Tom Reyes",
    ),
    # "it" after an organisation or a group noun: the organisation speaks
    # a person the tagger reads as an organisation ("... CEO Carly Packard") is a person
    (
        "Lena Myers thanked Mark Olsen for his help.\n\n"
        "Former Example Corp CEO Carly Packard picked a favorite.\n\n“The Wire,” she said.",
        "The Wire",
        "Carly Packard",
    ),
    (
        "Northwind Bank wrote to Tom Brandt on Monday. “We regret the delay,” it said.",
        "We regret the delay",
        "Northwind Bank",
    ),
    (
        "The company wrote to its customers on Monday. “We regret the delay,” it said.",
        "We regret the delay",
        "The company",
    ),
    # an imperative that presents someone makes that person the topic
    (
        "Donald Brant has said little about the bank. Others have said more. Just look at"
        " Senator Paul Okafor. He has said the bank should “stop printing money” for good.",
        "stop printing money",
        "Paul Okafor",
    ),
    # the last main subject is of the other gender: the woman named since, not an older
    # main subject of unknown gender
    (
        "The press secretary praised the crew on Monday.\n\n“They did fine work,” Tom Bell"
        " wrote to the staff that night.\n\nBell was replying to a note from Senator Ann Ray,"
        " reporting that the convoy had crossed the border. “The convoy is safe at last,” she"
        " wrote.",
        "The convoy is safe",
        "Ann Ray",
    ),
    # a sentence with no person as its subject: a pronoun below its main clause refers to
    # the one person it introduces, not to the earlier topic
    (
        "Donald Brant skipped the forum on Thursday and held a rally of his own.\n\nThe"
        " absence put Sen. Tom Bell of Ohio in the spotlight, to the point that he complained"
        " about “trick” questions from the panel.",
        "trick",
        "Tom Bell",
    ),
    (
        "Donald Brant skipped the forum on Thursday.\n\nThe latest to back him is Rep. Tom Bell,"
        " a congressman from Ohio who drew wide notice years ago when he shouted “Liar!”"
        " during a hearing.",
        "Liar",
        "Tom Bell",
    ),
    # a name inside the quote is no one the sentence introduces
    (
        "Donald Brant spoke to the crowd on Thursday.\n\nThe cheers grew as he said, “Tom"
        " Bell is no friend of ours.”",
        "Tom Bell is no friend",
        "Donald Brant",
    ),
    # a tag inserted between a subject and its verb reports on that subject: never its speaker
    (
        "Dr. Tom Bell said the club was split.\n\nThrift, he observed, has always mattered to"
        " its older members, and is likely what keeps the “old hands” loyal.",
        "old hands",
        "Tom Bell",
    ),
    # a description of a candidate or officeholder is not the moderator named since
    (
        "Marco Diaz took the first question of the night.\n\nDebate moderator Gerald Baker"
        " then asked him whether his tax plan would cost too much.\n\nThe Florida senator"
        " answered that families come first. But he stumbled a little.\n\n“The best job I"
        " will ever have is being a father,” he said.",
        "The best job",
        "Marco Diaz",
    ),
    # nor the press secretary named since, in an apposed description
    (
        "Donald Brant spoke to the group on Monday.\n\n“It was a mistake,” said Tom Bell, a"
        " former White House press secretary.\n\nStill, the businessman keeps saying his plans"
        " must stay private. “I want to meet them first,” he said.",
        "I want to meet them",
        "Donald Brant",
    ),
    # "it" after a writing that speaks for its authors: the memo, not the council or the city
    (
        "The city council met on Tuesday.\n\nA memo from the council appeared to defend the"
        " budget.\n\n“Most of the new spending goes to schools,” it stated.",
        "Most of the new spending",
        "A memo",
    ),
    (
        "Greenfield Motors sent out a flier on Monday.\n\nThe flier includes a map of the new"
        " route.\n\nOn the back it reads, “Come ride with us.”",
        "Come ride with us",
        "The flier",
    ),
]


@pytest.fixture(scope="module")
def nlp():
    from quotebase.extract.pipeline import load_nlp

    return load_nlp()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Per a statement from Ann Ray, the vote was lost.", True),
        ("The vote, per Ann Ray, was lost.", True),
        ("According to Ann Ray, the vote was lost.", True),
        ("Ann Ray lost the vote.", False),
        ("He paid five dollars per share to Ann Ray.", False),
    ],
)
def test_according_source_through_per(nlp, text, source):
    from quotebase.extract.mentions import is_according_source

    doc = nlp(text)
    assert is_according_source(next(t for t in doc if t.text == "Ray")) is source


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), PRONOUN_CASES)
def test_pronoun_speaker_resolves_to_a_compatible_person(nlp, text, fragment, speaker):
    from quotebase.extract.pipeline import extract

    quotes = extract(text, META, nlp).quotes
    quote = next(q for q in quotes if q.text.startswith(fragment))
    assert quote.speaker is not None
    assert quote.speaker.name.endswith(speaker.split()[-1])
    assert quote.speaker.name == speaker or speaker.split()[-1] == quote.speaker.name


@pytest.mark.model
def test_i_inside_the_quote_is_not_the_speaker(nlp):
    from quotebase.extract.pipeline import extract

    quotes = extract("“I will not resign,” Dana Kim said.", META, nlp).quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Dana Kim"


# (text, expected name of the pronoun speaker): the person's full name in the document,
# without titles; a surname shared by two people is told apart by the pronoun's gender
FULL_NAME_CASES = [
    ("Hillary Clinton and Bill Clinton arrived late.\n\nClinton was upbeat. “We will win,”"
     " she said.", "Hillary Clinton"),
    ("Hillary Clinton and Bill Clinton arrived late.\n\nClinton was tired. “We will win,”"
     " he said.", "Bill Clinton"),
    ("Gov. Helen Ward and her husband, Tom Ward, arrived.\n\nMrs. Ward was upbeat. “We will win,”"
     " she said.", "Helen Ward"),
    ("Sen. Helen Ward spoke first.\n\nWard was upbeat. “We will win,” she said.", "Helen Ward"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), FULL_NAME_CASES)
def test_pronoun_speaker_takes_the_full_name_of_its_person(nlp, text, speaker):
    from quotebase.extract.pipeline import extract

    quote = extract(text, META, nlp).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_name_tagged_as_an_organisation_is_a_person_when_apposed_to_a_person_noun():
    from quotebase.extract.mentions import described_kind

    # "Ann Violet, an Iranian journalist, told ...", the name's entity tag read as ORG
    doc = Doc(
        Vocab(),
        words=["Ann", "Violet", ",", "an", "Iranian", "journalist", ",", "told", "us"],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PRON"],
        tags=["NNP", "NNP", ",", "DT", "JJ", "NN", ",", "VBD", "PRP"],
        heads=[1, 7, 1, 5, 5, 1, 1, 7, 7],
        deps=["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "dobj"],
        lemmas=["Ann", "Violet", ",", "an", "iranian", "journalist", ",", "tell", "we"],
        ents=["B-ORG", "I-ORG", "O", "O", "B-NORP", "O", "O", "O", "O"],
    )
    named = mention_of(doc[1])
    assert named.kind is EntityKind.ORGANIZATION
    assert described_kind(named, doc[1]).kind is EntityKind.PERSON
    # an organisation apposed to a thing stays an organisation
    doc[5].lemma_ = "newspaper"
    assert described_kind(named, doc[1]).kind is EntityKind.ORGANIZATION
    # and so does one apposed to a group, though a group is people
    doc[5].lemma_ = "group"
    assert described_kind(named, doc[1]).kind is EntityKind.ORGANIZATION


def test_name_tagged_as_an_organisation_is_a_person_after_a_job_label():
    from quotebase.extract.mentions import described_kind

    # "said campaign strategist Guy Marlowe", the name's entity tag read as ORG
    doc = Doc(
        Vocab(),
        words=["said", "campaign", "strategist", "Guy", "Marlowe"],
        pos=["VERB", "NOUN", "NOUN", "PROPN", "PROPN"],
        tags=["VBD", "NN", "NN", "NNP", "NNP"],
        heads=[0, 2, 4, 4, 0],
        deps=["ROOT", "compound", "compound", "compound", "nsubj"],
        lemmas=["say", "campaign", "strategist", "Guy", "Marlowe"],
        ents=["O", "O", "O", "B-ORG", "I-ORG"],
    )
    named = mention_of(doc[4])
    assert named.kind is EntityKind.ORGANIZATION
    assert described_kind(named, doc[4]).kind is EntityKind.PERSON


def test_name_tagged_as_a_person_is_an_organisation_when_apposed_to_a_body_noun():
    from quotebase.extract.mentions import described_kind

    # "Kelmora, the state news agency, wrote", the one-word name tagged a person
    doc = Doc(
        Vocab(),
        words=["Kelmora", ",", "the", "state", "news", "agency", ",", "wrote"],
        pos=["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "NOUN", "PUNCT", "VERB"],
        tags=["NNP", ",", "DT", "NN", "NN", "NN", ",", "VBD"],
        heads=[7, 0, 5, 5, 5, 0, 0, 7],
        deps=["nsubj", "punct", "det", "compound", "compound", "appos", "punct", "ROOT"],
        lemmas=["Kelmora", ",", "the", "state", "news", "agency", ",", "write"],
        ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    named = mention_of(doc[0])
    assert named.kind is EntityKind.PERSON
    assert described_kind(named, doc[0]).kind is EntityKind.ORGANIZATION


@pytest.mark.parametrize(
    ("surname", "pos", "tag", "dep"),
    [
        ("Ray", "NOUN", "NN", "nsubj"),  # read as a common noun
        ("Will", "AUX", "MD", "aux"),  # read as a modal: "Will said"
    ],
)
def test_surname_misread_as_another_word_is_the_person_named_in_full(surname, pos, tag, dep):
    from quotebase.extract.chains import attribute_doc

    # "Ann Ray spoke. “We win,” Ray said.", the second "Ray" misread by the tagger
    words = ["Ann", surname, "spoke", ".", "\n\n", "“", "We", "win", ",", "”", surname, "said",
             "."]  # fmt: skip
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[True, True, False, False, False, False, True, False, False, True, True, False,
                False],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "SPACE", "PUNCT", "PRON", "VERB", "PUNCT",
             "PUNCT", pos, "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "_SP", "``", "PRP", "VBP", ",", "''", tag, "VBD", "."],
        heads=[1, 2, 2, 2, 3, 11, 7, 11, 11, 11, 11, 11, 11],
        deps=["compound", "nsubj", "ROOT", "punct", "dep", "punct", "nsubj", "ccomp", "punct",
              "punct", dep, "ROOT", "punct"],
        lemmas=["Ann", surname, "speak", ".", "\n\n", "“", "we", "win", ",", "”",
                surname.lower(), "say", "."],
        ents=["B-PERSON", "I-PERSON"] + ["O"] * 11,
        sent_starts=[True, False, False, False, False, True] + [False] * 7,
    )  # fmt: skip
    (quote,) = attribute_doc(doc, META)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (f"Ann {surname}", EntityKind.PERSON)


def test_surname_antecedent_takes_only_a_full_name_ending_in_that_surname():
    # "the Gray-Rudd Showdown" read as a name: "Rudd" opens it, so it is not Rudd's full name
    doc = Doc(Vocab(), words=["Rudd", "Showdown", "he"], pos=["PROPN", "PROPN", "PRON"])
    candidates = [_pm("Rudd Showdown", 1, None), _pm("Rudd", 0, "m")]
    assert with_full_name(candidates[1], doc[2], candidates).name == "Rudd"
    candidates.append(_pm("Dan Rudd", 1, "m"))
    assert with_full_name(candidates[1], doc[2], candidates[1:]).name == "Dan Rudd"


def test_given_name_antecedent_still_takes_its_full_name():
    doc = Doc(Vocab(), words=["Hillary", "she"], pos=["PROPN", "PRON"])
    candidates = [_pm("Hillary Clinton", 0, "f"), _pm("Hillary", 0, "f")]
    assert with_full_name(candidates[1], doc[1], candidates).name == "Hillary Clinton"


def test_surname_of_someone_named_in_full_is_a_person_whatever_its_tag():
    # "Nora Banks ... Banks continued": the second "Banks" tagged a plural common noun
    doc = Doc(
        Vocab(),
        words=["Nora", "Banks", "left", ".", "Banks", "continued"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB"],
        tags=["NNP", "NNPS", "VBD", ".", "NNS", "VBD"],
        heads=[1, 2, 2, 2, 5, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    assert surnames_of_people(doc) == frozenset({"Banks"})
    assert is_known_surname(doc[4], surnames_of_people(doc))
    later = [m for m in collect_mentions(list(doc)) if m.token == 4]
    assert len(later) == 1 and later[0].kind is EntityKind.PERSON and not later[0].plural


def test_surname_after_a_known_given_name_is_a_person_whatever_the_full_name_tag():
    # "Tom Bell" tagged a facility, then "Bell’s suit ..." with "Bell" tagged a place
    from spacy.lang.en import English

    vocab = English().vocab  # with its lexical attributes: "Tom".lower_
    doc = Doc(
        vocab,
        words=["Tom", "Bell", "left", ".", "Bell", "’s", "suit", "won"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PART", "NOUN", "VERB"],
        heads=[1, 2, 2, 2, 6, 4, 7, 7],
        deps=["compound", "nsubj", "ROOT", "punct", "poss", "case", "nsubj", "ROOT"],
        ents=["B-FAC", "I-FAC", "O", "O", "B-GPE", "O", "O", "O"],
    )
    assert surnames_of_people(doc) == frozenset({"Bell"})
    owner = [m for m in collect_mentions(list(doc)) if m.token == 4]
    assert len(owner) == 1 and owner[0].kind is EntityKind.PERSON
    # a place after a word that is no given name stays a place
    doc = Doc(
        vocab,
        words=["New", "Bell", "voted", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
        ents=["B-GPE", "I-GPE", "O", "O"],
    )
    assert surnames_of_people(doc) == frozenset()


def test_surname_inside_an_entity_that_runs_on_past_the_name():
    # "Ann Lee Ray - Bell's aide": the tagger's person entity runs on to another name
    doc = Doc(
        Vocab(),
        words=["Ann", "Lee", "Ray", "-", "Bell", "'s", "aide", "left", ".", "Ray", "spoke"],
        pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT",
             "PROPN", "VERB"],
        heads=[4, 4, 4, 4, 6, 4, 7, 7, 7, 10, 10],
        deps=["compound", "compound", "compound", "punct", "poss", "case", "nsubj", "ROOT",
              "punct", "nsubj", "ROOT"],
        ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O",
              "O", "B-ORG", "O"],
    )  # fmt: skip
    assert surnames_of_people(doc) == frozenset({"Ray"})
    later = [m for m in collect_mentions(list(doc)) if m.token == 9]
    assert len(later) == 1 and later[0].kind is EntityKind.PERSON


def test_name_given_reads_known_as_and_named():
    # the chief known as Rafe left ; a clerk named Bell left ; the chief known for Rafe left
    from spacy.lang.en import English

    doc = Doc(
        English().vocab,  # with its lexical attributes: "as".lower_
        words=["the", "chief", "known", "as", "Rafe", "left", ";", "a", "clerk", "named",
               "Bell", "left", ";", "the", "chief", "known", "for", "Rafe", "left"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB",
             "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "VERB"],
        tags=["DT", "NN", "VBN", "IN", "NNP", "VBD", ":", "DT", "NN", "VBN", "NNP", "VBD",
              ":", "DT", "NN", "VBN", "IN", "NNP", "VBD"],
        heads=[1, 5, 1, 2, 3, 5, 5, 8, 11, 8, 9, 5, 5, 14, 18, 14, 15, 16, 5],
        deps=["det", "nsubj", "acl", "prep", "pobj", "ROOT", "punct", "det", "nsubj", "acl",
              "oprd", "conj", "punct", "det", "nsubj", "acl", "prep", "pobj", "conj"],
        lemmas=["the", "chief", "know", "as", "Rafe", "leave", ";", "a", "clerk", "name",
                "Bell", "leave", ";", "the", "chief", "know", "for", "Rafe", "leave"],
        ents=["O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "O", "O",
              "O", "O", "O", "O", "B-PERSON", "O"],
    )  # fmt: skip
    assert name_given(doc[1]) == doc[4]
    assert name_given(doc[8]) == doc[10]
    assert name_given(doc[14]) is None  # "known for": no name given


def test_definite_description_repeats_the_one_a_name_was_given():
    doc = Doc(
        Vocab(),
        words=["chief", "chief", "chief", "he", "chief", "she"],
        pos=["NOUN", "NOUN", "NOUN", "PRON", "NOUN", "PRON"],
        lemmas=["chief", "chief", "chief", "he", "chief", "she"],
    )
    named = replace(_pm("the base chief", 0, "m"), name="Bob")
    again = _pm("the base chief", 2, None, kind=EntityKind.UNNAMED)
    assert named_by_description(again, doc[3], [named, again]).name == "Bob"
    # a pronoun of the other gender: not the person named
    later = _pm("the base chief", 4, None, kind=EntityKind.UNNAMED)
    assert named_by_description(later, doc[5], [named, later]).name == "the base chief"
    # two different people given names under the same noun: no one
    other = replace(_pm("the chief", 1, "m"), name="Tom Bell", token=1)
    assert named_by_description(again, doc[3], [named, other, again]).name == "the base chief"
    # an indefinite description repeats no one
    some = _pm("a chief", 2, None, kind=EntityKind.UNNAMED)
    assert named_by_description(some, doc[3], [named, some]).name == "a chief"


def test_surname_read_as_a_verb_is_a_person_only_as_a_subject():
    # "Nora Banks ... Banks herself was pleased": "Banks" tagged a verb, the clause's subject
    doc = Doc(
        Vocab(),
        words=["Nora", "Banks", "left", ".", "Banks", "herself", "was", "pleased", "to", "Banks"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "ADP", "VERB"],
        heads=[1, 2, 2, 2, 6, 4, 6, 6, 7, 8],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "dobj", "ROOT", "acomp", "prep",
              "pobj"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"],
    )  # fmt: skip
    surnames = surnames_of_people(doc)
    assert is_known_surname(doc[4], surnames)
    assert not is_known_surname(doc[9], surnames)


def test_clause_introducing_a_quote_counts_when_hung_on_a_verb_inside_it():
    # Rudd saw it differently: “When he says so, I do not take that,” he said.
    # The parser hangs "saw" on "take" inside the quote; Rudd still introduces the quote.
    # fmt: off
    words = ["Rudd", "saw", "it", "differently", ":", "“", "I", "do", "not", "take", "that",
             ",", "”", "he", "said", "."]
    heads = [1, 9, 1, 1, 14, 14, 9, 9, 9, 14, 9, 14, 14, 14, 14, 14]
    deps = ["nsubj", "ccomp", "dobj", "advmod", "punct", "punct", "nsubj", "aux", "neg",
            "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "VERB", "PRON", "ADV", "PUNCT", "PUNCT", "PRON", "AUX", "PART", "VERB",
           "PRON", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _introduces_quote(doc[0], doc[13])
    # a subject whose clause hangs on a verb before the quote does not: "Ray said Ode erred:"
    words = ["Ray", "said", "Ode", "erred", ":", "“", "No", ",", "”", "he", "said", "."]
    heads = [1, 1, 3, 1, 1, 1, 1, 10, 10, 10, 10, 10]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "punct", "punct", "dobj", "punct", "punct",
            "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    # fmt: on
    assert not _introduces_quote(doc[2], doc[9])


def test_name_parsed_as_a_compound_of_the_verb_after_it_is_its_subject():
    # "Scott bristles at ...": the parser made the name a compound of the verb
    doc = Doc(
        Vocab(),
        words=["Scott", "bristles", "at", "it"],
        pos=["PROPN", "VERB", "ADP", "PRON"],
        heads=[1, 1, 1, 2],
        deps=["compound", "ROOT", "prep", "pobj"],
        ents=["B-PERSON", "O", "O", "O"],
    )
    scott = mention_of(doc[0])
    assert scott.is_subject and scott.is_main_subject


def test_a_plural_before_a_name_is_no_part_of_it():
    # "Republicans Bell of Ocean Park ...": the party is not the man's given name
    doc = Doc(
        Vocab(),
        words=["Republicans", "Bell", "spoke"],
        pos=["PROPN", "PROPN", "VERB"],
        tags=["NNPS", "NNP", "VBD"],
        heads=[1, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
    )
    assert mention_of(doc[1]).name == "Bell"


@pytest.mark.parametrize(
    ("given", "name"),
    [("Ann", "Ann Bell"), ("Red", "Bell")],
)
def test_a_given_name_parsed_as_a_modifier_is_part_of_the_name(given, name):
    # "Ann Bell: ...": the parser made the given name an adjective of the surname; a word
    # that is no given name stays out ("Red Bell" is no one's full name)
    doc = Doc(
        Vocab(),
        words=[given, "Bell", ":"],
        pos=["PROPN", "PROPN", "PUNCT"],
        heads=[1, 1, 1],
        deps=["amod", "ROOT", "punct"],
    )
    assert mention_of(doc[1]).name == name


def test_name_opening_a_sentence_without_a_subject_is_its_main_subject():
    # "And Ann Ray, for all the help she gave, seems to agree.": the parser hung the name
    # on the verb of the inserted phrase and left "seems" without a subject
    words = ["And", "Ann", "Ray", ",", "for", "all", "the", "help", "she", "gave", ","]
    words += ["seems", "to", "agree", "."]
    pos = ["CCONJ", "PROPN", "PROPN", "PUNCT", "ADP", "DET", "DET", "NOUN", "PRON", "VERB"]
    pos += ["PUNCT", "VERB", "PART", "VERB", "PUNCT"]
    tags = ["CC", "NNP", "NNP", ",", "IN", "PDT", "DT", "NN", "PRP", "VB", ",", "VBZ", "TO"]
    tags += ["VB", "."]
    heads = [9, 2, 9, 9, 9, 7, 7, 9, 9, 11, 9, 11, 13, 11, 11]
    deps = ["cc", "compound", "npadvmod", "punct", "prep", "predet", "det", "nsubj", "nsubj"]
    deps += ["advcl", "punct", "ROOT", "aux", "xcomp", "punct"]
    ents = ["O", "B-PERSON", "I-PERSON"] + ["O"] * 12
    doc = Doc(Vocab(), words=words, pos=pos, tags=tags, heads=heads, deps=deps, ents=ents)
    ray = mention_of(doc[2])
    assert ray.is_subject and ray.is_main_subject


def _root_name_doc(words, pos, tags, heads, deps):
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 2)
    return Doc(Vocab(), words=words, pos=pos, tags=tags, heads=heads, deps=deps, ents=ents)


def test_name_the_parser_made_the_root_is_the_subject_of_the_verb_it_lost():
    # "Ann Ray, the chair, didn't second-guess it.": the parser read the verb as a noun
    # hung on the name and made the name the root
    words = ["Ann", "Ray", ",", "the", "chair", ",", "did", "n't", "guess", "it", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "AUX", "PART", "NOUN", "PRON"]
    pos += ["PUNCT"]
    tags = ["NNP", "NNP", ",", "DT", "NN", ",", "VBD", "RB", "NN", "PRP", "."]
    heads = [1, 1, 1, 4, 1, 1, 8, 8, 1, 8, 1]
    deps = ["compound", "ROOT", "punct", "det", "appos", "punct", "aux", "neg", "nmod"]
    deps += ["dobj", "punct"]
    ray = mention_of(_root_name_doc(words, pos, tags, heads, deps)[1])
    assert ray.is_subject and ray.is_main_subject


def test_name_root_of_a_list_cut_off_before_its_verb_is_no_subject():
    # "Ann Ray and Tom Bell, who say it.": the only verb is the relative clause's
    words = ["Ann", "Ray", "and", "Tom", "Bell", ",", "who", "say", "it", "."]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PRON"]
    pos += ["PUNCT"]
    tags = ["NNP", "NNP", "CC", "NNP", "NNP", ",", "WP", "VBP", "PRP", "."]
    heads = [1, 1, 1, 4, 1, 4, 7, 4, 7, 1]
    deps = ["compound", "ROOT", "cc", "compound", "conj", "punct", "nsubj", "relcl", "dobj"]
    deps += ["punct"]
    ray = mention_of(_root_name_doc(words, pos, tags, heads, deps)[1])
    assert not ray.is_subject


def test_person_an_imperative_presents_is_the_main_subject():
    # "Just look at Ann Ray.": no subject; the person presented is the topic
    doc = Doc(
        Vocab(),
        words=["Just", "look", "at", "Ann", "Ray", "."],
        pos=["ADV", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
        tags=["RB", "VB", "IN", "NNP", "NNP", "."],
        heads=[1, 1, 1, 4, 2, 1],
        deps=["advmod", "ROOT", "prep", "compound", "pobj", "punct"],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O"],
        lemmas=["just", "look", "at", "Ann", "Ray", "."],
    )
    ray = mention_of(doc[4])
    assert ray.is_subject and ray.is_main_subject


# (words, tags, heads, deps, entity labels, head index, kind): the kind of entity a
# mention names. Part of speech from the tag; lemmas are the lower-case words but for verbs.
_VERB_LEMMAS = {"reveals": "reveal", "reported": "report", "say": "say", "said": "say"}
MENTION_KIND_CASES = [
    # an outlet credited with a story, however the tagger reads the single word
    (["According", "to", "Newsline", ",", "the", "vote", "slipped"],
     ["VBG", "IN", "NNP", ",", "DT", "NN", "VBD"], [6, 0, 1, 6, 5, 6, 6],
     ["prep", "prep", "pobj", "punct", "det", "nsubj", "ROOT"],
     ["", "", "PERSON", "", "", "", ""], 2, EntityKind.ORGANIZATION),
    (["Newsline", "reveals", "the", "figures"], ["NNP", "VBZ", "DT", "NNS"], [1, 1, 3, 1],
     ["nsubj", "ROOT", "det", "dobj"], ["PERSON", "", "", ""], 0, EntityKind.ORGANIZATION),
    # ... but not a surname the document writes after a given name
    (["Ann", "Okafor", "spoke", ".", "According", "to", "Okafor", ",", "it", "slipped"],
     ["NNP", "NNP", "VBD", ".", "VBG", "IN", "NNP", ",", "PRP", "VBD"],
     [1, 2, 2, 2, 9, 4, 5, 9, 9, 9],
     ["compound", "nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct", "nsubj", "ROOT"],
     ["PERSON", "PERSON", "", "", "", "", "PERSON", "", "", ""], 6, EntityKind.PERSON),
    # ... nor a surname written after another name word, however unusual the given name
    (["Zorvan", "Okafor", "spoke", ".", "According", "to", "Okafor", ",", "it", "slipped"],
     ["NNP", "NNP", "VBD", ".", "VBG", "IN", "NNP", ",", "PRP", "VBD"],
     [1, 2, 2, 2, 9, 4, 5, 9, 9, 9],
     ["compound", "nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct", "nsubj", "ROOT"],
     ["", "", "", "", "", "", "PERSON", "", "", ""], 6, EntityKind.PERSON),
    # an outlet named with "the"
    (["According", "to", "the", "Valley", "Star", ",", "it", "slipped"],
     ["VBG", "IN", "DT", "NNP", "NNP", ",", "PRP", "VBD"], [7, 0, 4, 4, 1, 7, 7, 7],
     ["prep", "prep", "det", "compound", "pobj", "punct", "nsubj", "ROOT"],
     ["", "", "", "GPE", "GPE", "", "", ""], 4, EntityKind.ORGANIZATION),
    # ... nor a given name alone
    (["Hillary", "reported", "it"], ["NNP", "VBD", "PRP"], [1, 1, 1],
     ["nsubj", "ROOT", "dobj"], ["PERSON", "", ""], 0, EntityKind.PERSON),
    # a brand or a handle
    (["NewsBeat", "said", "it"], ["NNP", "VBD", "PRP"], [1, 1, 1],
     ["nsubj", "ROOT", "dobj"], ["PERSON", "", ""], 0, EntityKind.ORGANIZATION),
    (["McCain", "said", "it"], ["NNP", "VBD", "PRP"], [1, 1, 1],
     ["nsubj", "ROOT", "dobj"], ["PERSON", "", ""], 0, EntityKind.PERSON),
    # ... but not a surname so written that the document gives with a given name
    (["Ann", "FitzGerald", "left", ".", "FitzGerald", "said", "it"],
     ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "PRP"], [1, 2, 2, 2, 5, 5, 5],
     ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj"],
     ["PERSON", "PERSON", "", "", "PERSON", "", ""], 4, EntityKind.PERSON),
    # a plural group is described, not named
    (["Norwegians", "now", "say", "it"], ["NNPS", "RB", "VBP", "PRP"], [2, 2, 2, 2],
     ["nsubj", "advmod", "ROOT", "dobj"], ["NORP", "", "", ""], 0, EntityKind.UNNAMED),
    (["the", "Founding", "Fathers", "said", "it"], ["DT", "NNP", "NNPS", "VBD", "PRP"],
     [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "dobj"], ["", "", "", "", ""], 2,
     EntityKind.UNNAMED),
    # ... but a surname tagged plural after a given name, or after a title, is a person's
    (["Jason", "Sims", "left", ".", "Sims", "said", "it"],
     ["NNP", "NNPS", "VBD", ".", "NNPS", "VBD", "PRP"], [1, 2, 2, 2, 5, 5, 5],
     ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj"],
     ["", "", "", "", "", "", ""], 4, EntityKind.PERSON),
    (["Sen.", "Sims", "said", "it"], ["NNP", "NNPS", "VBD", "PRP"], [1, 2, 2, 2],
     ["compound", "nsubj", "ROOT", "dobj"], ["", "", "", ""], 1, EntityKind.PERSON),
    # a word the tagger reads as an organisation elsewhere in the document is one where it
    # misses it
    (["Zentrix", "ranked", "them", ".", "Zentrix", "said", "it"],
     ["NNP", "VBD", "PRP", ".", "NNP", "VBD", "PRP"], [1, 1, 1, 1, 5, 5, 5],
     ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj"],
     ["ORG", "", "", "", "", "", ""], 4, EntityKind.ORGANIZATION),
    # ... not one it reads as a person anywhere
    (["Zentrix", "ranked", "them", ".", "Zentrix", "said", "it"],
     ["NNP", "VBD", "PRP", ".", "NNP", "VBD", "PRP"], [1, 1, 1, 1, 5, 5, 5],
     ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj"],
     ["ORG", "", "", "", "PERSON", "", ""], 4, EntityKind.PERSON),
    (["Zentrix", "ranked", "them", ".", "Zentrix", "said", "it", ".", "Zentrix", "left"],
     ["NNP", "VBD", "PRP", ".", "NNP", "VBD", "PRP", ".", "NNP", "VBD"],
     [1, 1, 1, 1, 5, 5, 5, 5, 9, 9],
     ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT"],
     ["ORG", "", "", "", "", "", "", "", "PERSON", ""], 4, EntityKind.PERSON),
    # ... nor a plural group ("the Norwegians" beside a "Norwegians Corp")
    (["Norwegians", "now", "say", "it", ".", "Norwegians", "Corp", "grew"],
     ["NNPS", "RB", "VBP", "PRP", ".", "NNP", "NNP", "VBD"], [2, 2, 2, 2, 2, 6, 7, 7],
     ["nsubj", "advmod", "ROOT", "dobj", "punct", "compound", "nsubj", "ROOT"],
     ["NORP", "", "", "", "", "ORG", "ORG", ""], 0, EntityKind.UNNAMED),
    # ... nor a surname the document writes after a given name
    (["Ann", "Zentrix", "left", ".", "Zentrix", "ranked", "them", ".", "Zentrix", "said"],
     ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "PRP", ".", "NNP", "VBD"],
     [1, 2, 2, 2, 5, 5, 5, 5, 9, 9],
     ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT"],
     ["", "", "", "", "ORG", "", "", "", "", ""], 8, EntityKind.PERSON),
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "tags", "heads", "deps", "ents", "i", "kind"), MENTION_KIND_CASES
)
def test_mention_kind_tells_outlets_brands_and_groups_from_people(
    words, tags, heads, deps, ents, i, kind
):
    pos = {"NNP": "PROPN", "NNPS": "PROPN", "VBD": "VERB", "VBZ": "VERB", "VBP": "VERB"}
    pos |= {"VBG": "VERB", "IN": "ADP", "DT": "DET", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON"}
    pos |= {",": "PUNCT", ".": "PUNCT", "RB": "ADV"}
    from spacy.lang.en import English

    doc = Doc(
        English().vocab,  # with its lexical attributes: "According".lower_
        words=words,
        tags=tags,
        pos=[pos[t] for t in tags],
        heads=heads,
        deps=deps,
        lemmas=[_VERB_LEMMAS.get(w, w.lower()) for w in words],
        ents=[f"B-{e}" if e else "O" for e in ents],
    )
    assert mention_of(doc[i]).kind is kind


def test_brand_is_one_word_with_a_capital_inside_after_a_long_prefix():
    assert is_brand("NewsBeat") and is_brand("StrandedInTown")
    assert not is_brand("McCain") and not is_brand("DeSantis") and not is_brand("Ann NewsBeat")


def test_dateline_read_as_the_subject_gives_way_to_the_name_apposed_to_it():
    from quotebase.extract.chains import attribute_doc

    # "BOSTON — Rep. Ann Ray said, “We win.”", the dateline parsed as the subject and the
    # name as its apposition
    doc = Doc(
        Vocab(),
        words=["BOSTON", "—", "Rep.", "Ann", "Ray", "said", ",", "“", "We", "win", ".", "”"],
        spaces=[True, True, True, True, True, False, True, False, True, False, False, False],
        pos=["PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON",
             "VERB", "PUNCT", "PUNCT"],
        tags=["NNP", ":", "NNP", "NNP", "NNP", "VBD", ",", "``", "PRP", "VBP", ".", "''"],
        heads=[5, 0, 4, 4, 0, 5, 5, 9, 9, 5, 9, 9],
        deps=["nsubj", "punct", "compound", "compound", "appos", "ROOT", "punct", "punct",
              "nsubj", "ccomp", "punct", "punct"],
        lemmas=["BOSTON", "—", "Rep.", "Ann", "Ray", "say", ",", "“", "we", "win", ".", "”"],
        ents=["B-GPE", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7,
        sent_starts=[True] + [False] * 11,
    )  # fmt: skip
    (quote,) = attribute_doc(doc, META)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Ann Ray", EntityKind.PERSON)


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("BOSTON — Ann Ray said", 2, True),
        ("LA CROSSE, Wis. — Ann Ray said", 4, True),
        ("PARIS (AP) — Ann Ray said", 1, True),
        ("BOSTON — Ann Ray said", 10, False),  # the name after the dash
        ("NASA said — and meant it", 1, False),  # capitals, but no dateline
        ("Boston — Ann Ray said", 1, False),
    ],
)
def test_dateline_is_the_capitals_before_the_dash_that_opens_a_paragraph(text, offset, expected):
    from quotebase.extract.chains import in_dateline

    assert in_dateline("Headline.\n\n" + text, len("Headline.\n\n") + offset) is expected


def test_surname_tagged_as_an_organisation_is_a_person_after_a_full_name_read_as_one():
    from quotebase.extract.chains import attribute_doc

    # "Kendal Vorhees, a delegate, spoke. “We win,” said Vorhees.": the full name has no
    # entity tag, the surname alone is tagged an organisation
    doc = Doc(
        Vocab(),
        words=["Kendal", "Vorhees", ",", "a", "delegate", ",", "spoke", ".", "\n\n", "“", "We",
               "win", ",", "”", "said", "Vorhees", "."],
        spaces=[True, False, True, True, False, True, False, False, False, False, True, False,
                False, True, True, False, False],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "SPACE",
             "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"],
        tags=["NNP", "NNP", ",", "DT", "NN", ",", "VBD", ".", "_SP", "``", "PRP", "VBP", ",",
              "''", "VBD", "NNP", "."],
        heads=[1, 6, 1, 4, 1, 1, 6, 6, 7, 14, 11, 14, 14, 14, 14, 14, 14],
        deps=["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct", "dep",
              "punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "nsubj", "punct"],
        lemmas=["Kendal", "Vorhees", ",", "a", "delegate", ",", "speak", ".", "\n\n", "“", "we",
                "win", ",", "”", "say", "Vorhees", "."],
        ents=["O"] * 15 + ["B-ORG", "O"],
        sent_starts=[True] + [False] * 8 + [True] + [False] * 7,
    )  # fmt: skip
    (quote,) = attribute_doc(doc, META)
    assert quote.speaker is not None
    assert quote.speaker.kind is EntityKind.PERSON


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Acme USA", True),
        ("the FDP", True),
        ("Forward Ohio PAC", True),
        ("Tom Bell III", False),  # a generational suffix
        ("Ann Ray MD", False),  # a degree, and a known given name
        ("JANE ROE", False),  # a name in capitals: a label or a byline
        ("NATO", False),  # one word: the tagger's tag decides
    ],
)
def test_a_name_ending_in_an_acronym_is_a_bodys(name, body):
    from quotebase.extract.mentions import ends_in_acronym

    assert ends_in_acronym(name) is body


def test_a_state_after_its_town_is_no_speaker_of_the_cue_after_it():
    from quotebase.extract.cue_match import match_cue

    # "Ann Ray, retired in Dover, Del., said so.", parsed with no subject for "said": the
    # nominal before the cue is the state after its town, no one who speaks
    words = ["Ann", "Ray", ",", "retired", "in", "Dover", ",", "Del.", ",", "said", "so", "."]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT",
             "VERB", "ADV", "PUNCT"],
        tags=["NNP", "NNP", ",", "VBN", "IN", "NNP", ",", "NNP", ",", "VBD", "RB", "."],
        heads=[1, 9, 1, 1, 3, 4, 5, 5, 5, 9, 9, 9],
        deps=["compound", "dep", "punct", "acl", "prep", "pobj", "punct", "appos", "punct",
              "ROOT", "advmod", "punct"],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"],
        lemmas=[w.lower() for w in words],
    )  # fmt: skip
    speaker = match_cue(doc[9], lambda t: True).speaker
    assert speaker is None or speaker.text != "Del."


def test_a_headline_in_capitals_before_a_quote_is_described_not_a_person():
    from quotebase.extract.chains import attribute_doc

    # "SPRINGFIELD ENDS SODA TAX “The mayor signed a bill ...”": a newsletter's headline in
    # capitals whose subject the parser made the quote's clause subject
    words = ["Notes", ".", "\n\n", "SPRINGFIELD", "ENDS", "SODA", "TAX", "“", "The", "mayor",
             "signed", "a", "bill", "ending", "the", "levy", ".", "”"]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[False, False, False, True, True, True, True, False, True, True, True, True,
                True, True, True, False, False, False],
        pos=["NOUN", "PUNCT", "SPACE", "PROPN", "VERB", "PROPN", "NOUN", "PUNCT", "DET", "NOUN",
             "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT"],
        tags=["NNS", ".", "_SP", "NNP", "VBZ", "NNP", "NN", "``", "DT", "NN", "VBD", "DT", "NN",
              "VBG", "DT", "NN", ".", "''"],
        heads=[0, 0, 1, 4, 4, 6, 4, 10, 9, 10, 4, 12, 10, 12, 15, 13, 10, 10],
        deps=["ROOT", "punct", "dep", "nsubj", "ROOT", "compound", "dobj", "punct", "det",
              "nsubj", "ccomp", "det", "dobj", "acl", "det", "dobj", "punct", "punct"],
        ents=["O"] * 3 + ["B-GPE"] + ["O"] * 14,
        lemmas=[w.lower() for w in words],
        sent_starts=[True, False, False, True] + [False] * 14,
    )  # fmt: skip
    (quote,) = attribute_doc(doc, META)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (
        "SPRINGFIELD ENDS SODA TAX",
        EntityKind.UNNAMED,
    )


@pytest.mark.parametrize(
    ("line", "word", "headline"),
    [
        ("SPRINGFIELD ENDS SODA TAX “The mayor signed it.”", "SPRINGFIELD",
         "SPRINGFIELD ENDS SODA TAX"),
        ("NASA said “we are ready.”", "NASA", None),  # an acronym in a sentence
        ("THE FBI AND NASA", "FBI", "THE FBI AND NASA"),  # capitals, no quote after them
        ("The FBI said so “today.”", "FBI", None),
    ],
)  # fmt: skip
def test_headline_in_capitals_is_a_line_of_three_capitalised_words(line, word, headline):
    from quotebase.extract.syntax import capitals_headline

    doc = Doc(Vocab(), words=["Notes.", "\n", *line.split(" ")])
    token = next(t for t in doc if t.text == word)
    assert capitals_headline(token) == headline
