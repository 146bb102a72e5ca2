"""Behaviour of the extractor on sentences written for these tests (model-backed)."""

from __future__ import annotations

import pytest

from quotebase.extract.records import DocumentMeta, EntityKind, QuoteKind

META = DocumentMeta(outlet="The Daily Example", author="Pat Writer")

SPEAKER_CASES = [
    # a text's noun phrase, "read" and a comma or colon introduce the text's words, also when
    # the tagger takes "read" for a noun after "from": the text's owner speaks
    (
        "The letter from the council read, “The pool will stay closed.”",
        "The pool will stay",
        "council",
    ),
    # a definite text with no issuer in its sentence is the one the sentence before brings
    # in: its writer's words
    (
        "Tom Bell wrote to the council on Monday. “I have asked three times for the drain to "
        "be fixed,” the letter read.",
        "I have asked",
        "Tom Bell",
    ),
    (
        "Ann Ray sent an email to her staff on Friday. “The office will close early,” the "
        "email said.",
        "The office will close",
        "Ann Ray",
    ),
    (
        "Ann Ray posted on Facebook late Sunday. “Thank you all for the kind words,” the post "
        "read.",
        "Thank you all",
        "Ann Ray",
    ),
    # a hyphenated title split at its hyphen ("co-author") is no subject of its own: the
    # name after it speaks
    ("“It works,” said co-founder Ann Ray.", "It works", "Ann Ray"),
    (
        "“Sleep matters more than we thought,” said co-author Nina Holt, a neuroscientist.",
        "Sleep matters",
        "Nina Holt",
    ),
    ("“It was a fair trial,” said ex-senator Tom Bell.", "It was a fair trial", "Tom Bell"),
    # "Principal" before a name is a title
    (
        "In an email to parents, Principal Gareth Pryce wrote, “School will open late.”",
        "School will open late",
        "Gareth Pryce",
    ),
    (
        "Ann Ray's letter reached the board in May. “I will not seek another term,” the "
        "letter read.",
        "I will not seek",
        "Ann Ray",
    ),
    # a plural title ends no sentence: the names after it are the cue's subject, as they are
    # written without it
    (
        "“The results are clear,” Drs. Ann Ray and Tom Bell wrote in the journal.",
        "The results are clear",
        "Ann Ray",
    ),
    (
        "“The bill is a bad deal,” Sens. Ann Ray and Tom Bell wrote to the agency.",
        "The bill is a bad deal",
        "Ann Ray",
    ),
    # a plural title before coordinated names is each one's: "the Florida senator" is the
    # name of the two noted with Florida
    (
        "Sens. Ann Ray (R-Ky.) and Tom Bell (R-Fla.) wrote to the agency on Monday. “It is a "
        "bad deal,” the Florida senator said.",
        "It is a bad deal",
        "Tom Bell",
    ),
    (
        "Reps. Ann Ray (D-Ohio) and Tom Bell (R-Utah) wrote to the agency on Monday. “We "
        "will not wait,” the Ohio congresswoman said.",
        "We will not wait",
        "Ann Ray",
    ),
    (
        "Govs. Ann Ray of Ohio and Tom Bell of Utah signed the water pact on Monday. “It is "
        "sound,” the Utah governor said.",
        "It is sound",
        "Tom Bell",
    ),
    # a title's word after a person's office is a surname: "Rep. King", "Judge Bishop"
    (
        "Rep. Tom King spoke on Monday. “The farm bill is dead,” Rep. King said.",
        "The farm bill is dead",
        "Tom King",
    ),
    (
        "“We will not budge,” said Sen. Ansel King, an independent from the north.",
        "We will not budge",
        "Ansel King",
    ),
    (
        "“We will march again,” said the Rev. Ansel Lee King Jr. at the rally.",
        "We will march again",
        "Ansel Lee King Jr.",
    ),
    (
        "“The case is closed,” Judge Bishop said from the bench.",
        "The case is closed",
        "Bishop",
    ),
    # a party's member apposed to a name whose surname is written like a title is a note
    # on the name; the name speaks
    (
        "“The bridge stays open,” Ann King, Republican of Ohio, said on Monday.",
        "The bridge stays open",
        "Ann King",
    ),
    (
        "“We counted every vote,” said Senator Tom Bishop, Democrat of Iowa, after the hearing.",
        "We counted every vote",
        "Tom Bishop",
    ),
    (
        "Representative Lena Marsh King, Independent of Maine, spoke first. "
        "“We need the ferry,” she said.",
        "We need the ferry",
        "Lena Marsh King",
    ),
    # where the text writes "Sr." for the father, the surname alone is the son's
    (
        "Rep. Tom Bell backed the plan on Monday. “It is time,” Bell said. His father, "
        "Tom Bell Sr., once held the same seat.",
        "It is time",
        "Tom Bell",
    ),
    # the agent of a passive whose subject is a thing is the topic a pronoun goes on with
    (
        "Mayor Lena Dunn has said the plan is sound. Dunn's plan was backed on Friday by Sen. "
        "Ann Ray of Ohio, who said it would pass. “It should have passed years ago,” she said "
        "in a statement.",
        "It should have passed",
        "Ann Ray",
    ),
    # a person of the pronoun's gender introduced with "who ..." in a later sentence whose
    # main subject is no person outranks the last main subject
    (
        "The plan would cut rates for most families, said Lena Dunn, a tax scholar.\n\n"
        "The bill is now the central fight of the race, with Sen. Ann Ray — who has called for "
        "higher taxes on the rich — attacking the plan.\n\n“It is the same old story,” she "
        "said in the debate.",
        "It is the same old story",
        "Ann Ray",
    ),
    (
        "Mr. Dunn won the county by a wide margin over Joe Ray.\n\nBoth men gave speeches "
        "that night, but it was Mr. Bell who seemed most at ease. He called his rival “a fine "
        "man” and took no questions.",
        "a fine man",
        "Bell",
    ),
    (
        "Mr. Dunn won the county by a wide margin over Joe Ray.\n\nThe loudest cheers went "
        "to Mr. Bell, who spoke last.\n\n“We won the hard way,” he said.",
        "We won the hard way",
        "Bell",
    ),
    # what "she writes" after a writing sent from (or written by) someone is the sender's
    (
        "In another email, Ann Ray asks her aide to print out notes on the budget, sent from "
        "her friend Lena Dunn, a banker in Ohio. “I feel strongly that we need new leaders,” "
        "she writes.",
        "I feel strongly",
        "Lena Dunn",
    ),
    (
        "Mayor Ann Ray forwarded the plan, written by her deputy, Lena Dunn, to the council. "
        "“We cannot wait another year,” she wrote.",
        "We cannot wait",
        "Lena Dunn",
    ),
    (
        "Ann Ray read aloud an email from Lena Dunn at the meeting. “We cannot wait another "
        "year,” she wrote.",
        "We cannot wait",
        "Lena Dunn",
    ),
    # (what she says is the subject's: only writing goes to the sender)
    (
        "In another email, Ann Ray asks her aide to print out notes on the budget, sent from "
        "her friend Lena Dunn. “I feel strongly that we need new leaders,” she said.",
        "I feel strongly",
        "Ann Ray",
    ),
    # an inverted condition (", should Dunn try ...") is no main clause: its subject is no topic
    (
        "Tom Bell spoke at the rally on Monday. He gave a word of caution, should Dunn attempt "
        "a fast return to the trail. “It could happen again,” he said.",
        "It could happen again",
        "Tom Bell",
    ),
    (
        "Tom Bell spoke at the rally on Monday. He sounded a note of caution, should Dunn try "
        "an early return to the trail. “It could happen again,” he said.",
        "It could happen again",
        "Tom Bell",
    ),
    # an office joined by "and" to the titles before a name is that name's
    (
        "“Turnout decides it,” said former Ohio Gov. and party chairman Tom Bell.",
        "Turnout decides it",
        "Tom Bell",
    ),
    # a full name the tagger read as no person's ("Lars Brede" as a product)
    (
        "The final pits Zoran Vukotic against Lars Brede on Sunday. Brede told a reporter "
        "that he felt “a lot of pressure” before the match.",
        "a lot of pressure",
        "Lars Brede",
    ),
    # an older state abbreviation in the note after a name: "(R-Tex.)"
    (
        "The hearing heard Rep. Tom Keel (R-Tex.) and Rep. Sam Ortiz (D-Ohio) on Monday. "
        "“We agree on the dam,” the Texas congressman said.",
        "We agree on the dam",
        "Tom Keel",
    ),
    (
        "“We will fix the roads,” Maria Gonzalez said on Tuesday.",
        "We will fix the roads",
        "Maria Gonzalez",
    ),
    ("“Taxes are too high,” said Senator Tom Baker.", "Taxes are too high", "Tom Baker"),
    # a manager's or administrator's office written as a title before the name
    ("“There is no money left,” said City Manager Ruth Kane.", "There is no money", "Ruth Kane"),
    (
        "“We start the count at noon,” County Administrator Tom Bell said.",
        "We start the count",
        "Tom Bell",
    ),
    ("Jane Doe told reporters, “The plan is dead.”", "The plan is dead", "Jane Doe"),
    (
        "The governor, Paul Smith, warned that the budget was “simply unsustainable.”",
        "simply unsustainable",
        "Paul Smith",
    ),
    ("“Nothing is settled,” a spokesman said.", "Nothing is settled", "a spokesman"),
    (
        "According to Alan Park, “the deal was never close.”",
        "the deal was never close",
        "Alan Park",
    ),
    (
        "Mayor Lin Chu arrived late. “I apologize for the delay,” she said.",
        "I apologize for the delay",
        "Lin Chu",
    ),
    (
        "Lucy Hale met her critics on Monday.\n\n“I have nothing to hide,” she said.\n\n"
        "“Ask me anything.”",
        "Ask me anything",
        "Lucy Hale",
    ),
    ("Tom Reed: “We are ready.”", "We are ready", "Tom Reed"),
    # a relative clause whose pronoun is the object: the name after "who" speaks
    (
        "Most of the anger fell on Hale, who Ray on Monday called “a menace to the town.”",
        "a menace to the town",
        "Ray",
    ),
    # a cue in a relative clause with no pronoun inside the subject governs nothing: the
    # tag after the quote does
    (
        "Ray spoke on the radio after the vote. Nothing the mayor said “will calm the"
        " tenants,” the Oregon senator said.",
        "will calm the tenants",
        "the Oregon senator",
    ),
    # a conjunct after the agent's relative clause goes on with that clause: the agent asks
    (
        "Ray was asked by host Tom Bell, who is backing Ray, but has previously dismissed"
        " the report about the Ledger’s funds, “Now, you said the vote was lost, has it"
        " not changed?”",
        "Now, you said",
        "Tom Bell",
    ),
    # a clause joined to the previous tag hands the turn to a new speaker
    (
        "“Give her my love,” Ann Ray said, and her son chimed in. “Say hello to her brother"
        " Tom -- we worked together for years.”",
        "Say hello to her brother",
        "her son",
    ),
    # a second clause joined by "and" whose subject the parser read as a second object
    (
        "If you doubt the council, the Ledger will call you a liar and the Courier will"
        " accuse you of spreading a “panic attack.”",
        "panic attack",
        "Courier",
    ),
    # a full name the tagger reads as an organisation, after a given name the tables know
    (
        "The northern bloc, led by Yunus Barakzai, walked out.\n\n“We will not sign,” "
        "Barakzai said.",
        "We will not sign",
        "Yunus Barakzai",
    ),
    # a British title with no full stop read into the tagger's entity ("Mrs Fuller") leaves
    # the surname alone, which the full name the tagger read as a body names
    (
        "Mrs Edna Fuller, 82, has lived on the estate since it was built. ‘We were a "
        "community then,’ Mrs Fuller said.",
        "We were a community",
        "Edna Fuller",
    ),
    # in a transcript, the narrator's "I" is the speaker of the turn, by the fullest label
    (
        "Q: Why did the plan stall?\n\nMAYOR RITA COLE: We ran out of time.\n\nQ: And now?"
        "\n\nCOLE: “Next year” is what I told the council.",
        "Next year",
        "Rita Cole",
    ),
    (
        "Q: Why did the plan stall?\n\nDR. OMAR FAYE: “Not yet” is what I said then.",
        "Not yet",
        "Omar Faye",
    ),
    # a transcript's label before the quote's opening mark names its speaker, by the fullest
    # label of the surname, without the title
    (
        "The hearing lasted four hours.\n\nCHAIRMAN OTIS AMES: “Will the witness rise?”\n\n"
        "MS. VALE: “I will.”\n\nAMES: “State your name.”",
        "State your name",
        "Otis Ames",
    ),
    # in a question-and-answer interview, the "A:" lines are the answers of the person its
    # introduction names, and the I of an answer is theirs
    (
        "Nora Quinn, who took over the ferry service in May, spoke with the Ledger.\n\n"
        "Q: What comes first?\n\nA: “New boats. The old ones break down weekly.”",
        "New boats",
        "Nora Quinn",
    ),
    (
        "Nora Quinn, who took over the ferry service in May, spoke with the Ledger.\n\n"
        "Q: What comes first?\n\nA: New boats. As I told the mayor, “No boats, no service.”",
        "No boats",
        "Nora Quinn",
    ),
    # the "Q:" lines are the interviewer's, and with no one named the "A:" lines an
    # interviewee's, not a person called "Q" or "A"
    (
        "The ferry service has a new head.\n\nQ: “What comes first?”\n\nA: “New boats.”",
        "What comes",
        "the interviewer",
    ),
    (
        "The ferry service has a new head.\n\nQ: “What comes first?”\n\nA: “New boats.”",
        "New boats",
        "the interviewee",
    ),
]


def quote_starting(nlp, text, fragment):
    """The quote of ``text`` whose content starts with ``fragment``."""
    from quotebase.extract.pipeline import extract

    return next(q for q in extract(text, META, nlp).quotes if q.text.startswith(fragment))


@pytest.fixture(scope="module")
def nlp():
    from quotebase.extract.pipeline import load_nlp

    return load_nlp()


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), SPEAKER_CASES)
def test_speaker_of_quote(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.chain[-1].name == "Pat Writer"


@pytest.mark.model
@pytest.mark.parametrize("layout", ["colon", "markdown"])
def test_block_written_by_a_described_person_nests_its_quotes(nlp, layout):
    # "As the state auditor wrote:": an unnamed writer is still the block's writer
    from quotebase.extract.pipeline import extract

    body = (
        "Twelve districts reported heating failures last winter, and several closed for days. "
        "In one, a teacher said, “The children wore coats all day.”"
    )
    if layout == "markdown":
        body = "> " + body
    text = f"Nothing changed. As the state auditor wrote in her March report:\n\n{body}\n\nEnd."
    quotes = extract(text, META, nlp).quotes
    block = next(q for q in quotes if q.kind is QuoteKind.BLOCK)
    assert [h.name for h in block.chain] == ["the state auditor", "Pat Writer"]
    inner = next(q for q in quotes if q.text.startswith("The children"))
    assert [h.name for h in inner.chain] == ["a teacher", "the state auditor", "Pat Writer"]


@pytest.mark.model
@pytest.mark.parametrize(
    "after", ["", "\n\nThe mayor wrote back. “I, Tom Bell, take the blame,” the letter began."]
)
def test_block_introduced_by_a_text_takes_no_writer_from_a_quote(nlp, after):
    # "As the report put it:": a text names no writer, and no quote of the document (none at
    # all, or a later one signed "I, Tom Bell,") tells the block's
    from quotebase.extract.pipeline import extract

    text = (
        "The council published its findings on Thursday. As the report put it:\n\nThe town "
        "has spent ten years promising a new library and has built nothing. Residents deserve "
        "an explanation, and they deserve it before the next budget is written." + after
    )
    block = next(q for q in extract(text, META, nlp).quotes if q.kind is QuoteKind.BLOCK)
    assert block.speaker is None
    assert [h.name for h in block.chain] == ["Pat Writer"]


@pytest.mark.model
def test_a_text_read_keeps_its_own_mention_under_its_writers_name(nlp):
    # "“...,” the letter read" after "Tom Bell wrote to the council": the words are the
    # writer's, and the mention the sentence gives them is still "the letter", as a
    # description named as its person keeps its own words
    from quotebase.extract.pipeline import extract

    text = (
        "Tom Bell wrote to the council on Monday. “I have asked three times for the drain to "
        "be fixed,” the letter read."
    )
    quote = extract(text, META, nlp).quotes[0]
    assert quote.speaker.name == "Tom Bell"
    assert quote.speaker.mention.text == "the letter"


@pytest.mark.model
def test_narrator_me_is_the_author(nlp):
    from quotebase.extract.pipeline import extract

    quotes = extract("Ken Obi told me, “The talks failed.”", META, nlp).quotes
    assert quotes[0].speaker.name == "Ken Obi"
    assert [h.name for h in quotes[0].chain] == ["Ken Obi", "Pat Writer"]


# An "I" inside someone's quotation is that quote's speaker, never the writer.
QUOTED_NARRATOR_CASES = [
    (
        "“The clerk stopped me at the door. I told him, ‘My papers are in the car,’ and he"
        " let me pass,” Rosa Delgado recalled.",
        "My papers are in the car",
        "Rosa Delgado",
    ),
    (
        "“Halfway over the lake I said, ‘Turn back now,’ but nobody listened,” said Ivo"
        " Brandt, the pilot.",
        "Turn back now",
        "Ivo Brandt",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), QUOTED_NARRATOR_CASES)
def test_narrator_inside_a_quote_is_its_speaker(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.chain[-1].name == "Pat Writer"


# With a byline that names no writer, "I" is one person: the writer the text credits,
# else an unnamed author of this document; never the outlet (whose "we" it stays).
OUTLET_META = DocumentMeta(outlet="The Daily Example", author=None)
NAMED_AUTHOR_TEXTS = [
    "Editor’s note: what follows is excerpted from Vera Quist’s new memoir.\n\n"
    "The guard waved. “Keep walking,” I said to my brother.",
    "The guard waved. “Keep walking,” I said to my brother.\n\n"
    "From THE LONG ROAD HOME by Vera Quist. Used with permission.",
    "Winter at the border\n\nBy Vera Quist\n\n"
    "The guard waved. “Keep walking,” I said to my brother.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NAMED_AUTHOR_TEXTS)
def test_narrator_under_an_outlet_byline_is_the_credited_writer(nlp, text):
    from quotebase.extract.pipeline import extract

    quote = next(q for q in extract(text, OUTLET_META, nlp).quotes if q.text.startswith("Keep"))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Vera Quist", EntityKind.PERSON)
    assert quote.chain[-1].name == "The Daily Example"


@pytest.mark.model
@pytest.mark.parametrize("meta", [OUTLET_META, DocumentMeta()])
def test_narrator_under_no_named_writer_is_an_unnamed_author(nlp, meta):
    from quotebase.extract.pipeline import extract

    text = "The guard waved. “Keep walking,” I said to my brother."
    quote = next(q for q in extract(text, meta, nlp).quotes if q.text.startswith("Keep"))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("the author", EntityKind.UNNAMED)


@pytest.mark.model
def test_editorial_we_under_an_outlet_byline_is_the_outlet(nlp):
    from quotebase.extract.pipeline import extract

    quotes = extract("“We stand by the story,” we wrote on Monday.", OUTLET_META, nlp).quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "The Daily Example"


# A name the document calls a place or an event is no "he" or "she"; a place that speaks
# is a body (its government), not a person.
@pytest.mark.model
def test_name_called_a_town_is_no_antecedent(nlp):
    text = (
        "Gov. Dan Keller toured the valley on Monday. In his view, Millbrook is a small town"
        " with a big heart. “People here look after each other,” he said."
    )
    quote = quote_starting(nlp, text, "People here")
    assert quote.speaker is not None and quote.speaker.name == "Dan Keller"


@pytest.mark.model
def test_country_that_speaks_is_a_body(nlp):
    text = "Talks stalled again. “We will not accept these terms,” the United States said."
    quote = quote_starting(nlp, text, "We will not")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("United States", EntityKind.ORGANIZATION)


@pytest.mark.model
def test_unnamed_speaker_is_a_description(nlp):
    from quotebase.extract.pipeline import extract

    quotes = extract("“It is over,” the negotiator said.", META, nlp).quotes
    assert quotes[0].speaker.kind is EntityKind.UNNAMED


# A word that names no one, taken for a name or written as a pronoun of no one: the
# speaker is described, never a person named "Another" or "Democrat"
NOT_A_NAME_SPEAKER_CASES = [
    ("“Vote them all out,” one reader wrote on the forum. Another said, “We can do better "
     "than this.”", "We can do better", "Another"),
    ("“The plan is dead,” said one senior Democrat familiar with the talks.", "The plan",
     "one senior Democrat"),
    ("The mayor spoke for an hour. “Taxes are too high,” the Republican said.", "Taxes are",
     "the Republican"),
    ("When someone in the crowd shouted, “Liar,” the mayor laughed.", "Liar", "someone"),
    ("Transcript as follows:\n\n“We came here to work, and we will keep working.”",
     "We came here", "Transcript"),
    ("Supporters cheered in the hall. Some chanted “Four more years!”", "Four more", "Some"),
    # a place, then a party's member or an office: a description of someone unnamed
    ("“The race is wide open,” said a Vermont Republican who asked not to be named.",
     "The race", "a Vermont Republican"),
    ("“We need more buses,” added another Oregon Democrat. “The trains are full.”",
     "We need", "another Oregon Democrat"),
    ("“The court will hear the case,” a Texas Supreme Court Justice told reporters.",
     "The court", "a Texas Supreme Court Justice"),
    # a title's word with no office before it names a monarch or an office, not a surname
    ("Rep. Tom King met the royal family. “The treaty stands,” the King said.",
     "The treaty", "the King"),
    ("“The ruling is narrow,” the Chief Justice said.", "The ruling", "the Chief Justice"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), NOT_A_NAME_SPEAKER_CASES)
def test_word_of_no_name_is_an_unnamed_speaker(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.UNNAMED)


# A quantity, a share or a count of a group names the group it is taken from ("one of her
# aides", not "one"); a party's member counted as one person is no party; an owner before
# an inverted tag's speaker is no speaker
DESCRIBED_GROUP_CASES = [
    ("“We will win this one,” said one of her aides.", "We will win", "one of her aides",
     EntityKind.UNNAMED),
    ("An average of 12 percent of likely voters said they were “not sure” about the plan.",
     "not sure", "An average of 12 percent of likely voters", EntityKind.UNNAMED),
    ("A majority of residents say the city is on the “wrong track.”", "wrong track",
     "A majority of residents", EntityKind.UNNAMED),
    ("A group of nurses, teachers and firefighters signed a letter calling the cuts "
     "“reckless.”", "reckless", "A group of nurses, teachers and firefighters",
     EntityKind.UNNAMED),
    ("Hundreds of marchers chanted “Save our schools!” outside the hall.", "Save our",
     "Hundreds of marchers", EntityKind.UNNAMED),
    ("Some in the party called the plan “a gift to donors.”", "a gift", "Some in the party",
     EntityKind.UNNAMED),
    ("Some Democrats called the bill “a bridge too far.”", "a bridge", "Some Democrats",
     EntityKind.UNNAMED),
    ("Two Republicans called the bill “a bridge too far.”", "a bridge", "Two Republicans",
     EntityKind.UNNAMED),
    ("The Republican National Committee met on Monday. “You will see a big ad push,” said "
     "one Republican who helps run the ads.", "You will", "one Republican",
     EntityKind.UNNAMED),
    ("One of the workers, Tom Bell, 52, said the plant was “a second home.”", "a second",
     "Tom Bell", EntityKind.PERSON),
    ("“Keep the parks open,” opined Dayton’s Daily Ledger.", "Keep the",
     "Dayton’s Daily Ledger", EntityKind.ORGANIZATION),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "kind"), DESCRIBED_GROUP_CASES)
def test_described_group_is_named_with_its_group(nlp, text, fragment, speaker, kind):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


# A word before a surname that begins no name (a preposition, a participle, a common word
# opening the sentence) is no given name: no second person of that surname keeps the
# surname alone from the one person named in full
OPENING_WORD_CASES = [
    ("Senator Ann Ray announced her campaign on Monday in Ohio.\n\nWithout Ray in the race, "
     "the field would have been thin.\n\n“I am ready for this,” Ray said.", "I am ready",
     "Ann Ray"),
    ("Governor Lena Marsh held a rally in the capital.\n\nPainting Marsh as a friend of the "
     "banks has become the rival campaign's main theme.\n\n“I have never taken a dime from "
     "them,” Marsh said.", "I have never", "Lena Marsh"),
    ("Dana Kowalczyk runs the city's largest shelter.\n\nStated Kowalczyk: “We have no beds "
     "left tonight.”", "We have no beds", "Dana Kowalczyk"),
    ("Mayor Tom Bell spoke to reporters on Friday, and young voters cheered him.\n\nYoung "
     "Bell supporters waved signs in the hall.\n\n“We will balance the books,” Bell said.",
     "We will balance", "Tom Bell"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), OPENING_WORD_CASES)
def test_word_opening_no_name_is_no_given_name(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.model
def test_scare_quotes_and_terms_have_no_speaker(nlp):
    from quotebase.extract.pipeline import extract

    text = (
        "The city began its “war on potholes” in May. "
        "The plan, known as “Smooth Streets,” costs little."
    )
    quotes = extract(text, META, nlp).quotes
    kinds = {q.text: q.kind for q in quotes}
    assert kinds["war on potholes"] is QuoteKind.SCARE
    assert kinds["Smooth Streets,"] is QuoteKind.TERM
    assert all(q.speaker is None for q in quotes)


# A title-cased name right after a noun of a work names the work, also in a sentence whose
# verb of saying would make it the subject's words.
WORK_TITLE_CASES = [
    ("Lydia Crane said her novel ‘Salt and Iron’ was written in a single winter.",
     "Salt and Iron"),
    ("Tom Bell, who hosts the radio show “Morning at the Mill,” said the station would close.",
     "Morning at the Mill"),
    ("Ann Ray told the podcast “The Long Count” that she would not run.", "The Long Count"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment"), WORK_TITLE_CASES)
def test_title_after_a_noun_of_a_work_has_no_speaker(nlp, text, fragment):
    quote = quote_starting(nlp, text, fragment)
    assert (quote.kind, quote.speaker) == (QuoteKind.TITLE, None)


@pytest.mark.model
def test_split_quote_is_one_utterance(nlp):
    from quotebase.extract.pipeline import extract

    quotes = extract("“We tried,” Ana Ruiz said, “and we failed.”", META, nlp).quotes
    assert quotes[1].part_of == 0
    assert quotes[1].speaker.name == "Ana Ruiz"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("“We are not giving up,” Helen Stroud said, “and we will appeal the ruling.”", "and we"),
        ('"The river rose fast," said Chief Omar Sallis, "faster than in 1998."', "faster"),
    ],
)
def test_second_part_of_a_split_utterance_is_direct(nlp, text, fragment):
    # the words after the tag go on with the whole utterance they broke off from
    quote = quote_starting(nlp, text, fragment)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.part_of == 0


@pytest.mark.model
def test_component_fills_spans_and_extension(nlp):
    doc = nlp("“Fine,” Bo Li said.")
    assert doc.spans["quotebase_quotes"][0].text == "Fine,"
    assert doc._.quotes[0].kind is QuoteKind.DIRECT


@pytest.mark.model
def test_extract_many_streams_in_order(nlp):
    from quotebase.extract.pipeline import extract_many

    items = [("“One,” Al Bee said.", META), ("“Two,” Cy Dee said.", META)]
    names = [e.quotes[0].speaker.name for e in extract_many(items, nlp=nlp)]
    assert names == ["Al Bee", "Cy Dee"]


# (text, quote fragment, speaker name, the text of the mention used): the cue conventions
# after a quote, written for these tests.
TAG_CASES = [
    # a tag after a quote that closes its own sentence, longer than a bare "he said"
    (
        "Ana Ruiz took the stage last. “We won!” she shouted to the crowd on Friday night.",
        "We won!",
        "Ana Ruiz",
        "she",
    ),
    # a name and its apposition between the quote and its cue
    (
        "“The bill is dead,” Tom Baker, the chairman of the finance committee, told"
        " reporters on Monday.",
        "The bill is dead",
        "Tom Baker",
        "Tom Baker",
    ),
    # a time expression after the cue is not an inverted subject
    (
        "“Prices will fall,” Ruth Cole, a senior economist, said Thursday morning.",
        "Prices will fall",
        "Ruth Cole",
        "Ruth Cole",
    ),
    # the multi-paragraph convention, where the new paragraph's piece has its own tag
    (
        "Ann Lee said: “We started the fund in May.\n\n“It grew fast,” Lee said on Monday.",
        "It grew fast",
        "Ann Lee",
        "Lee",
    ),
    # no comma after the quote: the tag's noun phrase hangs off the quote, its cue has no
    # subject, and the previous paragraph's speaker does not get the words
    (
        '“Not at all,“ he said. “A fox keeps its tricks.”\n\n"Mayor Ray invited both Ann and'
        ' me to her home today to talk about changes she wanted to make in her staff" the'
        " Ledger's senior politics editor Tom Bell responded. \"As we wrote, she told us that"
        ' the whole staff was under review."',
        "Mayor Ray invited",
        "Tom Bell",
        "Tom Bell",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "mention"), TAG_CASES)
def test_speaker_tag_after_quote(nlp, text, fragment, speaker, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.name == speaker
    assert quote.speaker.mention.text == mention
    # the mention used is the one in the tag, after the quote
    assert quote.speaker.mention.start > quote.start


# A report inside a report: the outer reporter is the source when the inner subject is a
# pronoun or a thing; a named inner speaker keeps the words.
NESTED_CASES = [
    ("Kay Bell said she called the plan “a total mess” last year.", "a total mess", "Kay Bell"),
    ("Mo Hart said the memo describes the deal as “badly flawed.”", "badly flawed", "Mo Hart"),
    ("Mo Hart said Lin Chu called the deal “a total mess.”", "a total mess", "Lin Chu"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), NESTED_CASES)
def test_report_inside_report_speaker(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == speaker


# A quote with no cue of its own after a report in paraphrase: the reporter speaks.
LEAD_IN_CASES = [
    (
        "Dana Fox said the vote would be close. “We have counted every district twice.”",
        "We have counted",
        "Dana Fox",
    ),
    (
        "Earlier, Omar Said spoke to the council.\n\nThe mayor, he said, had ignored the"
        " warnings.\n\n“Nobody listened to the engineers.”",
        "Nobody listened",
        "he",
    ),
    # identifying, outlining, turning to someone: a deed of speech that leads in its words
    (
        "Ann Ray identified debt as the main risk. “We cannot borrow forever.”",
        "We cannot borrow",
        "Ann Ray",
    ),
    (
        "The judge then turned to Tom Bell. “Do you have anything to add?”",
        "Do you have",
        "The judge",
    ),
    # a denied or refused cue leads in nothing: the previous speaker goes on
    (
        "“The levy is fair,” Ann Ray said on Monday. Tom Bell didn't answer the charge. “We "
        "will ask again next week.”",
        "We will ask",
        "Ann Ray",
    ),
    (
        "“The levy is fair,” Ann Ray said on Monday. Her rival declined to comment. “We will "
        "ask again next week.”",
        "We will ask",
        "Ann Ray",
    ),
    # a sentence in which the speaker has a question leads in the quote that asks it
    (
        "“We will fix the bridge,” Ann Ray added. She had one more question for"
        " us.\n\n“Who will pay for the repairs?”",
        "Who will pay",
        "She",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "mention"), LEAD_IN_CASES)
def test_cueless_quote_takes_the_lead_in_report(nlp, text, fragment, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == mention


# Quoted fragments coordinated after one cue are all the cue subject's words.
COORDINATED_CASES = [
    ("Ed Cole called the senator a “nasty man,” a “fraud” and “unstable.”", "fraud", "Ed Cole"),
    ("Her aide answered on Twitter, calling the charge “absurd” and “reckless.”", "absurd", "aide"),
    # a short fragment listed with the last speaker's fragment is theirs too, where the parse
    # gives its clause no subject of theirs: by the words between them ...
    ("The group's lawyer, Tom Bell, argued that the ad was harmless: It was the work of a "
     "“satirist,” “a prankster,” but also a “loyal fan.”", "a prankster", "Bell"),
    ("The group's lawyer, Tom Bell, argued that the ad was harmless: It was the work of a "
     "“satirist,” “a prankster,” but also a “loyal fan.”", "loyal fan", "Bell"),
    ("“We need a change,” Ann Ray said on Monday. At a diner in Ames, Ray faulted Bell, the "
     "mayor of Dayton and winner of the straw poll, for being “soft on crime” and “very weak” "
     "on the question of policing.", "very weak", "Ray"),
    # ... by a relative clause of the earlier fragment ...
    ("“We need a change,” Ann Ray said on Monday. Ray belittled the matter of the unpaid fees, "
     "calling it a “paper error” that was written up in a “hatchet piece” by the Courier.",
     "hatchet piece", "Ray"),
    # ... or by a clause joined to the earlier fragment's clause
    ("Ann Ray attacked the mayor on Friday, saying he had wasted the surplus, his budget is "
     "\"badly broken\" and he is a \"coward\" -- all without naming him.", "coward", "Ray"),
    ("According to her doctor, the senator had “remarkably good” results in her checkup, shows "
     "“exceptional” stamina and strength, and “will outlive us all.”", "exceptional", "doctor"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "head"), COORDINATED_CASES)
def test_coordinated_fragments_share_the_cue(nlp, text, fragment, head):
    quote = quote_starting(nlp, text, fragment)
    assert quote.kind is QuoteKind.MIXED
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert head in quote.speaker.mention.text


COLON_CASES = [
    # a name, a comma and its description before the colon: the name speaks, also after a
    # label of its own ("Reaction:")
    (
        "Reaction to the verdict came quickly.\n\nAnn Ray, mayor: “Justice was done today.”"
        "\n\nTom Bell, defense lawyer: “We will appeal.”",
        "We will appeal",
        "Tom Bell",
    ),
    (
        "Reaction: Ann Ray, mayor: “The city will rebuild.”",
        "The city will rebuild",
        "Ann Ray",
    ),
    # a colon sentence whose verb is not a verb of saying: its subject speaks
    (
        "Senator Ada Lowe released the following statement:\n\n“We mourn a great public servant.”",
        "We mourn a great",
        "Ada Lowe",
    ),
    (
        "Ada Lowe then listed her priorities: “Lower taxes, safer streets and better schools.”",
        "Lower taxes",
        "Ada Lowe",
    ),
    # a cue verb with a prepositional object before the colon: the cue's subject speaks
    (
        "Ruth Kane spoke at the hearing.\n\nShe said of the council: “They need to act now.”",
        "They need to act",
        "Ruth Kane",
    ),
    (
        "Mayor Tom Reed thanked the crowd. He says to voters: “This win is yours.”",
        "This win is yours",
        "Tom Reed",
    ),
    # a transcript: the label of the next turn wins over the unclosed previous turn
    (
        "“HOST: Why did you run for office?\n\n“LOWE: Because nobody else would.”",
        "LOWE: Because",
        "Lowe",
    ),
    # a hearing exchange: a name with party and state in parentheses, a colon, the turn
    (
        'The figures are disputed.\n\nRep. Ann Ray (D-Ore.):"I have never seen that number. '
        'Who gave it to you?"',
        "I have never seen",
        "Ann Ray",
    ),
    (
        "The figures are disputed.\n\nSen. Tom Bell (R-S.C.): “Where did that number come from?”",
        "Where did",
        "Tom Bell",
    ),
    # a long title before the name
    (
        'The figures are disputed.\n\nFormer secretary of the treasury Ruth Kane:"We took it '
        'from the agency and its own review."',
        "We took it",
        "Ruth Kane",
    ),
    # a name the parser gives an apposition inside the quote: the label still speaks
    (
        "Hunter: 'Never, ever, ever underestimate Bell.'\nAnn Hunter spoke on Monday.",
        "Never, ever",
        "Ann Hunter",
    ),
]


ACCORDING_CASES = [
    # "X said ..., according to Y": X said the words, Y passes them on (a relay whose cue is
    # "according to")
    (
        "According to the Daily Ledger, Mayor Ruth Kane said the budget was “a disaster.”",
        "a disaster",
        "Ruth Kane",
        "Daily Ledger",
    ),
    (
        "“The vote is final,” Ruth Kane said, according to the Daily Ledger.",
        "The vote",
        "Ruth Kane",
        "Daily Ledger",
    ),
    (
        "Omar Haddad wrote to the board on Friday, warning of “a long strike,” according to a "
        "copy seen by reporters.",
        "a long strike",
        "Omar Haddad",
        "a copy",
    ),
    # a person described by a common noun of local news says the words too
    (
        "According to the police report, the driver said, “I didn't see the light change.”",
        "I didn't see",
        "the driver",
        "police report",
    ),
    # a source inside the reported clause is part of what was said
    (
        "Ruth Kane said that according to her staff, the plan was “dead on arrival.”",
        "dead on arrival",
        "Ruth Kane",
        None,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "relay"), ACCORDING_CASES)
def test_according_to_in_the_sentence_names_the_source(nlp, text, fragment, speaker, relay):
    from quotebase.extract.records import HopRole

    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and speaker in quote.speaker.name
    relays = [hop for hop in quote.chain if hop.role is HopRole.RELAY]
    if relay is None:
        assert not any(hop.cue == "according to" for hop in relays)
    else:
        assert [(hop.name, hop.cue) for hop in relays if relay in hop.name] == [
            (relays[0].name, "according to")
        ]


@pytest.mark.model
def test_continued_speaker_is_marked_at_the_nearest_mention(nlp):
    from quotebase.extract.pipeline import extract

    text = "“We are ready,” said Ann Ray on Monday. Ray smiled at the crowd. “We will hire.”"
    quotes = extract(text, META, nlp).quotes
    second = next(q for q in quotes if q.text.startswith("We will hire"))
    assert second.speaker is not None and second.speaker.name == "Ann Ray"
    assert second.speaker.mention is not None
    assert second.speaker.mention.start == text.index("Ray smiled")


CLAUSE_SUBJECT_CASES = [
    # a quoted phrase under a verb that is not a verb of saying: the clause subject's words
    (
        "In a speech on Monday, Governor Ann Ray attacked the “reckless and dishonest spending "
        "plan” of her rivals.",
        "reckless and dishonest",
        "Ann Ray",
    ),
    (
        "Ann Ray likened the proposal to “a new tax on every working family” in her remarks.",
        "a new tax",
        "Ann Ray",
    ),
    # a short phrase under its clause's person subject is theirs, not a scare quote
    ("Ann Ray likened the new mall to a “ghost town” on Friday.", "ghost town", "Ann Ray"),
    ("The storm left “hidden costs” for every town.", "hidden", None),
    # a copula reports nothing: no speaker
    ("The budget was “a disaster for every single working family” in 2015.", "a disaster", None),
    # a stance with the content it holds is its subject's words
    (
        "The farm lobby group Corn First is “confident that the new rule will hold up in court,” "
        "but the senator is not.",
        "confident that",
        "Corn First",
    ),
    ("Mayor Tom Bell was “eager to get the bridge built” before the vote.", "eager to", "Tom Bell"),
    # the words of a noun of saying belong to its possessor
    (
        "Governor Ann Ray gained ground after her call for “a total freeze on new taxes” in May.",
        "a total freeze",
        "Ann Ray",
    ),
    (
        "Voters doubted Tom Reed's claim that “every road will be repaved by spring” this year.",
        "every road",
        "Tom Reed",
    ),
    # a noun of saying or a text whose author "by" names: the author's words in its clause
    ("On Friday came a report by the Ledger that the mayor had “invented” the whole story.",
     "invented", "Ledger"),
    ("Critics seized on the suggestion by Senator Ann Ray that the board “ought to resign” at "
     "once.", "ought to resign", "Ann Ray"),
    # a fragment in the topic phrase of a noun of arguing a person owns is the owner's, not
    # the words of the subject of the verb the noun phrase hangs off
    ("Voters in the county liked Tom Bell’s attack on the “reckless” budget.", "reckless",
     "Tom Bell"),
    ("The board members cheered Ann Ray’s broadside against “waste” at city hall.", "waste",
     "Ann Ray"),
    # a time or a place is no topic: the noun phrase holds no one's words
    ("Ann Ray’s speech on Friday in the “new” hall drew a crowd.", "new", None),
    # the climb to the noun of saying may pass through another quote of the same text
    ("But Tom Bell’s boldest claim is that the panel is a “witch hunt” set up to “get” the "
     "mayor.", "get", "Tom Bell"),
    # a clause framed by a person's own account ("by her own admission", "in his words")
    ("Tom Bell left early. The delay, by his own account, was a “blunder” that cost the city.",
     "blunder", "Tom Bell"),
    ("Ann Ray spoke at noon. In her words, the deal is “a disaster.”", "a disaster", "Ann Ray"),
    # a title on the topic of an owned noun is no one's words
    ("Kay Ray’s talk on “The Long Road Home” ran on Sunday.", "The Long Road", None),
    # the fragment is the complement of a copula inside the noun's clause
    (
        "A watchdog group questioned Tom Bell's claim that there were “thousands of new "
        "jobs” in the county.",
        "thousands",
        "Tom Bell",
    ),
    # after another speaker's quote, a short fragment their own verb takes is the subject's
    ("“We must stop this,” Bell said. Ray, however, has “grave doubts” about the bill.",
     "grave doubts", "Ray"),
    # where the parse gives the fragment's clause no subject, the sentence's main subject
    # (the last speaker again) holds the words
    ("“We will win,” Tom Bell said. He rails against the “rigged” courts and pledges to "
     "hold out against their “cheating.”", "cheating", "Tom Bell"),
]


TAG_VERB_CASES = [
    # a short tag after the quote whose verb is not a verb of saying still names the speaker
    (
        "“Would you raise taxes?” Ann Ray pressed.\n\n“Never,” Tom Bell said.",
        "Would you",
        "Ann Ray",
    ),
    ("“We will win this state,” beamed Ann Ray.", "We will win", "Ann Ray"),
    # a longer subject phrase before the verb: the whole phrase is the tag's subject
    ("“We will never give up.” An angry Ann Ray retaliated.", "We will never", "Ann Ray"),
    # the object of "told" is the listener: still a tag
    ("“We will win this state.” Ann Ray told the local radio station.", "We will win", "Ann Ray"),
    # a new sentence with its own object is not a tag
    ("“We will win this state.” Ann Ray left the stage.", "We will win", None),
]


REPORTER_CASES = [
    # a pronoun reporting a pronoun's words: the reporter's mention, as the news reads
    "Ann Ray spoke on Monday. She said she called the plan “a total and costly failure.”",
    # the parser may join paragraphs into one sentence: never reach into another paragraph
    "Ann Ray spoke on Monday, saying little.\n\nShe said she called the plan “a total "
    "and costly failure.”",
]


@pytest.mark.model
@pytest.mark.parametrize("text", REPORTER_CASES)
def test_pronoun_report_inside_pronoun_report_takes_the_outer_mention(nlp, text):
    from quotebase.extract.pipeline import extract

    quote = extract(text, META, nlp).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Ann Ray"
    assert quote.speaker.mention is not None
    assert quote.speaker.mention.start == text.index("She said")


SIGNATURE_CASES = [
    # a dash stuck to the closing mark signs the quote
    ("“Prices keep rising.”― Ann Ray\n“Wages do not.”― Tom Bell", "Wages do not", "Tom Bell"),
    # a bar glued to the signer's name
    ("“Prices keep rising.” ―Ann Ray\n“Wages do not.” ―Tom Bell", "Wages do not", "Tom Bell"),
    # a quote paragraph signed on the next line (fact-check lists)
    ("“Prices keep rising every year.”\n\n- Ann Ray.\n\nThe claim holds.", "Prices", "Ann Ray"),
    # a long paragraph after a dash is not a signature
    (
        "“Prices keep rising every year.”\n\n- Ann Ray and her staff spent the whole of the "
        "following week travelling across the state to meet voters in small towns.",
        "Prices",
        None,
    ),
    # a dash after the closing mark and a name signs the quote
    (
        "Voters were asked about the plan.\n\n“It is a fair deal.” — Ann Ray, Dayton.",
        "It is a fair",
        "Ann Ray",
    ),
    # a clause set off by dashes inside a split quote is no signature
    (
        "Tom Bell spoke on Monday. “The old story” -- that Mayor Ann Ray always wins -- “is "
        "over,” he said.",
        "The old story",
        "Tom Bell",
    ),
    # a pull quote whose last line, still inside the marks, signs it
    (
        'Few saw it coming.\n\n"Rents will keep climbing for years.\n'
        'Ann Ray, Urban Housing Council."\n\nThe council disagrees.',
        "Rents will",
        "Ann Ray",
    ),
    (
        'The vote is close.\n\n"We will win this state by a mile.\nTom Bell."\n\nHe may.',
        "We will",
        "Tom Bell",
    ),
    # a last line with a verb is part of the quote, not its signature
    (
        'The vote is close.\n\n"We will win this state by a mile.\nTom Bell knows it."\n\nHe may.',
        "We will",
        None,
    ),
    # a signature closes the quote it signs: the unsigned quote after it is not the signer's
    (
        "We asked voters.\n\n“It is a fair deal.” — Ann Ray, a teacher from Dayton\n"
        "“It is a bad deal.”\n“I do not care.” — Lou Reed, a retired pilot",
        "It is a bad deal",
        None,
    ),
    # signed quotes run on in one paragraph: each dash signs the sentence before it
    (
        "What readers said: “It is a fair deal.” ― Ann Ray, Dayton “It is a bad deal.” ― Tom "
        "Bell, Akron",
        "It is a bad deal",
        "Tom Bell",
    ),
    # a quote its own cue governs keeps its speaker before a byline dash
    ('Ann Ray said "We will win the county."--Tom Bell.', "We will win", "Ann Ray"),
    # a signature that describes its signer
    (
        "Readers wrote in.\n\n“It is a fair deal.” — Ann Ray, Dayton\n\n“It is a bad deal.” "
        "— a nurse in Akron",
        "It is a bad deal",
        "a nurse",
    ),
]


ISSUER_CASES = [
    # a statement, email or letter that "says": the news credits whoever issued it
    (
        "An email sent out by Ann Ray on Tuesday warned of “a long and hard fight ahead.”",
        "a long and hard",
        "Ann Ray",
    ),
    # a sign speaks for itself, not for whoever holds it up
    ("Tom Bell held up a sign saying “Stop the tolls now.”", "Stop the tolls", "a sign"),
    # the people of crime and court reports issue texts like anyone named
    ("The thief left a note that read, “Sorry, I needed it more.”", "Sorry", "The thief"),
    ("The gunman posted a message saying, “Nobody will stop me.”", "Nobody will", "The gunman"),
    # "..., calling it" after the claim of a text goes on with whoever handles the text
    (
        "Ray's office attacked a report claiming that the senator misled the panel, calling "
        "it “baseless” on Friday.",
        "baseless",
        "Ray's office",
    ),
    # a body of people issues a text: the council, not the motion it voted for
    (
        "The council voted 5-2 for a motion which said the town “welcomes every family.”",
        "welcomes every family",
        "The council",
    ),
    # a remark speaks for whoever made it
    (
        "Ann Ray made a remark that described the farmers as “the backbone of the state.”",
        "the backbone",
        "Ann Ray",
    ),
    # the one urged to issue a text issues it, not the one who urged
    (
        "The board urged Ann Ray to issue a statement saying the deal was “a fair bargain.”",
        "a fair bargain",
        "Ann Ray",
    ),
    # an issuer's name the parser left outside the verb's subject, right before it
    (
        "Organizers asked the group to lead the march. Black Lives Matter issued a press "
        'statement saying it withdrew "because of the conditions created for our members by '
        'the police."',
        "because of the conditions",
        "Black Lives Matter",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "mention"), ISSUER_CASES)
def test_text_that_says_is_credited_to_its_issuer(nlp, text, fragment, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == mention


@pytest.mark.model
def test_relative_clause_cue_marks_who_and_names_the_antecedent(nlp):
    from quotebase.extract.pipeline import extract

    text = "The plan drew fire from Ann Ray, who called it “a costly and reckless mistake.”"
    quote = extract(text, META, nlp).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Ann Ray"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "who"


@pytest.mark.model
def test_lead_in_from_a_relative_clause_marks_the_name(nlp):
    from quotebase.extract.pipeline import extract

    text = "“We lost,” said Ann Ray, who said the count was fair. “We will be back.”"
    quote = next(q for q in extract(text, META, nlp).quotes if q.text.startswith("We will"))
    assert quote.speaker is not None and quote.speaker.name == "Ann Ray"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "Ann Ray"


INTRODUCED_CASES = [
    # a clause and a colon introduce the quote, even when the parser hangs the clause off it
    (
        "Ann Ray later expressed regret over the vote: “Yes, I ought to have asked the "
        "council first. I take the blame for that.”",
        "Yes, I ought",
        "Ann Ray",
    ),
    # a dash after a clause introduces a whole utterance too
    (
        "When Ann Ray at last finished her speech — “This county deserves better, and we "
        "will deliver!” — the crowd cheered.",
        "This county",
        "Ann Ray",
    ),
    # a dash opening a heading introduces no one
    ("– ‘Who cares?’ –.\n\nThe council met on Monday.", "Who cares", None),
]


PRONOUN_ANTECEDENT_CASES = [
    # a title the tagger reads as a name, apposed to the name: the pronoun names the person
    (
        "The Example Group's CEO, Kimberley Stone, said the firm had done nothing wrong.\n\n"
        "“We followed every rule,” she said.",
        "We followed",
        "Kimberley Stone",
    ),
    # a description apposed to a first name stands for the name, also when the tagger
    # reads the name as a place
    (
        "Tom Bell's wife, Georgia, will speak on Monday. She is often by his side.\n\n"
        "“He is a kind man,” she said last spring.",
        "He is a kind",
        "Georgia",
    ),
    # "no other governor" refers to no one: the pronoun goes back to the named person
    (
        "Ann Ray said she had done nothing unusual. No other governor had such a plan.\n\n"
        "“Many people did the same,” she said.",
        "Many people",
        "Ann Ray",
    ),
    # a given name the tables know shows the gender: "Denis" is no "she"
    (
        "Pat Ray opened the meeting.\n\nDenis Moss spoke next.\n\n“We need more time,” she said.",
        "We need more",
        "Pat Ray",
    ),
    # a known given name makes a person of a name the tagger reads as a place or building
    (
        "Helen Ward, the party chair, said turnout was strong.\n\nAnd South Dakota’s Ada "
        "Fisher, among the few delegates from the county, said the governor will win easily, "
        "too. “I think he will do quite fine,” she said.",
        "I think he",
        "Ada Fisher",
    ),
    # a name the parser hangs on the place before it is the subject of the verb after it
    (
        "Jane Moss, a former aide, praised the plan.\n\nAt a June campaign event in Dayton, "
        "Ohio, 62-year-old Ann Ray also railed against the new tax, and said the change worried "
        "her family. “They should pay less,” she said.",
        "They should",
        "Ann Ray",
    ),
    (
        "Jane Moss, a former aide, praised the plan.\n\nAt a town hall in Tulsa, Oklahoma, "
        "40-year-old Karen Hill angrily objected to the fee. “We pay enough already,” she said.",
        "We pay",
        "Karen Hill",
    ),
]


# "it" takes a thing or body named in its own sentence or the one before (a subject first,
# then a writing, then the nearest), not a subject from paragraphs back
NEUTER_ANTECEDENT_CASES = [
    ("The board met on Friday to review the budget.\n\nA coalition of farm groups sent a "
     "letter on Monday urging the council to act. “The delay has hurt every grower in the "
     "valley,” it read.", "The delay has hurt", "a letter"),
    ("The crowd cheered when the mayor arrived at the park.\n\nOn his website, Tom Ray has "
     "begun to say goodbye to his readers. “This was a great run,” it now says.",
     "This was a great run", "his website"),
    ("The league changed its rules last year. The club's constitution says nothing about "
     "dues, although it does say that members must “act in good faith.”", "act in good faith",
     "The club's constitution"),
]  # fmt: skip

# "as they say", "as they like to say": people at large, an unnamed speaker, not a body
# named before; any other verb or a past "said" keeps its antecedent
GENERIC_THEY_CASES = [
    ("Fox Business hosted the debate on Tuesday. Bell was calm and quiet. As they say about "
     "the old senator, “slow and steady wins the race.”", "slow and steady", "they"),
    ("The Hill Foundation paid for the study. As they like to say in Maine, “you can't get "
     "there from here.”", "you can't get", "they"),
    ("Voters in the county are angry. As they put it, “we are done waiting.”", "we are done",
     "Voters"),
]  # fmt: skip

# "they" after people named together ("Ann Ray and Tom Bell", "He and his brother") is the
# group, named after its members; with no subject before it that can be "they", the
# people just named in another role ("fire from Democrats and Republicans"); the main
# clause's subject outranks one inside a relative clause ("a plan that voters dislike")
PLURAL_GROUP_CASES = [
    ("Ann Ray and Tom Bell toured the plant on Monday. They said the new line “will hire "
     "hundreds of workers.”", "will hire hundreds", "Ann Ray and Tom Bell"),
    ("Tom Bell thanked the nurses. He and his brother stayed late because they wanted to say "
     "“thank you in person.”", "thank you in person", "Tom Bell and his brother"),
    ("The merger drew fire from Democrats and Republicans in the Senate who dislike such "
     "deals. They called it “a scandal for the ages.”", "a scandal for",
     "Democrats and Republicans"),
    ("Ann Ray wants the files released. She and her allies argue the rules are too strict. "
     "They note that “even old memos stay secret.”", "even old memos", "Ann Ray and her allies"),
    ("When I met with Mr. Bell and Mr. Ray, they were cheerful. They called the deal “a sure "
     "thing.”", "a sure thing", "Mr. Bell and Mr. Ray"),
    ("The newspaper writes that the mayor backs a plan that voters dislike. “The mayor has "
     "lost his way,” they conclude.", "The mayor has lost", "The newspaper"),
    # a plural apposed to names the parse does not join with "and" is the group, not the
    # first of them
    ("Last spring three economists -- Ann Ray at the Example Institute of Technology, Tom "
     "Bell at the University of Springfield and Kim Lu at the University of Shelbyville -- "
     "published a paper. The gains, they concluded, “never came.”", "never came",
     "three economists"),
]  # fmt: skip

# a "they" inside a quotation is the people its quoted sentence names as a subject before it
# (the speaker's own words), not a mention outside the marks
QUOTED_THEY_CASES = [
    ("Ann Ray spoke for the union. “Our members are angry because they were told ‘the plant "
     "is safe,’” said Tom Bell.", "the plant is safe", "Our members"),
    ("The county board met on Monday. “A lot of the voters feel ignored, and they keep "
     "telling us to ‘fix the roads first,’” said Ann Ray, a volunteer.", "fix the roads",
     "the voters"),
]  # fmt: skip

# a "she" or "her" that does not itself speak goes on about the woman named as a subject
# beside a description that shows no gender ("a campaign aide said Ray misspoke"), or in the
# paragraph of a description that is only a source ("according to a party official"); "“...,”
# she said" after the aide is the aide speaking on
NAMED_OVER_DESCRIPTION_CASES = [
    ("Ann Ray spoke at the rally. A campaign aide later said that Ray misspoke about the tax."
     "\n\nThe remark came in answer to a question about her claim that “no one pays more.”",
     "no one pays more", "Ann Ray"),
    ("Ann Ray has faced questions about her record. The group is combing old tapes for ads, "
     "according to a party official.\n\nA new ad uses her remarks to the panel that “I was in "
     "charge of it all.”", "I was in charge", "Ann Ray"),
    ("A campaign aide said Ann Ray was tired. “We will rest tomorrow,” she said.",
     "We will rest", "A campaign aide"),
]  # fmt: skip


MODIFIER_CLAUSE_CASES = [
    # a person's words in a clause that modifies the sentence are theirs, not the report of
    # the verb above
    (
        "Tom Bell praised the mayor, Ann Ray, after she called the plan “a costly mistake.”",
        "a costly",
        "Ann Ray",
        "called",
    ),
    (
        "Tom Bell criticized the new bridge, which he described as “a waste of public money.”",
        "a waste",
        "Tom Bell",
        "described",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "cue"), MODIFIER_CLAUSE_CASES)
def test_cue_in_a_modifier_clause_is_not_reported_by_the_verb_above(
    nlp, text, fragment, speaker, cue
):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue == cue


@pytest.mark.model
def test_clause_sharing_a_passive_subject_is_not_the_agents(nlp):
    from quotebase.extract.pipeline import extract

    text = "Ann Ray was joined on stage by Tom Bell and joked, “You are all being ridiculous.”"
    quote = extract(text, META, nlp).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Ann Ray"


DESCRIPTION_ANTECEDENT_CASES = [
    # a definite description of a role varies on the name given just before it
    (
        "Tom Bell thanked his supporters in Ohio on Friday. The Republican nominee promised "
        "to cut taxes.\n\n“We will win this state,” he said.",
        "We will win",
        "Tom Bell",
    ),
    # the possessor of a clause subject is its topic too
    (
        "Ann Ray's bid for the White House gained ground in March. The Vermont senator vowed "
        "to stay in the race.\n\n“We are not done,” she said.",
        "We are not done",
        "Ann Ray",
    ),
    # the subject, not a name further down its clause
    (
        "Paul Ray criticised Tom Bell at a rally on Sunday. But the former governor later "
        "softened his tone.\n\n“I must choose my words with care,” he said.",
        "I must choose",
        "Paul Ray",
    ),
    # "the Ohio Republican": a party member described by state varies on a name too
    (
        "Senator Tom Bell met voters in Ohio on Monday. The Ohio Republican did give the "
        "governor some credit, but he said the plan was late.\n\n“We need a vote this week,” "
        "he said.",
        "We need a vote",
        "Tom Bell",
    ),
    # the writer keeps a description for one person: an earlier "the candidate" that stood
    # for Bell names him again, though Rudd is the subject named last
    (
        "Tom Bell and his aides talk about the candidate's plan in the ads. Bell later urged "
        "Mayor Dan Rudd to reopen the pier. Rudd closed it in May.\n\n“It was a mistake,” "
        "the Republican candidate said.\n\n“We need it open,” he went on.",
        "We need it open",
        "Tom Bell",
    ),
]


# A speaker written as a definite description is the person the document gives it to (None:
# it stays a description): by
# the office written as the person's title, with every capitalised word of the description
# (a state, a party, a department) written with the name or in the note after it.
DESCRIBED_SPEAKER_CASES = [
    ("Sen. Ann Fox (D-Ore.) spoke first.\n\n“We have the votes,” the Oregon senator said.",
     "We have the votes", "Ann Fox"),
    ("Sen. Ann Fox, D-Ore., spoke first.\n\n“We have the votes,” the Democratic senator "
     "said.", "We have the votes", "Ann Fox"),
    # of two senators, the one whose state is written
    ("Sen. Ann Fox (D-Ore.) and Sen. Tom Bell (R-Idaho) met on Monday.\n\n“We have the "
     "votes,” the Oregon senator said.", "We have the votes", "Ann Fox"),
    ("New Mexico Gov. Tom Bell signed the bill.\n\n“It is a good day,” the New Mexico "
     "governor said.", "It is a good day", "Tom Bell"),
    ("Former Gov. Tom Bell backed the plan.\n\n“It is overdue,” the former governor said.",
     "It is overdue", "Tom Bell"),
    ("Treasury Secretary Ann Fox met the board.\n\n“Rates will hold,” the Treasury "
     "secretary said.", "Rates will hold", "Ann Fox"),
    # a deputy's title is another office
    ("Vice President Ann Fox and President Tom Bell toured the plant.\n\n“Jobs are "
     "coming,” the vice president said.", "Jobs are coming", "Ann Fox"),
    ("Vice President Ann Fox and President Tom Bell toured the plant.\n\n“Jobs are "
     "coming,” the president said.", "Jobs are coming", "Tom Bell"),
    # a description given a name earlier names it again
    ("The Oregon senator, Ann Fox, spoke first.\n\n“We have the votes,” the senator said.",
     "We have the votes", "Ann Fox"),
    ("Ann Fox, the senator from Oregon, spoke first.\n\n“We have the votes,” the senator "
     "said.", "We have the votes", "Ann Fox"),
    ("The station chief, Bob Hale, arrived at noon.\n\n“Nobody leaves,” the station chief "
     "said.", "Nobody leaves", "Bob Hale"),
    # the state is never written with the senator: the reader may know, the document
    # does not say
    ("Sen. Ann Fox spoke first.\n\n“We have the votes,” the Oregon senator said.",
     "We have the votes", None),
    # written with another state
    ("Sen. Ann Fox (D-Wash.) spoke first.\n\n“We have the votes,” the Oregon senator "
     "said.", "We have the votes", None),
    # a past office needs "former" with the name; two holders leave the description
    ("Gov. Tom Bell backed the plan.\n\n“It is overdue,” the former governor said.",
     "It is overdue", None),
    ("Sen. Ann Fox and Sen. Tom Bell met on Monday.\n\n“We have the votes,” the senator "
     "said.", "We have the votes", None),
    ("Secretary Ann Fox met the board.\n\n“Rates will hold,” the Treasury secretary said.",
     "Rates will hold", None),
    # a role written before the name, as a title or a trade
    ("Campaign manager Bob Hale spoke to reporters on Monday.\n\n“We are on track,” the "
     "campaign manager said.", "We are on track", "Bob Hale"),
    ("Lab Director Ann Fox opened the session.\n\n“The data are clear,” the director said.",
     "The data are clear", "Ann Fox"),
    ("Crown Prince Omar Saleh posted a photo of the yacht.\n\n“It was a gift,” the prince "
     "wrote.", "It was a gift", "Omar Saleh"),
    ("Top party donor Bob Hale met the mayor on Monday.\n\nThe donor said he found her “very "
     "bright.”", "very bright", "Bob Hale"),
    # ... and through a pronoun whose antecedent is the description
    ("Campaign manager Bob Hale was asked about the poll.\n\nThe campaign manager said he "
     "needed time. “Give me an hour,” he told the paper.", "Give me an hour", "Bob Hale"),
    # a past office is no present one, either way
    ("Former Gov. Tom Bell praised Gov. Ann Fox on Monday.\n\n“It is a good day,” the "
     "governor said.", "It is a good day", "Ann Fox"),
    ("Campaign manager Bob Hale and former campaign manager Tim Rudd spoke.\n\n“We lost,” "
     "the campaign manager said.", "We lost", "Bob Hale"),
    ("Former campaign manager Bob Hale spoke first.\n\n“We lost,” the campaign manager "
     "said.", "We lost", None),
    # two holders of the role; a role paragraphs back, in another item of a listing
    ("Campaign manager Bob Hale and campaign manager Tim Rudd spoke.\n\n“We lost,” the "
     "campaign manager said.", "We lost", None),
    ("Actor Tom Bell won the prize in May.\n\nHe thanked his mother.\n\nStage star Ann Fox "
     "went further.\n\n“We need more roles,” the actor said.", "We need more roles", None),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), DESCRIBED_SPEAKER_CASES)
def test_described_speaker_is_the_person_the_document_names(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    if speaker is None:  # stays the document's own description
        assert quote.speaker.kind is EntityKind.UNNAMED
    else:
        assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.PERSON)


# The writer's own "he" after a main subject of unknown gender refers back to it: a "she"
# after that is the woman named since.
GENDERED_BY_PRONOUN_CASES = [
    ("“We will win,” said Rudd, the head of the group.\n\nHe was joined at the event by Kerin "
     "Lamb, a pollster.\n\n“This race is too close to call,” she said.", "This race",
     "Kerin Lamb"),
    ("“We will win,” Rudd told reporters on a call. He was joined by Kerin Lamb. “This race is "
     "too close to call,” she said.", "This race", "Kerin Lamb"),
]  # fmt: skip


SHARED_SURNAME_CASES = [
    # a full name with an unknown given name does not take the gender of another full name
    # of the same surname (a husband and wife)
    (
        "Police shot Tom Bell outside his home on Monday. An officer fired twice. Dana Bell "
        "can be heard shouting that her husband was unarmed.\n\n“Do not shoot him,” she says.",
        "Do not shoot",
        "Dana Bell",
    ),
    (
        "Tom Bell and Dana Bell arrived at the hearing together. A clerk read the charges."
        "\n\n“We have nothing to hide,” she said.",
        "We have nothing",
        "Dana Bell",
    ),
]


GENDERED_TITLE_SURNAME_CASES = [
    # "Mr. Bell" beside the one full name "Ann Bell", a woman's: someone else
    (
        "Ann Bell runs the shelter. Her husband, a retired teacher, spoke first.\n\n"
        "“We feed forty people a night,” Mr. Bell said.",
        "We feed",
        "Bell",
    ),
    # "Tom and Ann Bell": both are named in full, and "Mr. Bell" is he
    (
        "The owners, Tom and Ann Bell, opened the cafe in May.\n\n"
        "“We bake at four,” Mr. Bell said.",
        "We bake",
        "Tom Bell",
    ),
]


# An office of one gender written as the title before a name ("Councilwoman", "Congressman")
# tells that person's gender, also when the tagger reads the titled name as a body
GENDERED_OFFICE_TITLE_CASES = [
    ("Police Chief Ron Avery met with Councilwoman Tess Gray. Gray asked for more patrols. "
     "“We will do what we can,” he said.", "We will do what", "Ron Avery"),
    ("Ron Avery met with Congresswoman Lupe Gray. Gray asked for more patrols. “We will do "
     "what we can,” he said.", "We will do what", "Ron Avery"),
]  # fmt: skip


FRONTED_TOPIC_CASES = [
    # "As for X," names the person the sentence is about: its pronoun refers to them
    (
        "Paul Ray spoke first and promised lower taxes. As for Tom Bell, he said: “We will "
        "win this state.”",
        "We will win",
        "Tom Bell",
    ),
    # and the next sentence's pronoun too
    (
        "Paul Ray spoke first and promised lower taxes. As for Tom Bell, he said he was not "
        "worried. “We will win this state,” he said.",
        "We will win",
        "Tom Bell",
    ),
]


GROUP_SPEAKER_CASES = [
    # a crowd that answers is a speaker, not an antecedent for "he"
    (
        "Tom Bell spoke at a rally in Ohio. “Who will pay for the bridge?” he asked.\n\n"
        "“The state!” the crowd shouted back.\n\n“That is right,” he said.",
        "That is right",
        "Tom Bell",
    ),
]


TAG_SUBJECT_CASES = [
    # a tag after a quote that closes its sentence may open with a long subject phrase
    (
        "The vote was close.\n\n“We will win this seat!” State Senator Ann Ray said as she "
        "opened the meeting.",
        "We will win",
        "Ann Ray",
    ),
    (
        "The bridge has been closed since May.\n\n“Will the bridge ever reopen?” a council "
        "clerk in the back row wondered. The meeting went on.",
        "Will the bridge",
        "a council clerk",
    ),
    # the short tag still works, and a new report with its own content is no tag
    (
        "The bridge has been closed since May.\n\n“Will the bridge ever reopen?” asked Tom "
        "Bell. The meeting went on.",
        "Will the bridge",
        "Tom Bell",
    ),
    (
        "The bridge has been closed since May.\n\n“Will the bridge ever reopen?” Tom Bell "
        "said later that the town would pay.",
        "Will the bridge",
        None,
    ),
]


TAG_TAIL_CASES = [
    # a report trailing the previous quote's tag does not introduce the next quote
    (
        "The bridge has been closed since May.\n\n“We cannot wait another year,” Tom Bell said "
        "on Monday, after Mayor Ann Ray announced a new delay. “The town needs that bridge.”",
        "The town needs",
        "Tom Bell",
    ),
    (
        "The budget passed.\n\n“It was a fair deal,” Ann Ray wrote in a letter, which Ken Obi "
        "posted online. “I am proud of it.”",
        "I am proud",
        "Ann Ray",
    ),
    # a report in a sentence of its own does
    (
        "The budget passed.\n\n“It was a fair deal,” Ann Ray told reporters. Ken Obi said the "
        "vote was rigged. “It was stolen from us.”",
        "It was stolen",
        "Ken Obi",
    ),
]


MISTAGGED_TAG_CASES = [
    # after a quote ending in a comma, a tag whose cue the tagger reads as a noun
    (
        "The paper ran a sharp piece on Friday.\n\n“The council owes every family on Elm "
        "Street an apology,” the editorial read.",
        "The council owes",
        "editorial",
    ),
    (
        "The campaign ran a new spot.\n\n“She will fight for every worker in this state,” a "
        "narrator in the spot states.",
        "She will fight",
        "narrator",
    ),
    # a number after its determiner stands for as many people: "the two write"
    (
        "Both senators argue that “there is a rule,” citing a case. “You seem to have made"
        " up a new test,” the two write.",
        "You seem to have",
        "two",
    ),
    # a noun phrase that is no tag names no speaker
    (
        "The campaign ran a new spot.\n\n“She will fight for every worker in this state,” the "
        "ad's claim.",
        "She will fight",
        None,
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), MISTAGGED_TAG_CASES)
def test_tag_cue_read_as_a_noun(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    if speaker is None:
        assert quote.speaker is None
    else:
        assert quote.speaker is not None and speaker in quote.speaker.name


LEXICON_CASES = [
    # verbs of scolding and riffing report speech like any verb of saying
    (
        "The hearing was tense.\n\nAnn Ray turned to the mayor, chiding him, “Where were you "
        "last year?”",
        "Where were you",
        "Ann Ray",
    ),
    (
        "The rally ran late.\n\n“Nobody in this room believes that budget,” the governor "
        "riffed on the question from the floor, to loud laughter.",
        "Nobody in this room",
        "the governor",
    ),
]


HEADED_COLON_CASES = [
    # a heading set off by a dash, then a name and a colon: the name speaks
    (
        "This is the weekly poll roundup.\n\nTURNOUT MAY SURPRISE EVERYONE - Ann Ray: “Early "
        "voting is up in every county we track. That rarely happens in an off year.”",
        "Early voting",
        "Ann Ray",
    ),
    # a headline in title case whose name the parser runs on into its verb and object: the
    # full name the body gives
    (
        "Ann Ray Hammers Tax Board Chief: ‘You Should Resign Today.’\nSen. Ann Ray questioned "
        "the chief of the tax board on Tuesday.\n“We will keep asking,” Ray said.",
        "You Should Resign",
        "Ann Ray",
    ),
]


TAG_SHAPE_CASES = [
    # a participle after the tag's comma is what the speaker did, not what they reported
    (
        "The council met on Monday.\n\n“Should the town really pay for a bridge nobody "
        "uses?” Ann Ray asked pointedly, shaking her head.",
        "Should the town",
        "Ann Ray",
    ),
    # a tag whose cue the parser hung off its long subject
    (
        "The count ended late.\n\n“The vote was a sham from the start!” the party's "
        "candidate, Tom Bell, tweeted Sunday after the count ended.",
        "The vote was",
        "Tom Bell",
    ),
]


CAPITALIZED_TAG_SUBJECT_CASES = [
    # after the closing mark a tag opens in lower case: a capitalized noun is a name
    (
        "The interview ran long.\n\n“Could the rent freeze last past June?” Dunnity pressed. "
        "“Or even until winter?”",
        "Could the rent",
        "Dunnity",
    ),
    (
        "The interview ran long.\n\n“Could the rent freeze last past June?” Dunnity pressed. "
        "“Or even until winter?”",
        "Or even",
        "Dunnity",
    ),
]


BRIDGED_CONTINUATION_CASES = [
    # one paragraph of paraphrase about the speaker does not end their run of quotes
    (
        "The bridge has been closed since May.\n\n“We will finish the bridge by June,” Tom Bell "
        "said.\n\nBell is sure the council will back the plan.\n\n“Nobody wants another year "
        "of delays.”",
        "Nobody wants",
        "Tom Bell",
    ),
    # a paragraph about someone else does
    (
        "The bridge has been closed since May.\n\n“We will finish the bridge by June,” Tom Bell "
        "said.\n\nShe is sure the council will back the plan.\n\n“Nobody wants another year "
        "of delays.”",
        "Nobody wants",
        None,
    ),
    (
        "The bridge has been closed since May.\n\n“We will finish the bridge by June,” Tom Bell "
        "said.\n\nAnn Ray is sure the council will reject the plan.\n\n“Nobody wants another "
        "year of delays.”",
        "Nobody wants",
        None,
    ),
]


LEAD_IN_REPORTER_CASES = [
    # a report inside a report: the outer reporter introduces the next quote
    (
        "The mill reopened on Monday.\n\nAnn Ray said that some critics had long been "
        "forecasting the mill's closure.\n\n“This town is stronger than it has ever been.”",
        "This town",
        "Ann Ray",
    ),
    # a report of its own keeps its subject
    (
        "The mill reopened on Monday.\n\nSome critics had long been forecasting the mill's "
        "closure.\n\n“This town is stronger than it has ever been.”",
        "This town",
        "Some critics",
    ),
]


# A surname the tagger reads as a plural noun or a place ("Banks continued", "Kasich, who
# ..."), once the document has named the person in full, is still that person: an
# antecedent for the pronoun speaker after it.
TAGGED_SURNAME_CASES = [
    ("Nora Banks met Senator Kay Lin on Monday. Lin left early.\n\n"
     "Banks continued her speech about the farms. “We need rain,” she said.",
     "We need rain", "Nora Banks"),
    ("Carla Sands met Senator Kay Lin on Monday. Lin left early.\n\n"
     "Sands continued to talk about the farms. “We need rain,” she said.",
     "We need rain", "Carla Sands"),
    ("Governor Tom Kasich spoke first. Mayor Dan Rudd spoke next.\n\n"
     "Kasich, who chairs the board, does not pretend the vote is easy. “We may lose,” he "
     "told reporters.", "We may lose", "Tom Kasich"),
]  # fmt: skip


# A possessive name in the pronoun's own sentence, of the pronoun's gender, is nearer than
# any earlier subject: "she drew Tom Bell's anger - he called her ...". Other names in the
# sentence are not ("Choosing between Ray and Tom Bell is ..., she said").
POSSESSIVE_ANTECEDENT_CASES = [
    ("Mayor Dan Rudd spoke first. Ann Ray won the vote.\n\n"
     "For that she drew Tom Bell's anger - he called her “reckless” on Friday.",
     "reckless", "Tom Bell"),
    ("Mayor Dan Rudd spoke first.\n\nIf we read Tom Bell's plan correctly when he says he "
     "will “cut every tax,” the city will go broke.", "cut every tax", "Tom Bell"),
    ("Mayor Dan Rudd spoke first. Ann Ray won the vote.\n\n"
     "Choosing between Ray and Tom Bell is a “false choice, in the end,” she said.",
     "false choice", "Ann Ray"),
]  # fmt: skip


# A speaker named inside someone's quotation is no antecedent for the writer's pronouns
# after it: the quoted man on the staff is not the "he" of the next paragraph.
NESTED_SPEAKER_ANTECEDENT_CASES = [
    ("Mayor Dan Rudd spoke at noon. “We will not quit,” Rudd said. “Not once has a man on my"
     " staff said, ‘Let us quit now.’”\n\nHis remarks were aimed at critics, including, he "
     "said, “people who tweet all day.”", "people who tweet", "Dan Rudd"),
]  # fmt: skip


# The person a reported clause is about outranks an older main subject when the main
# subject of the nearer sentence cannot be the pronoun ("aides say Ann Ray ..."); not when
# the writer has already referred to someone with it, or the subject is "her aides".
REPORTED_SUBJECT_ANTECEDENT_CASES = [
    ("Professor Kay Lin said firms should lead.\n\nBeyond the budget, the clerks say Ann "
     "Ray also coaches her brother on tennis.\n\n“Women deserve better,” she said at the "
     "rally.", "Women deserve better", "Ann Ray"),
    ("Professor Kay Lin spoke first.\n\nThat race marked her first vote, and she"
     " doubts Ann Ray can win the state.\n\n“It is a false choice,” she said.",
     "It is a false choice", "Kay Lin"),
    ("Professor Kay Lin spoke first. Her aides said Ann Ray was wrong.\n\n"
     "She called the plan “a false choice, in the end.”", "a false choice", "Kay Lin"),
]  # fmt: skip


# The source of an "according to" is as salient as a subject for the pronoun after it.
ACCORDING_SOURCE_ANTECEDENT_CASES = [
    ("Mayor Kay Lin opened the fair on Monday. The farm group has called for a boycott, "
     "according to a statement from Ann Ray.\n\n“We will not shop there,” she said.",
     "We will not shop there", "Ann Ray"),
    ("Mayor Kay Lin opened the fair on Monday. The farm group has called for a boycott, "
     "according to Ann Ray.\n\n“We will not shop there,” she said.",
     "We will not shop there", "Ann Ray"),
]  # fmt: skip


# The owner of a main clause's subject thing ("Ray's letter faulted ...") is the topic the
# next sentence's pronoun refers to, not the person the letter faulted.
OWNER_OF_SUBJECT_ANTECEDENT_CASES = [
    ("Mayor Jane Bell met Ann Osei on Monday. Osei’s letter also faulted Bell over the budget. "
     "She calls the plan “a slow-motion failure for the town.”", "a slow-motion", "Ann Osei"),
    ("Governor Dan Holt met the press. Kemp’s lawsuit names Holt as a defendant. "
     "He also seeks “full damages and an apology” from the state.", "full damages", "Kemp"),
]  # fmt: skip


# "X conceded ..., a result, he said, “...”": a tag inserted into someone's report, which the
# parser hangs the report on, repeats the reporter.
INSERTED_TAG_ANTECEDENT_CASES = [
    ("Senator Dan Ruiz won the first town. In a note sent on Friday, campaign chief Tom Reyes "
     "conceded that Ruiz and Lee had split the two towns, which is a result, he said, "
     "“we have long expected.”", "we have long", "Tom Reyes"),
]  # fmt: skip


# A headline in title case lends no names: the tagger's "Rip Tom Bell" takes in the verb.
TITLE_CASE_HEADLINE_CASES = [
    ("Black Farmers Rip Tom Bell As A ‘Fraud.’\n\nTom Bell spoke in the town on Monday. "
     "“We will cut taxes,” he said.", "We will cut taxes", "Tom Bell"),
]  # fmt: skip


NEARER_SUBJECT_CASES = [
    # a colon lead-in parsed as a second subject of the tag's verb: the tag's own subject
    (
        "Tom Bell ran the mill for years. His final assessment: “It is not quite "
        "optimistic,” he said.",
        "It is not quite",
        "Tom Bell",
    ),
    # a dateline parsed as a subject of the lead's verb
    (
        "SPRINGFIELD, Ill., May 3 (UPI) — Governor Ann Ray called the vote “a betrayal of the "
        "valley.”",
        "a betrayal",
        "Ann Ray",
    ),
    (
        "DENVER, March 2 (Reuters) — Tom Bell said on Monday the tax was “dead on arrival.”",
        "dead on arrival",
        "Tom Bell",
    ),
    # a clause before the quote parsed as a subject of the inverted cue after it
    (
        "The vote on the dam signals “the start of a long fight” for the valley, said Ann Ray, "
        "head of the River Trust.",
        "the start",
        "Ann Ray",
    ),
    (
        "The promise to “fix the roads” appeals to drivers, said Tom Bell, a pollster at "
        "Example University.",
        "fix the roads",
        "Tom Bell",
    ),
]


INVERTED_SUBJECT_CASES = [
    # a participle after the quote takes an object, not an inverted subject
    (
        "Tom Bell spoke last. He also vowed, “We will win this fight and we will win it "
        "soon,” referring to the strike.",
        "We will win",
        "Tom Bell",
    ),
    (
        "Ann Ray said the league will still gather, but said, “The old format is over for "
        "good,” promising the Lakeside Rowers will go back to weekly races.",
        "The old format",
        "Ann Ray",
    ),
    # a verb joined by "and" to the clause of the quote does not invert
    (
        "Ann Ray backs “fair raises,” opposes “blanket wage cuts” and described the long "
        "freeze on county pay: “It hurt every family I know.”",
        "blanket wage",
        "Ann Ray",
    ),
    (
        "Ann Ray backs “fair raises,” opposes “blanket wage cuts” and described the long "
        "freeze on county pay: “It hurt every family I know.”",
        "It hurt",
        "Ann Ray",
    ),
    # a name right after the cue that the tagger took for an adverb is the inverted subject
    (
        "Ann Early has run the county data office since 2009. “Having the old files and two "
        "people who know them is valuable,” said Early, adding she had worked for years "
        "with Tom Bell.",
        "Having the old",
        "Ann Early",
    ),
    (
        "Ann Early has run the county data office since 2009. “The files are a mess,” said Early.",
        "The files",
        "Ann Early",
    ),
    # inverted tags still read their subject
    (
        "“Having the old files and two people who know them is valuable,” said Kibby, "
        "adding she had worked for years with Tom Bell.",
        "Having the old",
        "Kibby",
    ),
    (
        "“The plan is a mess,” said retired judge Ann Ray, asked about the vote.",
        "The plan",
        "Ann Ray",
    ),
    ("“The plan is a mess,” added Ann Ray, referring to the budget.", "The plan", "Ann Ray"),
    (
        "“The plan is a mess,” read the statement, which was signed by the mayor.",
        "The plan",
        "the statement",
    ),
]


@pytest.mark.model
def test_the_object_a_tag_cue_goes_on_to_complete_is_no_inverted_subject(nlp):
    text = (
        "Calling the flood a warning to the county and its “dreams of an endless "
        "boom,” Will urged the voters to reject the plan."
    )
    quote = quote_starting(nlp, text, "dreams of")
    assert quote.speaker is None or quote.speaker.name != "the voters"


SUBORDINATE_AFTER_CASES = [
    # a cue in a clause that only modifies the sentence is no tag: the cue before the quote
    (
        "The clip shows Tom Bell saying at the forum, “That makes me smart,” when Ann Ray "
        "blasted him for the tax bill.",
        "That makes",
        "Tom Bell",
    ),
    (
        "Tom Bell said, “We will win,” while Ann Ray blasted him from the stage.",
        "We will",
        "Tom Bell",
    ),
    (
        "Tom Bell said, “We will win,” after Ann Ray argued that the plan had failed.",
        "We will",
        "Tom Bell",
    ),
    (
        "Tom Bell said, “We will win,” because Ann Ray had insisted on a vote.",
        "We will",
        "Tom Bell",
    ),
    # a relative clause after the quote
    (
        "Ann Ray said, “The mill will reopen” - at which moment the audience yelled “Open it "
        "now!” - “and the jobs will come back.”",
        "The mill",
        "Ann Ray",
    ),
    # the tag itself, and a tag that opens with "as"
    ("“The plan is a mess,” Tom Bell said when asked about the vote.", "The plan", "Tom Bell"),
    ("“The plan is a mess,” as Tom Bell put it.", "The plan", "Tom Bell"),
    (
        "“I never said that,” Tom Bell said, after the moderator said he had called the plan "
        "a “disaster.”",
        "I never",
        "Tom Bell",
    ),
]


TAG_WITH_SIDE_CLAUSE_CASES = [
    # a tag whose verb is not in the lexicon, followed by a side clause after a comma
    (
        "“People are bullied when they are 55,” Tom Bell said.\n\nAnn Ray replied with a "
        "smile: “It can happen when you are 45.”\n\n“You know, it happens, right?” Bell went "
        "on, as if he had not heard her.",
        "You know",
        "Tom Bell",
    ),
    (
        "The delegates cheered. “This is wonderful!” beamed Ann Ray of Dayton, Ohio, who had "
        "slipped onto the floor early.",
        "This is",
        "Ann Ray",
    ),
    # the object of "urge" is the listener, as with "tell": "he urged them" is a tag
    (
        "Tom Bell took the stage late. Ann Ray thanked the crowd.\n\n“Hold on, folks, give "
        "me a moment, okay?” he urged them, before turning to the budget.",
        "Hold on",
        "Tom Bell",
    ),
]


LONG_APPOSITION_CASES = [
    # a long apposition in commas between the name and the cue after the quote
    (
        "Mayor Lin Chu opened the forum.\n\n“Good question, very good question from this "
        "reporter,” Ann Ray, the leading candidate in the state and the clear favorite in the "
        "county by a large lead since she carried the first two primaries, said when Tom Bell "
        "asked her about taxes.",
        "Good question",
        "Ann Ray",
    ),
    (
        "Mayor Lin Chu opened the forum.\n\n“We will fix the roads,” Ann Ray, a former teacher "
        "who has served three terms on the county board and now chairs its budget committee, "
        "told reporters.",
        "We will fix",
        "Ann Ray",
    ),
]


TAG_ACCORDING_CASES = [
    # "according to" in the tag of a quote that closes its own sentence names the source
    # that passes on the words of the one who asked
    (
        "Tom Bell spoke on Sunday.\n\n“Is this a priority for them because it is an election "
        "year?” Tom Bell asked at a news conference, according to the Daily Ledger.",
        "Is this",
        "Tom Bell",
    ),
    (
        "Tom Bell spoke on Sunday.\n\n“Is this a priority for them because it is an election "
        "year?” the reporter asked, according to the Daily Ledger.",
        "Is this",
        "the reporter",
    ),
    # not when it stands in the next sentence
    (
        "Tom Bell spoke on Sunday.\n\n“Is this a priority for them?” Tom Bell asked. According "
        "to the Daily Ledger, the room went quiet.",
        "Is this",
        "Tom Bell",
    ),
]


CAPITALIZED_TAG_NAME_CASES = [
    # a first name the tagger reads as a verb ("Will") still opens a name and apposition
    (
        "Local party leaders say Ann Ray asks a lot of questions. “She just stopped and said, "
        "‘We have to win Dayton. How do we win Dayton?’” Will Carter, the chairman for the "
        "county party, said of the meeting he had with Ray last week.",
        "She just stopped",
        "Will Carter",
    ),
]


SHORT_QUOTE_IN_TAG_CASES = [
    # a short quoted label inside the apposition does not end the tag
    (
        "Not everyone was happy.\n\n“We have had better conventions than this one,” Ohio "
        "delegate Tom Bell, wearing a straw hat and “Ann Ray” campaign pins, said as the "
        "balloons fell.",
        "We have had",
        "Tom Bell",
    ),
    ("Tom Bell called the plan “a mess,” “a joke” and “a scam.”", "a joke", "Tom Bell"),
]


# A surname of the O'Keefe pattern is a person whatever the tagger says (often a noun).
APOSTROPHE_SURNAME_CASES = [
    ("Mayor Dan Rudd met the writer on Monday.\n\nAfter Rudd asked the writer who would win "
     "the race, D’Amato replied, “Nobody knows yet.”\n\n“We should wait and see,” he added.",
     "We should wait", "D’Amato"),
    ("Mayor Dan Rudd met the writer on Monday.\n\nAfter Rudd asked the writer who would win "
     "the race, O’Keefe replied, “Nobody knows yet.”\n\n“We should wait and see,” he added.",
     "We should wait", "O’Keefe"),
]  # fmt: skip


# "For Ann Ray, ..." opening a sentence names the person it is about, like "As for".
FOR_TOPIC_CASES = [
    ("Mayor Kay Lin spoke first.\n\nFor Ann Ray, a retiree who volunteers at the food bank, "
     "the calls are a duty.\n\n“I love this work,” she said.", "I love this work", "Ann Ray"),
    ("Mayor Kay Lin spoke first.\n\nAnd for Ann Ray and the others on the list, that means "
     "silence is best.\n\n“I leave that to others,” she says.", "I leave that", "Ann Ray"),
    # the sentence gives the fronted person's view of its subject: the view's holder speaks
    ("Mayor Kay Lin spoke first. For Tom Bell, the mayor is a friend. “She never lets us "
     "down,” he said.", "She never lets", "Tom Bell"),
    ("Ann Ray spoke first.\n\nFor Tom Bell, Dan Rudd is the wrong man for the job. “He has "
     "never run a town,” he says.", "He has never run", "Tom Bell"),
]  # fmt: skip


# A noun of saying or thinking as the subject: its possessor is the speaker.
POSSESSOR_OF_SAYING_CASES = [
    ("Senator Tom Bell spoke to the crowd on Monday.\n\nHis assumption, stated on the radio, "
     "was that “voters will come around.”", "voters will come around", "Tom Bell"),
    ("Senator Tom Bell spoke to the crowd on Monday.\n\nAnn Ray's view, stated on the radio, "
     "was that “voters will come around.”", "voters will come around", "Ann Ray"),
]  # fmt: skip


# A day or a month is never a speaker, whatever the parser makes its subject of.
DAY_IS_NO_SPEAKER_CASES = [
    ("Tom Bell spoke first. He pointed out that Sunday would have been his father's 90th birthday"
     " and quoted the old family rule, “never speak ill of a friend.”",
     "never speak ill", "Tom Bell"),
]  # fmt: skip


# A double surname written with a hyphen is one name: "Lopez-Cantera", not "Cantera".
DOUBLE_SURNAME_CASES = [
    ("Ohio Lt. Gov. Mario Ruiz-Ortega spoke on Monday. Ruiz-Ortega vows to close "
     "the plant.\n\n“No plan is ever perfect,” he said.", "No plan is", "Mario Ruiz-Ortega"),
]  # fmt: skip


THOUGHT_CLAUSE_CASES = [
    # a fragment in the clause of a verb of thinking or finding: the thinker's words
    (
        "In the spring, Ann Ray worried that the new rail line was becoming “a costly toy for "
        "commuters.”",
        "a costly toy",
        "Ann Ray",
    ),
    (
        "Mayor Lin Chu noticed that the ferry was becoming “a floating sauna” in the summer.",
        "a floating sauna",
        "Lin Chu",
    ),
    (
        "Tom Bell feared that the new tax would make the town “a ghost of its former self” by "
        "winter.",
        "a ghost",
        "Tom Bell",
    ),
    # through an adjective's clause: could not be sure that ...
    (
        "Ann Ray found that the council could not be sure that the money was not coming from "
        "“the sale of stolen cars.”",
        "the sale of stolen cars",
        "Ann Ray",
    ),
]


RUN_IN_UTTERANCE_CASES = [
    # a whole utterance the sentence runs into, with no verb of saying: the clause subject's
    (
        "But Tom Bell wanted to know, “Why did the council wait so long to fix the pier?”",
        "Why did the council",
        "Tom Bell",
    ),
    (
        "The Ray campaign released a radio ad in Ohio on Monday titled, “Fixed.”",
        "Fixed",
        "The Ray campaign",
    ),
]


LONG_TAG_CASES = [
    # a tag whose subject runs long (a quoted nickname, a party label, an apposition in
    # commas) before its cue: the commas closing the apposition hang off the cue
    (
        "The hall was full. “Tonight belongs to our next mayor!” Ray's cousin, state Sen. Lin "
        "“Linnie” Chu (D-Ohio), shouted to the crowd.",
        "Tonight belongs",
        "Chu",
        "shouted",
    ),
    (
        "The hall was full. “Tonight is ours!” The mayor's cousin, a retired teacher from the "
        "north side of the city, shouted to the crowd.",
        "Tonight is ours",
        "cousin",
        "shouted",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "surname", "cue"), LONG_TAG_CASES)
def test_tag_with_a_long_subject_and_a_quoted_name(nlp, text, fragment, surname, cue):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name.endswith(surname)
    assert quote.cue == cue


LONG_SUBJECT_AFTER_COMMA_CASES = [
    # after a quote ending in a comma too, a long subject phrase may come whole before its cue
    (
        "The meeting ran late. “The vote is off for tonight,” a council clerk in the back row "
        "of the packed hall muttered to nobody.",
        "The vote is off",
        "a council clerk",
    ),
]


SPEECH_NOUN_COPULA_CASES = [
    # "X's answer was that ...": the possessor of the noun of saying owns the clause
    (
        "Tom Bell's answer was that “the harbor matters more than any road in town,” so the "
        "council should fund it.",
        "the harbor matters",
        "Tom Bell",
    ),
    (
        "Ann Ray's catch phrase in that race against Bell was that he “would promise anything "
        "to win a vote.”",
        "would promise anything",
        "Ann Ray",
    ),
]


# A quote on one side of a copula whose other side is a noun for words someone used ("the
# word used by X", "the phrase X chose") is that someone's words.
WORDING_NOUN_CASES = [
    ("“A sad day for the city,” was the phrase used by the mayor.", "A sad day", "the mayor"),
    ("“A sad day,” were the words chosen by Ann Ray to describe the vote.", "A sad day",
     "Ann Ray"),
    ("“Reckless” was the word Tom Bell used.", "Reckless", "Tom Bell"),
    ("The term used by critics is “land grab.”", "land grab", "critics"),
]  # fmt: skip


RELATIVE_APPOSITION_CASES = [
    # "X, who ..., said": the parser may make the relative clause the cue's complement
    (
        "Ray, by contrast, who has zero such backers, said the fact speaks loudly about which "
        "of the two rivals is “ready to fix the roads.”",
        "ready to fix",
        "Ray",
    ),
    (
        "One neighbor, who like others spoke under the promise of anonymity to describe the "
        "hearing, said the lesson was that “this fight will last well into the summer.”",
        "this fight",
        "One neighbor",
    ),
    # "made a habit of saying": the gerund after the object shares the verb's subject
    (
        "Ann Ray spoke at the pier on Monday. And she made a habit of saying the old pier “was a "
        "home for rest and friendship,” where families met.",
        "was a home",
        "Ann Ray",
    ),
]


TEXT_CLAUSE_SUBJECT_CASES = [
    # a text that is the active subject of the fragment's clause speaks for it
    (
        "The ad attacks a “rigged system that keeps the old pier closed to families.”",
        "rigged system",
        "The ad",
    ),
    (
        "A county report from last spring found that the board could not be certain that the "
        "cash was not coming from “the sale of stolen cars.”",
        "the sale of stolen cars",
        "A county report",
    ),
    (
        "Ann Ray's website lists her as “Chief Harbor Officer at Example Boats.”",
        "Chief Harbor Officer",
        "Ann Ray's website",
    ),
]


SPOKE_LEAD_IN_CASES = [
    # "X spoke ..." reports no words but introduces the quotes that follow it
    (
        "The harbor has been closed for weeks, since Tom Bell spoke only in vague terms during "
        "the meeting.\n\n“The town must act now, and this is the only way to fix it.”",
        "The town must",
        "Tom Bell",
    ),
]


OBJECT_CONTROL_CASES = [
    # "prompted X to state": the object of the governing verb says it (an infinitive cue the
    # tagger may read as a noun)
    (
        "That record prompted Ann Ray's Atlas of Example Elections, which examines bellwether "
        "towns and counties, to state, “Example Falls is the most prominent bellwether in the "
        "country.”",
        "Example Falls is",
        "Atlas",
        "state",
    ),
    (
        "At one point, Ann Ray told Bell to “slow down.” That prompted Tom Bell to make a joke "
        "about boats and call Ray “very flexible,” a nod to her changes.",
        "very flexible",
        "Tom Bell",
        "call",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "cue"), OBJECT_CONTROL_CASES)
def test_infinitive_cue_after_an_object_takes_the_object(nlp, text, fragment, speaker, cue):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue == cue


COLON_OBJECT_CASES = [
    # a colon after a sentence that ends on a named person: that person's words follow
    (
        "The timing of the vote doesn't surprise county pollster Ann Ray: “Late votes have "
        "always moved the harbor towns.”",
        "Late votes",
        "Ann Ray",
    ),
    (
        "The closure of the pier angered Tom Bell: “Nobody asked the fishermen.”",
        "Nobody",
        "Tom Bell",
    ),
]


PARAPHRASE_LEAD_IN_CASES = [
    # a long fragment whose own clause names no speaker, right after a report in the same
    # paragraph: the reporter goes on in their own words
    (
        "The town can still fix the pier, Tom Bell said. Good repairs can last for decades, but "
        "only when “the state sends the money it promised last year.”",
        "the state sends",
        "Tom Bell",
    ),
    (
        "Ann Ray said she was angry that the board had voted early. Doing so ”looked like an "
        "attempt to silence the harbor towns.” She thinks the vote should be held again.",
        "looked like",
        "Ann Ray",
    ),
]


PERSON_NOUN_CASES = [
    # nouns that name a person (partner, impostor, commentator ...) make a speaking subject
    (
        "Her former business partner at Example Boats, Tom Bell, called her a wizard at closing "
        "hard deals. “She could sell sand in a desert, and she did it again and again.”",
        "She could sell",
        "called",
    ),
    (
        "The harbor has been quiet since the storm. The impostor gushed about a “shared love of "
        "the sea and the harbor towns.”",
        "shared love",
        "gushed",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "cue"), PERSON_NOUN_CASES)
def test_person_nouns_speak(nlp, text, fragment, cue):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.cue == cue


COORDINATED_REPORT_CASES = [
    # a clause joined to a report is a report of its own: its pronoun subject speaks
    (
        "Tom Bell has opposed the bridge for years. At the hearing Ann Ray said the bridge was "
        '"long overdue," but he called it "a costly waste."',
        "a costly waste",
        "Tom Bell",
        "he",
    ),
    (
        "Tom Bell has opposed the bridge for years. Ann Ray told the council the bridge was "
        '"long overdue," but he told reporters it was "a costly waste."',
        "a costly waste",
        "Tom Bell",
        "he",
    ),
    (
        '"The plan is sound," Tom Bell says, but he warns that it brings "costs we cannot carry."',
        "costs we cannot carry",
        "Tom Bell",
        "he",
    ),
]


CIRCUMSTANCE_PARTICIPLE_CASES = [
    # a participle hung off a time phrase shares the subject of the clause around it
    (
        "Ann Ray has clashed with the board over the budget, at one point calling the "
        'chairman "a bully" who would not listen.',
        "a bully",
        "Ann Ray",
    ),
    (
        'Tom Bell fought the council for months, at one stage calling its leader "a bully."',
        "a bully",
        "Tom Bell",
    ),
    # a gerund after an adjective or an adverb of the copula shares the copula's subject
    ("Ann Ray is keen on telling voters to stop “whining” about taxes.", "whining", "Ann Ray"),
    (
        "After the vote, Tom Bell was back to bragging about “winning” and mocking the board.",
        "winning",
        "Tom Bell",
    ),
]


NOT_SAYING_CASES = [
    # "put together" and "continue to be" are no verbs of saying: the report above speaks
    (
        'Ann Ray said Tom Bell hopes to win enough votes in May to put together "the fairest '
        'budget this county has ever seen."',
        "the fairest budget",
        "Ann Ray",
    ),
    (
        'Tom Bell said he is sure Ann Ray will continue to be "a voice for every family in Dover."',
        "a voice for every family",
        "Tom Bell",
    ),
    # "agreed to" a deed and "reminded her of" a likeness are none either
    (
        'Ann Ray wrote that the city council agreed to pay "a fair share of the costs" next year.',
        "a fair share",
        "Ann Ray",
    ),
    (
        'Ann Ray said she met farmers who reminded her of "the forgotten middle" of the state.',
        "the forgotten middle",
        "Ann Ray",
    ),
    # "calling" with a span of time for object is phoning: it names nothing
    (
        "At one point, Ann Ray said the bank's lawyers were calling “every 15 minutes.”",
        "every 15 minutes",
        "Ann Ray",
    ),
    (
        "Tom Bell said the party's donors kept calling “day and night” after the vote.",
        "day and night",
        "Tom Bell",
    ),
    # calling someone something still is
    ("Ann Ray said the donors were calling the plan “a trap.”", "a trap", "the donors"),
    # "as X put it" still is
    ('As Tom Bell put it, the plan was "a mess" from the start.', "a mess", "Tom Bell"),
    ('"We are proud of this town," Ann Ray continued.', "We are proud", "Ann Ray"),
]


PASSIVE_AGENT_CASES = [
    # the "by" phrase of a passive cue names its speaker, wherever the parser hung it
    (
        'The council\'s plan has been called "quiet sabotage" by Tom Bell, a lawyer in Dover, '
        "and it has few friends.",
        "quiet sabotage",
        "Tom Bell",
    ),
    # a passive participle without a subject: the asker put the question
    (
        'Asked by Ann Ray if the town was "ready" for a flood, Mayor Lin Chu did not answer.',
        "ready",
        "Ann Ray",
    ),
    # a participle of naming after its noun (which the tagger may read as a past tense):
    # the agent gives the name, not the noun named nor the clause around it
    ("The plan, called a “disaster” by the mayor, died in committee.", "disaster", "the mayor"),
    ("The council passed a bill described as “reckless” by critics.", "reckless", "critics"),
    ("The budget, branded “a fraud” by Tom Bell, passed on Friday.", "a fraud", "Tom Bell"),
    (
        "The tax, labeled “a jobs killer” by business groups, takes effect in May.",
        "a jobs killer",
        "business groups",
    ),
    # the "by" phrase hung off what follows "as"
    (
        "The deal was described as “a win for everyone” by Mayor Lin Chu.",
        "a win for everyone",
        "Lin Chu",
    ),
    ("The new rule was hailed as “a victory” by teachers.", "a victory", "teachers"),
    ("The river town, called “the Gateway” by locals, floods.", "the Gateway", "locals"),
    ("The square was dubbed “the Pit” by locals.", "the Pit", "locals"),
    # the agent named in the clause speaks; "according to" only reports it
    (
        "The town is called “the Gateway” by residents, according to the Ledger.",
        "the Gateway",
        "residents",
    ),
    (
        "The county, called the “Gateway to the Coast” by residents, leans right, according "
        "to the Ledger.",
        "Gateway to the Coast",
        "residents",
    ),
]


ACCORDING_IN_SENTENCE_CASES = [
    # a fragment in a clause with no verb of saying: the source "according to" names speaks
    (
        'The campaign is paying "dozens" of students to knock on doors this month, according '
        "to campaign manager Tom Bell.",
        "dozens",
        "Tom Bell",
    ),
    (
        'More than 5,000 nurses took part in a statewide "sit-in" at 300 hospitals, according '
        "to the union leader Ann Ray.",
        "sit-in",
        "Ann Ray",
    ),
]


SIDE_CLAUSE_CASES = [
    # "while X calls it “...”" hung off another report is a report of its own
    (
        'Tom Bell refers to the council as "my partners," while the council refers to him as '
        '"the old fox."',
        "the old fox",
        "the council",
    ),
    (
        'Ann Ray calls the union "a partner," while the union calls her "our friend."',
        "our friend",
        "the union",
    ),
]


ISSUED_TEXT_CASES = [
    # a piece or a video "that said" speaks for whoever ran or released it
    (
        "The Dover Herald last week published a piece which noted the mayor's \"harbour plan "
        'would cost twice what the council says."',
        "harbour plan",
        "The Dover Herald",
    ),
    (
        'Tom Bell released a campaign video that said: "We will hire only the best teachers in '
        'the state."',
        "We will hire",
        "Tom Bell",
    ),
]


MODAL_NAME_CASES = [
    # "Will" before a tensed verb is no modal but a name the tagger misread
    (
        'Ann Will has long opposed the bridge. In her column, Will calls the plan "a costly '
        'fantasy."',
        "a costly fantasy",
        "Will",
    ),
    (
        "Ann Will has long opposed the bridge. In her column on Sunday, Will described the plan "
        'as "a costly fantasy."',
        "a costly fantasy",
        "Will",
    ),
    # a real modal is no speaker
    ('The council will call the plan "a costly fantasy," Tom Bell said.', "a costly", "Tom Bell"),
]


OBJECT_PARTICIPLE_CASES = [
    # a participle after an object that cannot speak is the act of the clause's subject
    (
        'One post showed four old photos telling "the story of a long friendship."',
        "the story of a long friendship",
        "One post",
    ),
    # an object that can speak keeps its participle
    ('Police moved a crowd chanting "no more cuts" away from the hall.', "no more cuts", "a crowd"),
]


# A preposition or a date the parser made a cue's subject says nothing (the person named in
# that phrase does), nor does the object of an earlier verb right before a subjectless cue.
MISREAD_SUBJECT_CASES = [
    ('Of Dan Hughes, Hanna Ortiz, who has given money to Paul Grant, said, '
     '“He is a decent man but a weak candidate.”',
     "He is a decent man", "Hanna Ortiz"),
    ("Gloria Tran: The Governor Is a ‘Total Failure’ on Taxes.\n\n"
     "Sunday at the Ohio Democratic state’s party dinner Sen. Gloria Tran (D-OH) said "
     "presumptive Republican nominee Paul Grant was a “total failure” in office.",
     "total failure", "Sen. Gloria Tran"),
    ("The mayor met the council on Monday. Though there is little overlap with Ortiz's staff, "
     "a City Hall official who spoke anonymously to describe internal planning said Monday, "
     '"Surely there are talks between the mayor and the council."',
     "Surely there are talks", "a City Hall official"),
    ("He attacked the governor’s budget record said it was “a mess from top to bottom” "
     "in every way.",
     "a mess from top", "He"),
]  # fmt: skip


# A thing named by a passive participle ("a formula called “...”") is what the name is given
# to; the subject of the clause around it uses the name.
NAMED_THING_CASES = [
    ("Both senators oppose a budget formula called the “rolling cap” that would cut school funds.",
     "rolling cap", "Both senators"),
    ('They attacked the accounting trick called a "double dip," in which a firm books the same '
     "sale twice.",
     "double dip", "They"),
    ('The mayor spoke at a festival called "Harvest Days" on Sunday.', "Harvest Days", "The mayor"),
]  # fmt: skip


# A participle the parser hung off a clause in which an event takes its course ("as the debate
# started") goes on with the clause that one sets the scene for.
EVENT_SCENE_PARTICIPLE_CASES = [
    ("He posted a video as the county debate started promising to “clean up city hall” within "
     "a year.",
     "clean up city hall", "He"),
]  # fmt: skip


# A share of a poll's respondents answers through the poll, which the news credits.
POLL_SHARE_CASES = [
    ("In a new Daily Example poll released Friday, 42 percent of likely voters said the mayor "
     "was “out of touch” with the city.",
     "out of touch", "a new Daily Example poll"),
    ("The survey also finds that 30 percent of parents say the schools are “in crisis.”",
     "in crisis", "The survey"),
    ("A fresh state poll shows how split the party is: Six in 10 Democrats said the nominee "
     "should be “someone new.”",
     "someone new", "A fresh state poll"),
    # a poll named after the speakers is only what they speak of
    ("Three senators said the poll was “badly flawed” from the start.",
     "badly flawed", "Three senators"),
]  # fmt: skip


# A subject pronoun is not the person its own verb addresses: "he told Rudd" is not Rudd.
ADDRESSEE_IS_NOT_THE_PRONOUN_CASES = [
    ("Farmer Tom Bell met Senator Dan Rudd at a diner. Rudd backs the new rules.\n\n"
     "“Workers like me have been hurt by these rules,” he told Rudd.",
     "Workers like me", "Tom Bell"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), ADDRESSEE_IS_NOT_THE_PRONOUN_CASES)
def test_subject_pronoun_is_not_its_verbs_addressee(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name.endswith(speaker)


# The person a recording shows is the topic: "Footage of Omar Vale appears. “...,” he says."
DEPICTED_PERSON_CASES = [
    ("Mayor Dan Rudd opened the film festival on Friday.\n\nFootage of Omar Vale again "
     "appears. “The West will turn on you,” he says.", "The West will turn", "Omar Vale"),
    ("Mayor Dan Rudd opened the film festival on Friday.\n\nA video of Omar Vale follows. "
     "“The West will turn on you,” he says.", "The West will turn", "Omar Vale"),
]  # fmt: skip


INNER_CLAUSE_REPORTER_CASES = [
    # "adding" / "and said" hung off the reported clause of a thing: the reporter's
    (
        "In a radio interview, Tom Bell said the process of drafting the budget could be "
        "“painful,” adding, “Budgets are always painful.”",
        "Budgets are",
        "Tom Bell",
    ),
    (
        "Ann Ray said the bridge was paid for by the state and said, “Who do you trust with "
        "the roads?”",
        "Who do you",
        "Ann Ray",
    ),
    (
        "Ann Ray said the vote was too close to call but added, “I expect to win.”",
        "I expect",
        "Ann Ray",
    ),
    # a person in the reported clause may be the one talking: left to them
    (
        "Ann Ray said Tom Bell left the meeting early, telling staff, “I need some rest.”",
        "I need",
        "Tom Bell",
    ),
    # but a conjunct in the report's tense, not the clause's, goes on with the report
    (
        'Ann Ray said the mayor is to blame for the delays and accused him of "wasting every '
        'dollar we gave him."',
        "wasting every dollar",
        "Ann Ray",
    ),
    (
        'Tom Bell said his rival is unfit for the job and called her "a danger to this county."',
        "a danger to this",
        "Tom Bell",
    ),
]


# A relative clause of feeling or thinking with a person of its own for subject holds that
# person's view, under whatever verb reports the noun it modifies.
HELD_VIEW_CLAUSE_CASES = [
    ("The rally drew a huge crowd, highlighting the anger that many voters feel about the "
     "“rigged” system.", "rigged", "many voters"),
    ("Ann Ray noted the distrust that farmers feel toward the “rigged” grain market.",
     "rigged", "farmers"),
    # a deed in the relative clause is no view: the reporter's word
    ("Ann Ray criticized the deal that the mayor signed with “shady” developers.",
     "shady", "Ann Ray"),
    # nor a report the parser read as a relative clause
    ("Tom Bell cheered the result, telling voters during a stop in Dover that he thinks the "
     "deal is “a fine thing.”", "a fine thing", "Tom Bell"),
]  # fmt: skip


# A colon sentence that ends on a noun of an utterance gives the quote to whoever owns
# it: the noun's possessor, the subject of its relative clause, or who has it.
COLON_UTTERANCE_OWNER_CASES = [
    ("Every spring there is a promise many students make but few keep: “This year I will "
     "study!”", "This year I will", "many students"),
    ("The march by local pastors had one message: “Go home.”", "Go home", "The march"),
    ("What keeps them going is a blind faith in Mayor Tom Bell's word:\n\n“The bridge is "
     "safe and the money is there.”", "The bridge is safe", "Tom Bell"),
    # the utterance is someone else's object: the clause's speaker still answers
    ("Ann Ray answered Tom Bell's question: “We will pay for it ourselves.”",
     "We will pay", "Ann Ray"),
]  # fmt: skip


COLON_CLAUSE_CASES = [
    # a clause with its own subject before the colon: that subject speaks, not its object
    (
        "Ann Ray spoke last at the meeting.\n\nThen she added a caveat: “Nobody here is giving "
        "up on the mill.”",
        "Nobody here",
        "Ann Ray",
    ),
    (
        "Tom Bell spoke last at the meeting.\n\nHe tells the voters: “I will not raise your "
        "taxes.”",
        "I will not",
        "Tom Bell",
    ),
    # a bare name and a colon, also right after another quote, and an inverted cue
    (
        "The vote was close.\n\nAnn Ray: “Nobody here is giving up on the mill.” Tom Bell: "
        "“The town cannot pay for two bridges.”",
        "The town",
        "Tom Bell",
    ),
    (
        "The vote was close.\n\nSaid Tom Bell: “The town cannot pay for two bridges.”",
        "The town",
        "Tom Bell",
    ),
]


FRAGMENT_OWN_SENTENCE_CASES = [
    # a fragment woven into a new sentence belongs to that sentence's subject
    (
        "Early in the race, Tom Bell attacked Ann Ray, calling her “a failed mayor.” Ray fired "
        "back in March, attacking Bell for “the waste, the delays and the broken promises” of "
        "his term.",
        "the waste",
        "Ann Ray",
        "Ray",
    ),
    (
        "Ann Ray spoke after the flood. “We grieve with them,” Ray said. She offered “my "
        "prayers for every family that lost a home.”",
        "my prayers",
        "Ann Ray",
        "She",
    ),
    # a sentence whose subject cannot speak still continues the last speaker
    (
        "“The budget is a mess,” Tom Bell said on Monday. The plan, for the first time, would "
        "cover “every family in the county.”",
        "every family",
        "Tom Bell",
        "Tom Bell",
    ),
]


OTHER_CLAUSE_CUE_CASES = [
    # a cue in a clause that modifies the sentence does not speak the fragment after it
    (
        "Boos rang out when Tom Bell mentioned the tax, and at one moment the crowd took up "
        "the chant “Vote him out! Vote him out!”",
        "Vote him out",
        "the crowd",
    ),
    (
        "When Tom Bell criticized the budget, Ann Ray fired back at him for “wasting "
        "everyone's time.”",
        "wasting",
        "Ann Ray",
    ),
    # "as X put it" introduces the words; a cue still waiting for its content takes them
    ("As Tom Bell put it, the town needs “a bridge, not a promise.”", "a bridge", "Tom Bell"),
    (
        "Three days after Tom Bell told the paper he was “not ready yet” to back the plan, he "
        "backed it.",
        "not ready",
        "Tom Bell",
    ),
]


PARTICIPLE_SUBJECT_CASES = [
    # the person a participle of saying is said of: "footage of X asking", "with X asking"
    (
        "A new ad from the Bell campaign is out.\n\nThe ad uses footage of Ann Ray asking, "
        "“Why am I not ahead by ten points?”",
        "Why am I",
        "Ann Ray",
    ),
    (
        "The rally ended early.\n\nThe video opens with Tom Bell asking, “Who pays for the "
        "bridge?”",
        "Who pays",
        "Tom Bell",
    ),
    # a text sent to recipients says it, for whoever sent it
    (
        "The vote is on Tuesday.\n\nHer campaign quickly sent an email to donors "
        "stating, “Tom Bell Loses Another Endorsement.”",
        "Tom Bell Loses",
        "Her campaign",
    ),
    ("The clip shows Tom Bell saying, “I never promised a new bridge.”", "I never", "Tom Bell"),
]


LONG_TAG_SUBJECT_CASES = [
    # a tag whose subject runs past the cue window: the whole subject, then the cue
    (
        "Tom Bell told reporters the vote was close.\n\n“She said that ‘I want the county "
        "back, so I will work hard to win it again,’” Rep. Ann Ray (D-Ore.) said.",
        "She said",
        "Ann Ray",
    ),
]


LEFT_CLAUSE_DIRECT_CASES = [
    # a whole quote introduced by the main clause, not by a cue in a clause before it
    (
        "The debate turned to the river.\n\nWhen Tom Bell suggested that the county would sue "
        "the state over the dam, Ann Ray fired back hard: “If they take us to court, they will "
        "lose the case.”",
        "If they take",
        "Ann Ray",
    ),
    (
        "The mayor spoke on Monday.\n\nTom Bell wrote back to the mayor, pointing out how odd "
        "the plan looked from a rival who pledged lower taxes: “Your plan raises every tax in "
        "the county.”",
        "Your plan",
        "Tom Bell",
    ),
    # a relative clause still speaks when it is the only cue, or takes no content
    (
        "The mayor spoke on Monday.\n\nTom Bell, who chairs the committee, said: “Your plan "
        "raises every tax in the county.”",
        "Your plan",
        "Tom Bell",
    ),
]


TAG_VERB_SIDE_CLAUSE_CASES = [
    # a tag verb outside the lexicon, followed by a side clause after a comma
    (
        "Ann Ray responded with a smile: “It can happen at any age.” She is 50.\n\n“You know, it "
        "happens, right?” Tom Bell went on, as if he had not heard her. “But you have to move "
        "past it and keep going.”",
        "You know",
        "Tom Bell",
    ),
    (
        "Ann Ray responded with a smile: “It can happen at any age.” She is 50.\n\n“You know, it "
        "happens, right?” Tom Bell went on, as if he had not heard her. “But you have to move "
        "past it and keep going.”",
        "But you",
        "Tom Bell",
    ),
    (
        "“Why not?” Tom Bell shrugged, smiling at the crowd in the back of the hall.",
        "Why not",
        "Tom Bell",
    ),
]


INVERTED_TAG_VERB_CASES = [
    # an inverted tag verb outside the lexicon, its name, then an apposition or clause
    (
        "Two hundred supporters waved flags in unison.\n\n“This is fantastic!” beamed Tom Bell "
        "of Salem, Oregon, who had crept down from the upper rows to stand near the stage.",
        "This is",
        "Tom Bell",
    ),
    # the parser may read the inverted subject as the verb's object
    (
        "The rally went on past midnight.\n\n“It is about time we had a mayor who listens,” "
        "exhorted Ann Ray's campaign chair, farmer Tom Bell.",
        "It is about",
        "Tom Bell",
    ),
]


HEADING_DASH_NAME_CASES = [
    # a heading, a dash, then the bare name and colon: the heading's verb does not speak
    (
        "The weekly roundup.\n\nPress shares blame in Ohio poll hype - PollWatch: “Pollsters "
        "are getting plenty of blame for missing the upset.”",
        "Pollsters",
        "PollWatch",
    ),
]


ADDED_AFTER_REPORTED_DEED_CASES = [
    # "added" goes on with the report even when the reported clause has a person subject
    (
        "Ann Ray said Tom Bell had resigned from the board and added, “I wish him well.”",
        "I wish",
        "Ann Ray",
        "Ann Ray",
    ),
    (
        "In a long interview last year, Ann Ray said she welcomed the move to the city and "
        "added, “I will not miss the long drive.”",
        "I will not",
        "Ann Ray",
        "Ann Ray",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "mention"), ADDED_AFTER_REPORTED_DEED_CASES
)
def test_added_after_a_reported_deed_is_the_reporter(nlp, text, fragment, speaker, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.speaker.mention.text == mention


APPOSED_NAME_BEFORE_CUE_CASES = [
    # the parser hung the speaker's apposition off an earlier noun: the name before the cue
    (
        "Ann Ray has stayed out of the quarrel.\n\nIn an email to the Gazette, her chief of staff, "
        "Tom Bell, said: “Ann Ray believes the two towns are stronger together.”",
        "Ann Ray believes",
        "Tom Bell",
    ),
]


MID_SENTENCE_NOUN_TAG_CASES = [
    # a tag set off by commas mid-sentence, its cue read as a noun: “...,” the memo states, ...
    (
        "One worker provided a copy of the handbook.\n\n“Family Sick Leave,” the document "
        "states, becomes open “after two years of service.”",
        "Family Sick",
        "document",
    ),
    (
        "One worker provided a copy of the handbook.\n\n“Unpaid leave,” the memo states, is "
        "available “after two years of service.”",
        "after two",
        "memo",
    ),
]


LATER_TAG_CASES = [
    # a quote opening its sentence, a clause, then the tag: ", he said, and ..."
    (
        "Tom Bell, 39, a farmer at the fair with his family, told the Gazette he was eating "
        "lunch when he heard a crash.\n\n“A huge tractor” rolled through the fences put up "
        "around the show ring, he said, and “people began to flee.”",
        "A huge tractor",
        "Tom Bell",
        "he",
    ),
    (
        "Tom Bell told reporters that the county was ready.\n\n“If the county locates more "
        "files, it plans to review them” for anything that would meet the request, county "
        "lawyer Ann Ray wrote in a court filing on Friday evening.",
        "If the county",
        "Ann Ray",
        "county lawyer Ann Ray",
    ),
]


OWN_TAG_IN_A_CONTINUED_QUOTE_CASES = [
    # a quote the scanner links to an unclosed paragraph keeps a tag of its own even when
    # the tag's verb is outside the lexicon
    (
        "Ann Ray wrote in her weekly column:\n\n“The debate was a mess from the start. The "
        "moderator lost control early.\n\n“You have called the bridge plan a fraud,” Tom Bell "
        "charged in his closing remarks.",
        "You have called",
        "Tom Bell",
    ),
]


AS_REPORTED_COLON_CASES = [
    # "As X reported, ...:" gives the words after the colon to X, not to the sentence's subject
    (
        "The flood reached the town on Monday.\n\nAs the Gazette reported, even on Tuesday "
        "evening the county board was refusing to call the flood a disaster:\n\n“The county "
        "board still will not call the flood a disaster, citing the ongoing review by the state "
        "engineers.”",
        "The county board",
        "Gazette",
    ),
    (
        "The flood reached the town on Monday. As the Gazette reported, even on Tuesday evening "
        "the county board was refusing to call the flood a disaster: “The county board still "
        "will not call the flood a disaster.”",
        "The county board",
        "Gazette",
    ),
]


AGENT_NOUN_COLON_CASES = [
    # people named by what they do introduce a colon's quotes: "the first questioners ...:"
    (
        "Tom Bell spoke at the town hall on Monday, and he struggles to explain his plan.\n\nAt "
        "the meeting in the school gym, the mayor's first four questioners ranged from doubtful "
        "to angry: “Is it time for a new plan?” . . . “Have you read the report?”",
        "Have you read",
        "the mayor's first four questioners",
    ),
    # a cleric is a person: the subject of a colon sentence
    (
        "In the short video, the exiled cleric Omar Vance is shown lecturing: “Listen to me and "
        "learn the lessons of the past.”",
        "Listen to me",
        "Omar Vance",
    ),
]


COMMA_AFTER_CLAUSE_CASES = [
    # a whole clause, a comma, then a whole utterance: the clause's subject speaks
    (
        "The vote was delayed again.\n\nRight after the vote, Ann Ray issued a statement, “This "
        "week our town let down every family that waited for the bridge.”",
        "This week",
        "Ann Ray",
    ),
    (
        "The vote was delayed again.\n\nEarlier this week, Ann Ray shared a bit of her worry "
        "with donors at a lunch in the harbor, “I do not know which Tom Bell will show up on "
        "Monday.”",
        "I do not know",
        "Ann Ray",
    ),
    # a capitalized title after a comma is no utterance
    ("His new memoir, “Roads and Bridges of Salem,” comes out in May.", "Roads and", None),
]


TEXT_SUBJECT_FRAGMENT_CASES = [
    # a fragment in the clause of a text (a report, an ad) is the text's words
    (
        "The recount ended on Friday.\n\nA state report found “no sign of fraud in any of the "
        "ballots counted by hand.”",
        "no sign",
        "A state report",
    ),
    (
        "The race is close.\n\nThe ad targets the “rigged budget that keeps the old bridge "
        "closed while friends of the mayor get contracts.”",
        "rigged budget",
        "The ad",
    ),
    # a text whose verb is a cue already spoke
    (
        "The race is close.\n\nThe memo warned of “a budget hole that no one on the council "
        "wants to talk about.”",
        "a budget hole",
        "The memo",
    ),
]


OWNED_BODY_ISSUER_CASES = [
    # "his office", "Bell's staff" issue a statement for the person who owns them
    (
        "The senator opposed the plan. His office sent out a short note saying the county "
        "“cannot pay for a second bridge without new taxes on every family.”",
        "cannot pay",
        "His office",
    ),
    (
        "The senator opposed the plan. Tom Bell's staff released a letter saying, “The county "
        "cannot pay for a second bridge.”",
        "The county",
        "Tom Bell's staff",
    ),
]


# A quote opening with a verb of saying in a clause the writer supposes ("until X “admits
# ...”") is the reporter's words; one opening the main clause is its subject's.
QUOTE_START_IN_SUBORDINATE_CASES = [
    ("Mayor Dan Rudd said on Monday that the town would not pay until Tom Bell “admits the "
     "plan was a failure.”", "admits the plan", "Dan Rudd"),
    ("Critics of the plan were loud. Tom Bell, the town's treasurer, “pointed out that the "
     "plan was a failure.”", "pointed out that", "Tom Bell"),
]  # fmt: skip


# "A reporter asked Bell ... He replied: “...”": the one asked answers, not the asker.
ANSWERER_CASES = [
    ("Tom Bell toured the county on Monday.\n\nA reporter asked Bell how he felt on election "
     "day. He replied: “More voters means a better night.”", "More voters means", "Tom Bell"),
    # a quote right after a question is the answer, whatever the verb of its tag
    ("A reporter asked Tom Bell whether the bridge would reopen this year.\n\n“It will "
     "reopen in May,” he said.", "It will reopen", "Tom Bell"),
    ("A reporter asked Senator Tom Bell about the budget. “We will cut nothing,” he said.",
     "We will cut", "Tom Bell"),
    # a request is no question; "he asked" goes on with the asker
    ("Tom Bell asked Dan Rudd to step down.\n\n“He has failed the town,” he said.",
     "He has failed", "Tom Bell"),
    ("Tom Bell asked Dan Rudd whether he would step down.\n\n“Why would he answer that?” he "
     "asked.", "Why would he", "Tom Bell"),
]  # fmt: skip


# A participle of saying hung off a reported clause that only supposes a deed ("Ray said Bell
# would have to choose, saying ...") goes on with the reporter: a deed not done says nothing.
HYPOTHETICAL_CLAUSE_REPORTER_CASES = [
    ("Even a veteran party strategist, Ann Ray, said Tom Bell will have to pick a side soon, "
     "saying, “Sooner or later he has to tell voters where he stands.”",
     "Sooner or later", "Ann Ray"),
    ("Mayor Lin Chu said she will have to cut the budget soon, saying, “Every "
     "office will feel it.”", "Every office", "Mayor Lin Chu"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), HYPOTHETICAL_CLAUSE_REPORTER_CASES)
def test_a_participle_off_a_supposed_deed_is_the_reporters(nlp, text, fragment, speaker):
    # the mention marked, not only the name: "she" would name the mayor too
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == speaker


# A fragment inside the clause a noun of saying reports ("Bell's claim is that the plan is a
# “...”", "her warning that the town would face a “...”") is the noun's possessor's words.
SPEECH_NOUN_CLAUSE_CASES = [
    ("The hearing ran late. But Tom Bell's main claim is that the new budget is a “total "
     "disaster” for the town.", "total disaster", "Tom Bell"),
]  # fmt: skip


# A fragment in the content of a noun of saying a named person owns (its "that" clause,
# its "of" object) is the owner's words, whatever verb above reports or judges the noun;
# a possessive pronoun leaves a fragment's speaker to the verb's subject, and owns a whole
# utterance that no verb of saying governs.
OWNED_NOUN_CONTENT_CASES = [
    ("The hearing was short. Mayor Lin Chu on Monday blamed reporters for seizing on Tom "
     "Bell’s claim that the council “wrecked the budget,” and moved on.", "wrecked the budget",
     "Tom Bell"),
    ("The files stay sealed. Ann Ray called Tom Bell’s assertion of a “right to silence” "
     "over the files troubling.", "right to silence", "Tom Bell"),
    ("The vote failed. Critics said they were swayed by Judge Ann Ray’s conclusion that the "
     "deal was “plainly unlawful.”", "plainly unlawful", "Ann Ray"),
    ("The talks went on. Tom Bell repeated his claim that the pier was “a costly toy.”",
     "a costly toy", "Tom Bell"),
    ("Tom Bell, the union chief, said last week that he would issue an endorsement soon. "
     "Another holdout, the miners’ union, is unlikely to back Ann Ray after her comment that, "
     "“We will close the old mill by spring.”", "We will close", "Ann Ray"),
]  # fmt: skip


# A fragment after a quote whose cue stands in an object relative clause ("a video that
# Ray called “...”") is not that cue's: the sentence's own clause subject uses the words.
RELATIVE_CUE_THEN_OWN_CLAUSE_CASES = [
    ("The trial opened Monday. In a video that Judge Ann Ray called “distasteful,” Tom Bell "
     "expressed a wish to “shut the whole town down by noon.”", "shut the whole", "Tom Bell"),
    ("The hearing was tense. In a letter that the mayor, Lin Chu, described as “rude,” Tom "
     "Bell showed a readiness to “walk out of every meeting.”", "walk out", "Tom Bell"),
]  # fmt: skip


# A title-cased phrase (a slogan, a coinage) in a new sentence of the previous quote's
# paragraph is its own clause subject's, not a continuation of the previous speaker.
TITLE_CASED_PHRASE_SUBJECT_CASES = [
    ("“We will not wait for the board,” Tom Bell said at the meeting. Ann Ray fights "
     "the council’s “Mountain of Paperwork” every week.", "Mountain of Paperwork", "Ann Ray"),
    ("Tom Bell called the levy “a disgrace” on Friday. Mayor Lin Chu has cast herself as the "
     "friend of the “Save Our Pier” crowd.", "Save Our Pier", "Lin Chu"),
]  # fmt: skip


# A quote introduced by a cue whose subject is a pronoun, in the clause a named reporter
# reports ("Chu said she recalled thinking, “...”"), is marked at the reporter's name.
PRONOUN_IN_REPORTED_INTRODUCTION_CASES = [
    ("The mayor spoke at length. Mayor Lin Chu said she recalled thinking, “This town "
     "deserves better than a closed pier.”", "This town", "Mayor Lin Chu"),
    ("The vote was close. Tom Bell said he replied: “Not today, and not next year either.”",
     "Not today", "Tom Bell"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "mention"), PRONOUN_IN_REPORTED_INTRODUCTION_CASES)
def test_a_pronoun_introduction_is_marked_at_its_reporter(nlp, text, fragment, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == mention


# A participle of saying after a clause that sets the scene of a report ("Ray said so after
# Bell won, remarking ...") goes on with the reporter.
SCENE_CLAUSE_PARTICIPLE_CASES = [
    ("“We need her back on the council,” Ann Ray said on her radio show after the young "
     "mayor easily won her primary, remarking that the town was “ready for a fresh start.”",
     "ready for a fresh", "Ann Ray"),
]  # fmt: skip


# The object of a verb of messaging is the message's addressee: "she emailed supporters
# saying ..." is hers, not theirs.
MESSAGE_ADDRESSEE_CASES = [
    ("The race was over. The senator emailed supporters saying: “The fight goes on in every "
     "county.”", "The fight goes", "The senator"),
]  # fmt: skip


# A tag after a quote handing over with a comma may open with a long subject whose
# relative clause has a verb of its own ("X, the planner who drew the map tweeted"): the
# cue is the first verb of saying after that clause, the speaker the phrase before it.
RELATIVE_CLAUSE_TAG_CASES = [
    ("The bus plan drew fire. “We need more buses on the east side,” Ann Ray, the planner "
     "who drew up the route map tweeted on Friday. “Riders wait too long.”",
     "We need more buses", "Ann Ray"),
    ("The bus plan drew fire. “We need more buses on the east side,” Ann Ray, the planner "
     "who drew up the route map tweeted on Friday. “Riders wait too long.”",
     "Riders wait", "Ann Ray"),
    ("Officials stayed quiet. “The count was clean,” a poll worker who asked not to be named "
     "because she was not cleared to speak told the Daily Ledger.",
     "The count was clean", "a poll worker"),
]  # fmt: skip


# A quote opening on a verb of saying that is itself the content of a report ("Ray said
# Bell “says ...”") holds the reporter's words: the reported person did not say "says".
QUOTE_START_AS_REPORTED_CLAUSE_CASES = [
    ("The debate turned sour. Ann Ray said her rival “tells every crowd what it wants to "
     "hear.”", "tells every crowd", "Ann Ray"),
    ("The race was close. Tom Bell said his brother, Sam, “told me from the start, ‘You will "
     "win this race.’”", "told me from the start", "Tom Bell"),
]  # fmt: skip


# "according to a text issued by X": the agent who issued the text speaks for it; the
# subject of the sentence around "according to" did not issue the text.
ACCORDING_TO_ISSUED_TEXT_CASES = [
    ("The case was dropped on Friday. “The evidence does not support a charge of fraud,” "
     "according to a court filing signed by county prosecutor Tom Bell.",
     "The evidence does not", "Tom Bell"),
    ("The town will pay the fine. “No funds were misused,” according to a report written by "
     "auditor Ann Ray.", "No funds", "Ann Ray"),
    ("Mayor Lin Chu met a writer whose book, according to its cover blurb, “paints a dark "
     "picture of the city and its council.”", "paints a dark", "its cover blurb"),
]  # fmt: skip


# "according to calculations by X", "audio provided by X", "a filing by X": the author a
# text or a recording names with "by" speaks for it.
ACCORDING_TO_AUTHORED_TEXT_CASES = [
    ("Grain prices fell by a “modest” margin last quarter, according to calculations by Nora "
     "Vance of Lakeside College.", "modest", "Nora Vance"),
    # who said the words in the clause keeps them; the recording passes them on
    ("“We will rebuild the bridge,” Governor Hal Ortiz said on Tuesday, according to audio "
     "provided by Valley Public Radio.", "We will rebuild", "Hal Ortiz"),
    ("The fee was called “steep” and “unfair,” according to a filing by the Brandt Company.",
     "steep", "the Brandt Company"),
    ("“No funds were misused,” according to a recording released by the county auditor Ann "
     "Ray.", "No funds", "Ann Ray"),
]  # fmt: skip


# "in the words of X", "in X's words", "in X's view" give the quote to X, as "according to
# X" does; "in her words" names the speaker the sentence already gives.
WORDS_OF_CASES = [
    ("The new mayor seemed, in the words of one council aide, “the only adult in the "
     "room” during the crisis.", "the only adult", "one council aide"),
    ("The deal, in Senator Omar Haddad's words, “changes everything” for farmers.",
     "changes everything", "Omar Haddad"),
    ("“It was a failure from top to bottom” at every agency, in Dalton’s view.",
     "It was a failure", "Dalton"),
    ("In the view of its critics, the treaty is “a gift to polluters.”", "a gift",
     "its critics"),
    ("She said he deserved the job since, in her words, “he knows the budget.”", "he knows",
     "She"),
]  # fmt: skip


# A capitalised "According to X" after a sentence-closing quote opens the next sentence: its
# source is not the quote's.
# "per X" used as "according to X" gives the quote to X; "per" as "each" names no one, and
# "X said, per a translator" keeps X, the translator passing the words on.
PER_SOURCE_CASES = [
    ("The council met on Monday. The plan, per Ann Ray, is “dead on arrival.”",
     "dead on arrival", "Ann Ray"),
    ("Per Tom Bell, the deal was “never close.”", "never close", "Tom Bell"),
    ("Members may vote by proxy, except when choosing “a new chair,” per the county "
     "clerk Nora Diaz.", "a new chair", "Nora Diaz"),
    ("Shares rose by $5 per share after Ann Ray called the deal “a steal.”", "a steal",
     "Ann Ray"),
    ("Tom Bell said, per a translator, that the server was “wide open.”", "wide open",
     "Tom Bell"),
]  # fmt: skip


# A fronted "To X," gives the fragment of its clause X's view (as "in X's view" does), when
# no verb of saying governs the quote.
VIEW_HOLDER_CASES = [
    ("To Ann Ray, the plan is “a betrayal of the voters.”", "a betrayal", "Ann Ray"),
    ("Ann Ray met the voters.\n\nTo her, the vote was “a disgrace.”", "a disgrace", "Ann Ray"),
    ("But to Tom Bell, the senator is still “a hero.”", "a hero", "Tom Bell"),
    ("To Ann Ray, Tom Bell said the plan was “a betrayal.”", "a betrayal", "Tom Bell"),
]  # fmt: skip


# A text of rules is the source of the words its verb of rule holds ("the statute requires
# that agencies “...”") and of a clause a fronted "under" it opens; a cue above still governs.
DOCUMENT_SOURCE_CASES = [
    ("The club's bylaws, which bar members from voting if they “hold a paid post,” date "
     "from May.", "hold a paid post", "The club's bylaws"),
    ("The statute requires that agencies “respond within thirty days.”", "respond within",
     "The statute"),
    ("Under state law, a theft is a felony when the goods are “worth more than a thousand "
     "dollars.”", "worth more", "state law"),
    ("Ann Ray noted that under state rules, even old files can be deemed “top secret.”",
     "top secret", "Ann Ray"),
    ("The bill, which Ann Ray called “a disgrace,” requires a vote.", "a disgrace", "Ann Ray"),
]  # fmt: skip


ACCORDING_IN_THE_NEXT_SENTENCE_CASES = [
    ("Tom Reyes said the firm did not “break any rule.” According to court records, it paid "
     "two fines last year.", "break any rule", "Tom Reyes"),
    ("Ana Bloom insisted that the school had “done nothing wrong.” According to the state "
     "audit, the school lost track of its funds.", "done nothing wrong", "Ana Bloom"),
]  # fmt: skip


# After a quote that closes its sentence, "He said, again, that he was ..." is a new report:
# a participle with a subject or "that" of its own is no side action ("he asked, smiling").
REPORT_AFTER_A_CLOSED_QUOTE_CASES = [
    ("“The roads come first,” Mayor Dana Holt said. “Everything else can wait a year.” She "
     "said, again, that she was planning to raise the gas levy in the spring.",
     "Everything else", "Dana Holt", "Mayor Dana Holt"),
    ("“We lost the vote,” Paul Greer said. “But we will be back next session.” He added, "
     "firmly, that he was hoping to run again.", "But we will", "Paul Greer", "Paul Greer"),
]  # fmt: skip


# "“...,” but she conceded that ...": after a quote's own closing comma, a clause opened by
# a conjunction is a report of its own, not the quote's tag.
CONJUNCTION_AFTER_A_QUOTE_CASES = [
    ("Mayor Tina Ray defended the plan, saying, “We never hid the costs from anyone,” but she "
     "conceded that the schedule had slipped.", "We never hid", "Tina Ray", "Mayor Tina Ray"),
    ("Coach Len Ortiz praised the team, saying, “They gave everything tonight,” and he insisted "
     "that the referees had been fair.", "They gave everything", "Coach Len Ortiz",
     "Coach Len Ortiz"),
]  # fmt: skip


# A quoted fragment ending in a comma or a question mark and followed at once by an inverted
# tag ("“... why?” asked Bell") is that tag's, not the clause's around the fragment; a verb
# after the fragment whose subject came before it is no tag ("Bell, who put it “...,”
# described ...").
INVERTED_TAG_AFTER_FRAGMENT_CASES = [
    ("If the count was as clean as the board claims and the mayor insists — “why would anyone "
     "refuse an audit?” asked Tom Bell, a member of the council.", "why would anyone",
     "Tom Bell"),
    ("Officials insist the books are fine and the treasurer agrees — “then what is the board "
     "afraid of?” asked Mayor Lin Chu.", "then what is", "Lin Chu"),
    ("Tom Bell, who puts his legal costs \"in the millions,\" described the ordeal as grim.",
     "in the millions", "Tom Bell"),
]  # fmt: skip


# An outlet that "first reported" a story is no antecedent for he/she after it.
REPORTING_OUTLET_CASES = [
    ("Pastor Tom Bell has a weekly radio show.\n\nBell attacked the school board for its "
     "“reckless and godless” spending on Monday's show, Town Square Watch first reported.\n\n"
     "“The board has lost its way,” he said.", "The board has lost", "Tom Bell"),
]  # fmt: skip

# A fragment in a relative clause whose own active subject can speak is that subject's
# words (marked at "who" or at the pronoun), not those of the main clause's subject or of
# the noun the clause hangs off.
RELATIVE_CLAUSE_FRAGMENT_CASES = [
    ("Tom Bell, who has cast himself as the “people's mayor,” has opened a new office "
     "downtown.", "people's mayor", "Tom Bell", "who"),
    ("Mayor Lin Chu posted twice on Sunday. Then came a second post, in which she took credit "
     "for “cleaning up the harbor.”", "cleaning up", "Lin Chu", "she"),
    ("Anna Reyes, who once branded the tax a “quiet robbery,” now backs a smaller version of "
     "it.", "quiet robbery", "Anna Reyes", "who"),
]  # fmt: skip

# A cue that shares its subject with a relative clause ("who is trying to bring") is marked
# at the relative pronoun, as the relative clause's own cue is.
SHARED_RELATIVE_SUBJECT_CASES = [
    ("Anna Reyes contrasted that with Tom Bell who is trying to bring “order back to the "
     "streets.”", "order back", "Tom Bell", "who"),
    ("Lin Chu, who wants to make the city “a place for families,” will run again.",
     "a place for", "Lin Chu", "who"),
    ("Pat Lee backed Tom Bell, who has been working to keep the mill “open for good.”",
     "open for good", "Tom Bell", "who"),
]  # fmt: skip

# A quoted clause opened by "that" or "to" right after a noun of saying (or a clause whose
# subject is one) is the noun's content: its owner speaks, also where the parser hung the
# clause off the verb above the noun.
CLAUSE_AFTER_A_SAYING_NOUN_CASES = [
    ("Tom Bell lost the mill vote in May. The union is unlikely to back him after his April "
     "remark that, “We will close every mill in the valley.”", "We will close", "Tom Bell",
     "his"),
    ("Anna Reyes chaired the county board for years. A new group ran ads in two towns using "
     "her remarks before a state panel that “I was in charge of the budget” at the time.",
     "I was in charge", "Anna Reyes", "her"),
    ("Mayor Tom Bell flew home on Friday. He leaves behind anger over his warning that the "
     "town would go to the “end of the line” if it refused the deal.", "end of the line",
     "Tom Bell", "his"),
    ("Ann Ray won over farmers with her calls to scrap the “crooked tariff” on grain.",
     "crooked tariff", "Ann Ray", "her"),
]  # fmt: skip

# A paragraph about the speaker between two quotes keeps them talking also when it names
# them by a pronoun that resolves to their full name and the tag gave only the surname.
BRIDGE_BY_SURNAME_CASES = [
    ("The first two volunteers at the desk are Ruth Oakes and Dana Price.\n\n\"I am calling "
     "from the library. Do you have a minute?\" Oakes, a retired teacher, said into the phone. "
     "\"We are asking readers like you to -.\"\n\nShe waits.\n\n\"Oh, thank you so much -.\"",
     "Oh, thank you", "Ruth Oakes"),
    ("Ann Lutz and Pat Reyes stood at the gate.\n\n\"Welcome to the fair. Have you eaten?\" "
     "Lutz, who runs the stall, said to a visitor. \"We have pies from -.\"\n\nShe laughs."
     "\n\n\"No, the apple ones are gone.\"", "No, the apple", "Ann Lutz"),
]  # fmt: skip

# A participle of saying after a clause with a person subject (or after a person doing a
# participle), hung by the parser off a main clause whose subject is a thing (an incident, a
# moment), is that person's.
PARTICIPLE_AFTER_CLAUSE_CASES = [
    ("The second interruption came during a lunch at the harbor museum, when dock workers "
     "heckled the mayor, shouting “no deal, no vote!”", "no deal", "dock workers"),
    ("The last event ended at dusk, when the students surrounded the stage, singing “we shall "
     "stay.”", "we shall stay", "the students"),
    ("The campaign's new offensive opened with a radio spot in which kids kick a ball around a "
     "yard, yelling “tax the rich!”", "tax the rich", "kids"),
    ("The rally's loudest moment came at noon, when a girl climbed onto the podium, shouting "
     "“count every vote!”", "count every", "a girl"),
    # nor is a passive participle with no subject of its own (now owned by ...)
    ("Ray spoke just down the road from the Bell Mill — now owned by investor Tom Bell — where "
     "about 40 farmers had gathered on Monday morning, chanting \"no farms, no food\" after the "
     "talks failed on Friday.", "no farms", "about 40 farmers"),
    # nor is a copula's thing subject when a noun doing a participle stands before it
    ("The first thing the voters saw was a crowd of nurses marching down Main Street, chanting "
     "\"fund our clinics now.\"", "fund our clinics", "a crowd of nurses"),
    ("The strangest moment of the night was her campaign manager waving a flag from the "
     "balcony, calling the mayor \"a coward.\"", "a coward", "her campaign manager"),
]  # fmt: skip

# A relative clause with a noun of its own for subject reports that noun's words, not those
# of the person whose verb the clause's antecedent is the object of.
RELATIVE_CLAUSE_OWN_SUBJECT_CASES = [
    ("Dana Wells criticized the city's water plan, which a state audit said was “badly "
     "underfunded” in every district.", "badly underfunded", "a state audit"),
    ("Governor Ray Pike defended the bridge contract, which an outside review called “a "
     "textbook case of waste.”", "a textbook case", "an outside review"),
]  # fmt: skip

# Words someone only will say, would say or is expected to say are the reporter's: no one has
# said them yet.
SUPPOSED_SAYING_CASES = [
    ("Mayor Lin Chu said she expected that residents will call the new tax “a fair bargain” "
     "by spring.", "a fair bargain", "Lin Chu"),
    ("Tom Bell, the union's lawyer, said Mayor Lin Chu would describe the deal as “a historic "
     "step” once it was signed.", "a historic step", "Tom Bell"),
    ("Ann Lowe predicted that Governor Ray Pike will call the report “a partisan stunt.”",
     "a partisan stunt", "Ann Lowe"),
    ("Senator Ann Lowe said she expects the governor to announce “a full review” of the "
     "prison budget.", "a full review", "Ann Lowe"),
    # "calls for X to ...": a deed asked for, not done; the one who asks says the words
    ("In a new letter, Tom Bell calls for the council to respond to the flood by admitting "
     "that “poor planning” played a role.", "poor planning", "Tom Bell"),
    ("Senator Ann Lowe, speaking on Monday, called for Governor Ray Pike to resign for not "
     "describing the attack as “an act of terror.”", "an act of terror", "Ann Lowe"),
    ("The union urged for the mayor to act by declaring that the strike was “over for good.”",
     "over for good", "The union"),
]  # fmt: skip

# A cue joined to a reported clause whose subject is a demonstrative ("that was wrong") goes
# on with the report: "that" says nothing.
DEMONSTRATIVE_CLAUSE_CASES = [
    ("However, the city's filing said that was never its position and dismissed those stories "
     "as “old rumors spread by rivals.”", "old rumors", "the city's filing"),
    ("The agency's letter said that was not the case and dismissed the reports as “baseless "
     "gossip.”", "baseless gossip", "The agency"),
]  # fmt: skip

# "..., as a memo put it": the source an "as" aside cites owns the fragment in the clause it
# hangs off, before any verb of saying further up.
AS_ASIDE_CASES = [
    ("Many lawmakers echo her worries, largely because while most buyers must pass a check, the "
     "main rule for the grant program is a “clean record of payment,” as a Treasury memo put "
     "it.", "clean record", "a Treasury memo"),
    ("A group of other mayors repeat his complaint, in part because while most towns must file "
     "yearly reports, the sole condition for the state loan is a “credible budget,” as a court "
     "filing put it.", "credible budget", "a court filing"),
    ("Several governors echoed the warning, mostly because the test for the aid is a “proven "
     "need,” as a federal memo put it.", "proven need", "a federal memo"),
    # an "as" clause that says something of its own is no aside citing a source
    ("Ruth Ames worked the room on Friday, praising “the mayor's honesty and patience” as the "
     "governor promised to expand the library.", "the mayor's honesty", "Ruth Ames"),
    ("At the fair, Ruth Ames greeted voters, praising “the mayor's honesty” as her husband "
     "promised them a new library.", "the mayor's honesty", "Ruth Ames"),
]  # fmt: skip

# A quoted fragment that closes a sentence of its own words ("... judged it “x.”") is no
# quote of a report in the next sentence ("Her office pointed to ...").
FRAGMENT_CLOSING_ITS_SENTENCE_CASES = [
    ("The auditor Ann Ray reviewed the plan and judged it “a reckless gamble.” Her office "
     "pointed to the costs of the last stadium.", "a reckless gamble", "Ann Ray"),
    ("Mayor Tom Bell toured the plant and found it “in fine shape.” His aide pointed to the "
     "new boilers.", "in fine shape", "Tom Bell"),
]  # fmt: skip

# A sentence ending in a colon whose subject is a text ("The report on the blaze gets
# specific:") introduces the text's words, not those of the last speaker before it.
TEXT_SUBJECT_COLON_CASES = [
    ("Fire chief Ann Ray spoke to the council on Monday. The report on the blaze gets "
     "specific: “The wiring in the east wing was never inspected.”", "The wiring",
     "The report"),
    ("Mayor Tom Bell praised the audit on Monday. A footnote in the appendix spells it out: "
     "“No funds were moved without a vote of the council.”", "No funds", "A footnote"),
]  # fmt: skip

# An infinitive of saying after a quote ("“...,” refusing to concede that ...") is no tag:
# its speaker is not the quote's.
INFINITIVE_AFTER_QUOTE_CASES = [
    ("When the vote came and Ann Ray clung to her claim that “the count was rigged,” refusing "
     "to concede that she lost, Tom Bell walked out.", "the count was rigged", "Ann Ray"),
    ("When the count ended and Tom Bell clung to his claim that “the vote was stolen,” "
     "refusing to concede that he lost, Ann Ray walked out.", "the vote was stolen",
     "Tom Bell"),
]  # fmt: skip

# A cue-less quote after a sentence in which someone issued a text ("X released a letter")
# goes on in the issuer's words; a cue in a relative clause of that sentence ("which drew
# parents demanding ...") does not lead in.
ISSUED_TEXT_LEAD_IN_CASES = [
    ("The Ridgefield School Board issued a statement on Friday about the closures, which drew "
     "parents demanding a delay.\n\n“We regret the confusion and will open every school on "
     "Monday as planned.”", "We regret", "The Ridgefield School Board"),
    ("Senator Ann Ray released a letter after the vote.\n\n“I will keep fighting for the mill "
     "workers of this county until the plant reopens.”", "I will keep", "Ann Ray"),
]  # fmt: skip

# "“...,” read one.": "one" (or "another") after an inverted cue stands for one of several
# speakers or texts named before.
INVERTED_ONE_CASES = [
    ("Protesters lined Main Street with signs on Saturday.\n\n“Fix the roads before the "
     "bridges fall,” read one.", "Fix the roads", "one"),
    ("The council got many emails this week. “Keep the library open on Sundays,” asked one.",
     "Keep the library", "one"),
]  # fmt: skip

# An aside in parentheses between a lead-in and a cue-less quote does not lead in.
PARENTHESIZED_ASIDE_LEAD_IN_CASES = [
    ("Tom Bell spoke at length about the farm bill. (Its critics have argued that it favors "
     "large growers.)\n“Small farms will get the same help as anyone else.”", "Small farms",
     "Tom Bell"),
    ("Senator Lin Chu spoke to the nurses union on Friday. (Nurses there have claimed for "
     "years that wards are understaffed.)\n\n“We will pass a staffing law before the end of "
     "this session.”", "We will pass", "Lin Chu"),
]  # fmt: skip

# "Section 9 states: “...”" with the verb read as a noun that has a subject of its own: the
# subject introduces the quote, not the misread verb.
MISREAD_VERB_COLON_CASES = [
    ("The charter leaves no doubt. Section 9 states: “Every member shall have one vote.”",
     "Every member", "Section"),
    ("The code is strict. Rule 7 affirms: “No player may leave the field without the "
     "referee's leave.”", "No player", "Rule"),
]  # fmt: skip

# A participle of saying right after an aside set off by dashes goes on with the sentence
# around the aside, not with the aside's own clause.
DASH_ASIDE_PARTICIPLE_CASES = [
    ("Striking nurses kept up their protest, circling the streets around City Hall - where "
     "Mayor Ann Ray met the council - while chanting, “Fair pay now.”", "Fair pay now",
     "Striking nurses"),
    ("Ann Ray left the arena - where Tom Bell spoke - saying, “We are done here.”",
     "We are done here", "Ann Ray"),
    # a verb joined by "and" right after the closing dash, and "mouthing" as a cue
    ("Mayor Ann Ray took the stage at noon. She held up a banner — which read “Jobs First” "
     "— and waved it at the crowd, mouthing “thank you” to her staff.", "thank you",
     "She"),
    ("Ann Ray went to the podium — where the mayor stood — and called the plan “a big win "
     "for the town.”", "a big win", "Ann Ray"),
]  # fmt: skip


# A quote paragraph whose closing mark was left out before its own tag.
UNCLOSED_TAG_CASES = [
    ('Families were often confused.\n\n"There was not much advice for parents back then '
     'about what papers to keep, said Ray, whose group is pushing for a new bill.\n\nSome '
     "moved on.", "There was not", "Ray"),
    ('Families were often confused.\n\n"There was not much advice for parents back then, '
     "Tom Bell said.\n\nSome moved on.", "There was not", "Tom Bell"),
    # the next paragraph reopens the quote: a comma in the first is no tag
    ('Families were often confused.\n\n"Nobody warned us about the forms, my aunt '
     'said.\n\n"We learned it all the hard way."', "Nobody warned", None),
]  # fmt: skip

# A phrase before a colon that only ends in a name is no title of that name.
NOT_A_TITLE_COLON_CASES = [
    ("The figures are disputed.\n\nA letter from the governor to Sen. Tom Bell: "
     '"We ask you to act now on the bill."', "We ask you", None),
]  # fmt: skip

# A title before a name ("Speaker of the House Rep. ...", with party and state in
# parentheses after it) names no one: the name says the quote.
TITLE_BEFORE_NAME_CASES = [
    ("Monday on KXYZ’s “Morning Talk,” while discussing a post from nominee Ann Ray featuring "
     "a picture of a rival, cash and a five-pointed star likened to the Seal of Ohio, Speaker "
     "of the House Rep. Tom Bell (R-OH) said “such images, they have no place in a campaign.”",
     "such images", "Tom Bell"),
    ("Following the debate, Speaker of the Assembly Tom Bell (R-OH) said “these images have no "
     "place in politics.”", "these images", "Tom Bell"),
]  # fmt: skip

# "which Ray claims showed “...”": an inset report in a relative clause says the words.
INSET_CUE_CASES = [
    ("Bell praised the speech, which Ray claims showed “a clear grasp of the budget.”",
     "a clear grasp", "Ray"),
    ("Bell praised the speech, which Ray argues proved “a clear grasp of the budget.”",
     "a clear grasp", "Ray"),
    # a name the tagger reads as a modal
    ("Bell praised the speech, which May claims affirmed “a clear grasp of the budget.”",
     "a clear grasp", "May"),
]  # fmt: skip

# "Will described it as ...": a name the tagger reads as a modal, right before a participle.
MODAL_READ_NAME_CASES = [
    ("The rally was loud. “We will win,” Will described the mood as “electric and hopeful.”",
     "electric and", "Will"),
]  # fmt: skip

# "And Early called him “...”": a surname the tagger reads as an adverb, right before a cue
# left without a subject.
ADVERB_READ_NAME_CASES = [
    ("Mark Early met the mayor on Monday. And Early called him “a very sharp guy. He knows "
     "the data.”", "a very sharp", "Mark Early"),
]  # fmt: skip

# Each table above tests one rule; the test id names the rule and the case's place in it.
PLACE_BEFORE_TITLE_CASES = [
    (
        "Virginia Gov. Terry Vance signed the order on Monday.\n\n“We move on today,” he said.",
        "We move on today",
        "Terry Vance",
    ),
]


# A quotation mark glued to the word before or after it ("said,“We", "done,”Kim") is still a
# mark between a tag and its quote.
GLUED_MARK_CASES = [
    ("The vote failed on Tuesday.\n\nMayor Kim Lee said,“We are done with this plan.”",
     "We are done", "Kim Lee"),
    ("“We will try again in the spring,”Gov. Ana Ruiz said after the vote.", "We will try",
     "Ana Ruiz"),
]  # fmt: skip


# "as Ray went on about “...”, Bell said": a clause of time or concession hung off a cue, with
# a person of its own for subject, is that person's deed; the quote in it is theirs.
OWN_TIME_CLAUSE_CASES = [
    ("The hall was packed on Friday. As Senator Ray Holt went on about “a broken system” and "
     "“forgotten towns,” Ann Bell said nothing at all.", "a broken system", "Ray Holt",
     "Senator Ray Holt"),
    ("Mayor Tom Reyes watched the debate at home. He tweeted when Governor Lisa Marsh closed "
     "her speech with a nod to the “Main Street Miracle” film.", "Main Street", "Lisa Marsh",
     "Governor Lisa Marsh"),
    ("Ann Bell decided not to recommend the bill on Friday even though she found “serious "
     "merit” in parts of it.", "serious merit", "Ann Bell", "she"),
]  # fmt: skip


# "the officer known as Bob", "a clerk named Tom Bell": a participle gives the description a
# name; the same description later, or a pronoun after it, names that person.
NAMED_DESCRIPTION_CASES = [
    ("“We never gave that order,” said the station chief known as Rafe, speaking on Monday.",
     "We never gave", "Rafe"),
    ("“It was calm,” said a night clerk named Tom Bell.", "It was calm", "Tom Bell"),
    ("A woman named Ann Ray wrote to the paper. “I was there,” she wrote.", "I was there",
     "Ann Ray"),
    ("“We did our job,” said the station chief known as Rafe. The guards left the town on "
     "Friday, but the station chief stayed in the capital for a year.\n\n“We had to find "
     "out who did it,” he said.", "We had to find", "Rafe"),
    ("The show's host, Tom Bell, met the mayor on Friday. Later the host asked her about the "
     "budget.\n\nBut he wanted to know, “Why cut the parks first?”", "Why cut the parks",
     "Tom Bell"),
]  # fmt: skip


# "the admiral": a rank as a description stands for the one person named with that rank.
RANK_DESCRIPTION_CASES = [
    ("Adm. Tom Bell arrived on Monday. Gen. Dan Rudd spoke first and left early. Asked about "
     "the fleet, the admiral laughed.\n\n“We sail at dawn,” he said.", "We sail", "Tom Bell"),
]  # fmt: skip


# "At Pine Ridge, ..., Tom Bell, the club's owner, argued": the parser hangs the name
# on the place; with its own apposition between, it is still the subject of the bare verb.
STRANDED_SUBJECT_CASES = [
    ("Dan Rudd runs the golf club in Elm Park. At Pine Ridge, where it costs new members "
     "$9,000 to join, Tom Bell, the club's 70-year-old owner and chief, "
     "argued that his rivals had failed.\n\n“We are in the people business,” he said.",
     "We are in", "Tom Bell"),
]  # fmt: skip


# A pronoun below the main clause takes the one person its sentence names, even when that
# person is the subject of a relative clause ("notes that Ann Ray had given").
INTRODUCED_IN_RELATIVE_CASES = [
    ("Kay Lin ran the county office for years. The files included notes that Ann Ray had "
     "given to the clerk, which she said held “every single word.”", "every single",
     "Ann Ray"),
]  # fmt: skip


# A sentence with no person as subject that brings up someone's words makes that person
# the topic of the next: "The mood shifted after Ann Ray's remarks. She called ...".
WORDS_OWNER_CASES = [
    ("Kay Lin spoke first. The mood shifted after Ann Ray's remarks on Monday. She called the "
     "plan “a gift to the rich.”", "a gift to", "Ann Ray"),
]  # fmt: skip


# "Some defenders, like Tom Bell, concede ...": the one person named as an example of a
# subject group stands for it; two people named so do not.
EXAMPLE_OF_GROUP_CASES = [
    ("Dan Rudd wrote the report on the tariff. Some defenders of the plan, like Tom Bell, a "
     "fellow at the institute, also concede that it has costs.\n\nBut the gain is “ten "
     "times the loss,” he said.", "ten times", "Tom Bell"),
    ("Dan Rudd wrote the report on the tariff. Some defenders of the plan, such as Tom Bell, "
     "a fellow at the institute, also concede that it has costs.\n\nBut the gain is “ten "
     "times the loss,” he said.", "ten times", "Tom Bell"),
    ("Dan Rudd wrote the report on the tariff. Some defenders of the plan, like Tom Bell and "
     "Ann Ray, also concede that it has costs.\n\nBut the gain is “ten times the loss,” he "
     "said.", "ten times", "Dan Rudd"),
]  # fmt: skip


# "Representative Dan King": a surname that is also a title's word ("King", "Bishop",
# "Major") after a known given name is the name's end, not an office.
TITLE_WORD_SURNAME_CASES = [
    ("“We will vote no,” said Representative Dan King of Ohio.", "We will vote", "Dan King"),
    ("Representative Rita Bishop spoke on Monday. “We will vote no,” she said.",
     "We will vote", "Rita Bishop"),
]  # fmt: skip


# A one-word name the document also writes in lower case ("Time ... time") is a common noun
# capitalised at a sentence's or a heading's start, no antecedent for a pronoun; a surname
# the document gives in full is still a name ("Ann Price ... the price").
COMMON_WORD_NAME_CASES = [
    ("Tom Bell spent the week in Ohio, his third time there.\n\nTime, Mr. Bell noted, "
     "favours the patient. “It is early in the race,” he said.", "It is early", "Tom Bell"),
    ("The mayor has a plan.\n\nMayor Tom Bell laid out his plan on Monday. Path, he said, "
     "was the hard part. The path is long.\n\nPath to Victory Lies Through the Suburbs\n\n"
     "He won just a third of the vote. “We will do better,” he said.", "We will do", "Tom Bell"),
    ("Ann Price runs the shop. The price of bread rose again.\n\n“It will rise more,” Price "
     "said.", "It will rise", "Ann Price"),
]  # fmt: skip


# A pronoun speaker is not the person its own words name as an owner ("Ruiz's plan"), when
# someone else can be: the speaker before.
OWNER_NAMED_IN_WORDS_CASES = [
    ("His campaign chief, Tom Reyes, said Dan Ruiz expects the vote to turn his way. He "
     "should also gain from the debate, Ruiz said.\n\n“Voters wondered whether Governor "
     "Ruiz's plan could win over the suburbs,” he said.", "Voters wondered", "Tom Reyes"),
    ("Pollster Mark Dunn -- who has advised three mayors in the region -- doubts Tom Bell can "
     "win back older voters. But the candidate could still change the topic.\n\n“His best "
     "hope is a fight over taxes,” he said. “Bell's strongest case is that the town needs a "
     "change.”", "His best hope", "Mark Dunn"),
    ("Pollster Mark Dunn -- who has advised three mayors in the region -- doubts Tom Bell can "
     "win back older voters. But the candidate could still change the topic.\n\n“His best "
     "hope is a fight over taxes,” he said. “Bell's strongest case is that the town needs a "
     "change.”", "Bell's strongest", "Mark Dunn"),
]  # fmt: skip


# "the mayor's support is new. He ...": a described owner of a main clause's subject is its
# topic, and the description stands for the person named with its role noun ("incumbent
# mayor Tom Bell"), not for someone named since without it.
DESCRIBED_OWNER_ROLE_CASES = [
    ("The letter cites warm words from presumptive nominee Tom Bell, and from critics like "
     "Dan Holt.\n\n“We stand with the workers,” Holt wrote the day after the vote.\n\n"
     "Meanwhile, the current party nominee’s support for the union is new. He has praised its "
     "leaders, and he was quick to join its march.\n\n“We want a town where every worker is "
     "safe,” he said.", "We want a town", "Tom Bell"),
    ("The letter cites warm words from incumbent mayor Tom Bell, and from critics like Dan "
     "Holt.\n\n“We stand with the workers,” Holt wrote on Monday.\n\nMeanwhile, the "
     "mayor's support for the union is new. He has praised its leaders, and he was quick to "
     "join its march.\n\n“We want a town where every worker is safe,” he said.",
     "We want a town", "Tom Bell"),
]  # fmt: skip


# A text whose own noun phrase names its owner ("Ray's statement", "a letter from the
# board") speaks for that owner, whatever the verb.
OWNED_TEXT_CASES = [
    ("A statement from Ann Ray said, “We mourn a great public servant.”", "We mourn",
     "Ann Ray"),
    ("A letter from the county board warns that “no more money will come.”", "no more money",
     "the county board"),
    ("Tom Bell's letter makes a simple case: “We need the bridge.”", "We need the bridge",
     "Tom Bell"),
    ("Ann Ray spoke on Monday. Her statement said the plan was “dead on arrival.”",
     "dead on arrival", "Ann Ray"),
    ("“The plan is dead,” according to a statement from Ann Ray.", "The plan is dead",
     "Ann Ray"),
    # a text posted on a page speaks for the page's owner
    ("Ann Ray closed the shop on Monday. “Thank you for twenty years,” a post on her "
     "Facebook page said.", "Thank you", "Ann Ray"),
    ("A post on Tom Bell's campaign website said he would “never back down.”",
     "never back down", "Tom Bell"),
]  # fmt: skip

# "quoted Ray as saying", "reported, quoting Ray", "he quoted Ray": the one quoted speaks,
# the one quoting passes the words on.
QUOTED_PERSON_CASES = [
    ("The Daily Ledger quoted Ann Ray as saying, “The plan is dead.”", "The plan is dead",
     "Ann Ray", "Daily Ledger"),
    ("Ann Ray was quoted by the Daily Ledger as saying, “The plan is dead.”",
     "The plan is dead", "Ann Ray", "the Daily Ledger"),
    ("“The plan is dead,” the Daily Ledger reported, quoting Ann Ray.", "The plan is dead",
     "Ann Ray", "Daily Ledger"),
    ("“The plan is dead,” Tom Bell wrote, quoting one official.", "The plan is dead",
     "one official", "Tom Bell"),
    ("Tom Bell closed his speech by quoting Ann Ray: “We need the bridge.”",
     "We need the bridge", "Ann Ray", "Tom Bell"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "relay"), QUOTED_PERSON_CASES)
def test_the_one_quoted_speaks_and_the_quoter_relays(nlp, text, fragment, speaker, relay):
    from quotebase.extract.records import HopRole

    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert [hop.name for hop in quote.chain if hop.role is HopRole.RELAY] == [relay]



SPEAKER_RULES = {
    "a_name_read_as_an_adverb_before_a_cue": ADVERB_READ_NAME_CASES,
    "a_name_read_as_a_modal_before_a_participle": MODAL_READ_NAME_CASES,
    "an_inset_report_in_a_relative_clause": INSET_CUE_CASES,
    "a_title_before_a_name_names_no_one": TITLE_BEFORE_NAME_CASES,
    "a_mark_glued_to_the_words_around_it": GLUED_MARK_CASES,
    "a_place_before_a_title_gives_no_gender": PLACE_BEFORE_TITLE_CASES,
    "an_outlet_that_reported_is_no_antecedent_for_he": REPORTING_OUTLET_CASES,
    "a_name_also_written_in_lower_case_is_a_common_noun": COMMON_WORD_NAME_CASES,
    "a_pronoun_speaker_is_not_an_owner_its_words_name": OWNER_NAMED_IN_WORDS_CASES,
    "a_described_owner_is_the_one_named_with_its_role": DESCRIBED_OWNER_ROLE_CASES,
    "colon_introduction_and_transcript_labels": COLON_CASES,
    "pronoun_antecedent": PRONOUN_ANTECEDENT_CASES,
    "it_takes_a_thing_named_in_its_sentence_or_the_one_before": NEUTER_ANTECEDENT_CASES,
    "as_they_say_is_no_one_named": GENERIC_THEY_CASES,
    "they_after_people_named_together_is_the_group": PLURAL_GROUP_CASES,
    "they_inside_a_quotation_is_the_people_it_names": QUOTED_THEY_CASES,
    "she_goes_on_about_the_woman_named_beside_a_description": NAMED_OVER_DESCRIPTION_CASES,
    "pronoun_after_a_description_names_the_person_it_varies_on": DESCRIPTION_ANTECEDENT_CASES,
    "pronoun_tells_apart_two_full_names_of_one_surname": SHARED_SURNAME_CASES,
    "she_after_the_writers_he_is_the_woman_named_since": GENDERED_BY_PRONOUN_CASES,
    "a_gendered_title_tells_bearers_of_one_surname_apart": GENDERED_TITLE_SURNAME_CASES,
    "an_office_of_one_gender_as_a_title_tells_the_gender": GENDERED_OFFICE_TITLE_CASES,
    "pronoun_after_a_fronted_topic_names_it": FRONTED_TOPIC_CASES,
    "he_after_a_group_speaker_skips_the_group": GROUP_SPEAKER_CASES,
    "lead_in_skips_the_tail_of_the_previous_tag": TAG_TAIL_CASES,
    "cue_lexicon_scolding_and_riffing": LEXICON_CASES,
    "name_and_colon_after_a_dashed_heading": HEADED_COLON_CASES,
    "tag_with_side_action_or_misattached_cue": TAG_SHAPE_CASES,
    "short_tag_with_name_read_as_common_noun": CAPITALIZED_TAG_SUBJECT_CASES,
    "lead_in_credits_the_outer_reporter": LEAD_IN_REPORTER_CASES,
    "pronoun_finds_a_surname_the_tagger_misread": TAGGED_SURNAME_CASES,
    "pronoun_takes_a_possessive_name_in_its_own_sentence": POSSESSIVE_ANTECEDENT_CASES,
    "speaker_inside_a_quote_is_no_antecedent_outside": NESTED_SPEAKER_ANTECEDENT_CASES,
    "pronoun_takes_the_subject_a_nearer_report_is_about": REPORTED_SUBJECT_ANTECEDENT_CASES,
    "pronoun_takes_the_source_of_an_according_to": ACCORDING_SOURCE_ANTECEDENT_CASES,
    "pronoun_takes_the_owner_of_a_subject_thing": OWNER_OF_SUBJECT_ANTECEDENT_CASES,
    "a_description_a_participle_names_is_that_person": NAMED_DESCRIPTION_CASES,
    "a_title_word_after_a_given_name_is_a_surname": TITLE_WORD_SURNAME_CASES,
    "a_rank_as_a_description_names_its_holder": RANK_DESCRIPTION_CASES,
    "a_name_hung_on_a_place_before_a_bare_verb": STRANDED_SUBJECT_CASES,
    "the_owner_of_words_a_subjectless_sentence_brings_up": WORDS_OWNER_CASES,
    "one_person_named_as_an_example_of_a_subject_group": EXAMPLE_OF_GROUP_CASES,
    "pronoun_takes_the_person_its_sentence_names_in_a_relative": INTRODUCED_IN_RELATIVE_CASES,
    "an_inserted_tag_repeats_the_reporter": INSERTED_TAG_ANTECEDENT_CASES,
    "title_case_headline_lends_no_names": TITLE_CASE_HEADLINE_CASES,
    "a_verb_with_two_subjects_takes_the_nearer": NEARER_SUBJECT_CASES,
    "inverted_subject_only_after_a_finite_tag_cue": INVERTED_SUBJECT_CASES,
    "a_cue_in_a_subordinate_clause_after_the_quote_is_no_tag": SUBORDINATE_AFTER_CASES,
    "a_tag_ends_at_its_first_comma": TAG_WITH_SIDE_CLAUSE_CASES,
    "a_long_apposition_between_name_and_tag_cue": LONG_APPOSITION_CASES,
    "according_to_in_the_tag_of_a_closed_quote": TAG_ACCORDING_CASES,
    "a_capitalized_name_opens_the_apposition_before_a_tag_cue": CAPITALIZED_TAG_NAME_CASES,
    "a_short_quote_inside_a_tag_does_not_end_it": SHORT_QUOTE_IN_TAG_CASES,
    "apostrophe_surname_is_an_antecedent": APOSTROPHE_SURNAME_CASES,
    "sentence_opening_for_names_the_topic": FOR_TOPIC_CASES,
    "possessor_of_a_noun_of_saying_speaks": POSSESSOR_OF_SAYING_CASES,
    "a_day_is_never_the_speaker": DAY_IS_NO_SPEAKER_CASES,
    "hyphenated_double_surname_is_one_name": DOUBLE_SURNAME_CASES,
    "fragment_in_a_reported_thought_takes_the_thinker": THOUGHT_CLAUSE_CASES,
    "utterance_run_into_a_sentence_takes_its_clause_subject": RUN_IN_UTTERANCE_CASES,
    "tag_after_a_comma_with_a_long_subject": LONG_SUBJECT_AFTER_COMMA_CASES,
    "clause_after_a_noun_of_saying_and_a_copula": SPEECH_NOUN_COPULA_CASES,
    "the_one_who_used_the_words_a_copula_names_speaks": WORDING_NOUN_CASES,
    "cue_subject_across_a_relative_clause_or_an_object": RELATIVE_APPOSITION_CASES,
    "fragment_takes_a_text_clause_subject": TEXT_CLAUSE_SUBJECT_CASES,
    "spoke_introduces_the_next_quote": SPOKE_LEAD_IN_CASES,
    "colon_after_a_named_object": COLON_OBJECT_CASES,
    "fragment_after_a_report_in_paraphrase_takes_the_reporter": PARAPHRASE_LEAD_IN_CASES,
    "participle_after_a_time_phrase_or_an_adjective_shares_the_clause_subject": (
        CIRCUMSTANCE_PARTICIPLE_CASES
    ),
    "put_continue_agree_remind_are_cues_only_when_they_report": NOT_SAYING_CASES,
    "agent_of_a_passive_cue_speaks": PASSIVE_AGENT_CASES,
    "fragment_without_a_cue_takes_the_sentence_source": ACCORDING_IN_SENTENCE_CASES,
    "adverbial_clause_with_its_own_subject_is_its_own_report": SIDE_CLAUSE_CASES,
    "piece_or_video_speaks_for_its_issuer": ISSUED_TEXT_CASES,
    "person_a_recording_shows_is_the_antecedent": DEPICTED_PERSON_CASES,
    "a_cue_hung_off_a_reported_clause_continues_the_reporter": INNER_CLAUSE_REPORTER_CASES,
    "a_colon_after_a_clause_credits_its_subject": COLON_CLAUSE_CASES,
    "the_owner_of_an_utterance_a_colon_closes_speaks": COLON_UTTERANCE_OWNER_CASES,
    "a_view_held_in_a_relative_clause_is_its_holders": HELD_VIEW_CLAUSE_CASES,
    "a_cue_in_another_clause_does_not_speak_a_fragment": OTHER_CLAUSE_CUE_CASES,
    "a_participle_of_saying_speaks_for_the_person_before_it": PARTICIPLE_SUBJECT_CASES,
    "a_tag_with_a_long_subject_follows_a_quote": LONG_TAG_SUBJECT_CASES,
    "a_cue_in_a_clause_the_sentence_left_does_not_introduce_a_quote": LEFT_CLAUSE_DIRECT_CASES,
    "a_tag_verb_may_trail_a_side_clause": TAG_VERB_SIDE_CLAUSE_CASES,
    "an_inverted_tag_verb_with_a_long_name": INVERTED_TAG_VERB_CASES,
    "a_name_after_a_heading_dash_introduces_the_quote": HEADING_DASH_NAME_CASES,
    "a_name_in_apposition_right_before_a_subjectless_cue_speaks": APPOSED_NAME_BEFORE_CUE_CASES,
    "a_mid_sentence_tag_with_a_mistagged_cue": MID_SENTENCE_NOUN_TAG_CASES,
    "a_continued_quote_keeps_its_own_tag_verb": OWN_TAG_IN_A_CONTINUED_QUOTE_CASES,
    "as_x_reported_introduces_the_quote_after_a_colon": AS_REPORTED_COLON_CASES,
    "an_agent_noun_subject_introduces_a_colon_quote": AGENT_NOUN_COLON_CASES,
    "a_text_subject_speaks_a_fragment_in_its_clause": TEXT_SUBJECT_FRAGMENT_CASES,
    "an_owned_body_issues_a_text": OWNED_BODY_ISSUER_CASES,
    "quote_opening_on_a_supposed_cue_is_the_reporters": QUOTE_START_IN_SUBORDINATE_CASES,
    "the_one_asked_is_the_one_who_replies": ANSWERER_CASES,
    "a_fragment_in_a_speech_nouns_clause_is_its_owners": SPEECH_NOUN_CLAUSE_CASES,
    "a_fragment_in_an_owned_nouns_content_is_the_owners": OWNED_NOUN_CONTENT_CASES,
    "a_cue_in_an_object_relative_clause_leaves_the_next_fragment": (
        RELATIVE_CUE_THEN_OWN_CLAUSE_CASES
    ),
    "a_title_cased_phrase_takes_its_own_clause_subject": TITLE_CASED_PHRASE_SUBJECT_CASES,
    "a_participle_after_a_scene_clause_goes_with_the_report": SCENE_CLAUSE_PARTICIPLE_CASES,
    "the_addressees_of_a_message_do_not_speak": MESSAGE_ADDRESSEE_CASES,
    "tag_subject_with_a_relative_clause": RELATIVE_CLAUSE_TAG_CASES,
    "quote_opening_on_a_reported_cue_is_the_reporters": QUOTE_START_AS_REPORTED_CLAUSE_CASES,
    "according_to_a_text_issued_by_someone": ACCORDING_TO_ISSUED_TEXT_CASES,
    "according_to_a_text_or_recording_by_someone": ACCORDING_TO_AUTHORED_TEXT_CASES,
    "in_the_words_of_someone_credits_them": WORDS_OF_CASES,
    "per_someone_credits_them": PER_SOURCE_CASES,
    "to_someone_gives_their_view": VIEW_HOLDER_CASES,
    "a_text_of_rules_says_what_it_lays_down": DOCUMENT_SOURCE_CASES,
    "according_to_opening_the_next_sentence_is_not_the_quotes": (
        ACCORDING_IN_THE_NEXT_SENTENCE_CASES
    ),
    "inverted_tag_after_a_fragment": INVERTED_TAG_AFTER_FRAGMENT_CASES,
    "a_bridging_pronoun_may_name_the_surname_speaker_in_full": BRIDGE_BY_SURNAME_CASES,
    "a_participle_after_a_person_clause_is_not_the_things": PARTICIPLE_AFTER_CLAUSE_CASES,
    "a_relative_clause_with_its_own_subject_is_its_report": RELATIVE_CLAUSE_OWN_SUBJECT_CASES,
    "a_saying_only_foreseen_is_the_reporters": SUPPOSED_SAYING_CASES,
    "fragment_closing_its_sentence_has_no_next_tag": FRAGMENT_CLOSING_ITS_SENTENCE_CASES,
    "a_colon_sentence_with_a_text_subject": TEXT_SUBJECT_COLON_CASES,
    "an_infinitive_after_a_quote_is_no_tag": INFINITIVE_AFTER_QUOTE_CASES,
    "an_issued_text_leads_in_the_next_quote": ISSUED_TEXT_LEAD_IN_CASES,
    "an_aside_in_parentheses_leads_in_nothing": PARENTHESIZED_ASIDE_LEAD_IN_CASES,
    "a_text_speaks_for_the_owner_its_phrase_names": OWNED_TEXT_CASES,
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(*case, id=f"{rule}-{n}")
        for rule, cases in SPEAKER_RULES.items()
        for n, case in enumerate(cases)
    ],
)
def test_speaker_rule(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker


# Tables whose cases also name the mention the speaker is marked at.
SPEAKER_AND_MENTION_RULES = {
    "coordinated_report_keeps_its_own_subject": COORDINATED_REPORT_CASES,
    "a_fragment_in_a_new_sentence_credits_that_sentence_subject": FRAGMENT_OWN_SENTENCE_CASES,
    "a_tag_later_in_the_sentence_speaks_its_opening_quote": LATER_TAG_CASES,
    "a_fragment_in_a_speakers_relative_clause_is_theirs": RELATIVE_CLAUSE_FRAGMENT_CASES,
    "a_verb_sharing_a_relative_clauses_subject_marks_who": SHARED_RELATIVE_SUBJECT_CASES,
    "a_clause_after_a_noun_of_saying_is_its_owners": CLAUSE_AFTER_A_SAYING_NOUN_CASES,
    "a_report_with_its_own_clause_is_no_tag": REPORT_AFTER_A_CLOSED_QUOTE_CASES,
    "a_conjunction_after_a_quotes_comma_opens_no_tag": CONJUNCTION_AFTER_A_QUOTE_CASES,
    "a_time_clause_beside_a_cue_is_its_own_subjects": OWN_TIME_CLAUSE_CASES,
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "mention"),
    [
        pytest.param(*case, id=f"{rule}-{n}")
        for rule, cases in SPEAKER_AND_MENTION_RULES.items()
        for n, case in enumerate(cases)
    ],
)
def test_speaker_and_mention_rule(nlp, text, fragment, speaker, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.speaker.mention.text == mention


# A pronoun speaker in a clause embedded under the same person, named, as subject ("X
# attacks what he calls ...") is marked at the name; a clause joined by "but" or
# "when" is a report of its own and keeps its pronoun.
NAMED_SUBJECT_ABOVE_CASES = [
    ("Senator Ted Lamb spoke in Iowa on Friday, and the crowd cheered.\n\n"
     "Lamb has long fought what he calls the “Capitol club” and painted himself as a "
     "stranger to it, while seeking help from fellow senators.", "Capitol club", "Lamb"),
    ("Maria Marsh is running for governor.\n\nShould she win, Marsh has indicated she "
     "would try to rein in the press, pledging to “open up” the records laws.", "open up", "Marsh"),
    ("The Greenfield Farmers Union sued the state in May.\n\nThe Greenfield Farmers Union "
     "hopes to persuade the judges that they must bring back the “harvest week” that "
     "lawmakers cut.", "harvest week", "The Greenfield Farmers Union"),
    # a subject named by a description; the clause under a preposition ("apart from what")
    ("The Dalton campaign released a new ad on Monday.\n\nThe Dalton campaign is trying to "
     "set its plan apart from what they call Mayor Ann Ray's “empty promises.”",
     "empty promises", "The Dalton campaign"),
    ("Governor Lee Marsh spoke after the funeral.\n\nMarsh praised the police, but he also "
     "noted the “needless, painful losses” of the past year.", "needless", "he"),
    ("Tom Carver spoke in Ohio on Friday.\n\nCarver went after his rival at the debate, when "
     "he called the plan “a fraud.”", "a fraud", "he"),
    # the same pronoun as the subject above binds to it: marked at the first
    ("The Ray campaign pulled its ad on Monday.\n\nIt is now attacking what it calls the "
     "mayor's “dark money” network.", "dark money", "It"),
    ("Tom Carver left the stage early.\n\nHe has long fought what he calls a “rigged” "
     "primary.", "rigged", "He"),
    ("Ann Ray lost the vote.\n\nShe is now fighting what she calls the “phony” count.",
     "phony", "She"),
    # a relative clause on an object is a report of its own
    ("Tom Carver left the stage early.\n\nHe later praised the plan, which he described "
     "as “a real start.”", "a real start", "he"),
]  # fmt: skip


# A cue declined or refused with nothing said, and the writer's "and I quote", introduce no
# one's words: the sentence's own speaker does.
NO_WORDS_CUE_CASES = [
    ("Dana Ruiz, who declined to comment on Tuesday, proposes new wording for the "
     "plank: “The party stands with all workers.”", "The party stands", "Dana Ruiz"),
    ("Lee Park, who refused to comment on the deal, offered a hint instead: “Wait for "
     "the vote.”", "Wait for the vote", "Lee Park"),
    ("The council met on Monday.\n\nNo wonder Mayor Bell said, and I quote, “Our parks "
     "come first.” He is wrong.", "Our parks", "Mayor Bell"),
]  # fmt: skip

# "Here's X ...:" presents the speaker of the quote after the colon.
PRESENTED_SPEAKER_CASES = [
    ("The mayor has changed her tune on taxes, as the critic Lee Park notes.\n\nHere’s Ray "
     "in March 2009: “We will never raise taxes on working families.”", "We will never",
     "Ray"),
    ("Tom Bell once took a very different line on trade, the author teases.\n\nHere’s Bell "
     "in a 1998 speech: “Free trade lifts every town.”", "Free trade", "Bell"),
    ("The governor says he never backed the plan.\n\nHere is Governor Lee Marsh at a rally "
     "last fall: “This plan is the best thing for our state.”", "This plan",
     "Governor Lee Marsh"),
]  # fmt: skip

# A heading set off by a dash glued to the next word ("-More from X:") still leaves the
# name before the colon bare.
GLUED_DASH_COLON_CASES = [
    ("Young voters stayed home in the county this time -More from Ann Ray: “Our survey "
     "shows a steady drop in turnout among students.”", "Our survey", "Ann Ray"),
    ("Rural turnout was the story of the night -Analysis from Tom Bell: “The small towns "
     "came out in force for the governor.”", "The small towns", "Tom Bell"),
]  # fmt: skip

# "X, an aide said, “...”": a tag set off by commas in mid-sentence, with no comma
# closing an apposition before the cue, is said by the words before the cue.
INTERJECTED_TAG_CASES = [
    ("The debate is next week.\n\nRay, a senior aide said, “is very calm, very calm about the "
     "contrast” between her and Bell, and since 2010 she has often told her staff that she "
     "enjoys it.", "is very calm", "a senior aide"),
    ("The debate is next week.\n\nBell, a campaign aide said, “is feeling good, really good "
     "about the matchup” with Ray, and he has been practicing every night.", "is feeling good",
     "a campaign aide"),
    ("The vote is on Friday.\n\nMarsh, a close adviser said, “is not worried, not worried at "
     "all about the count” in the House, and she has said so in private for weeks.",
     "is not worried", "a close adviser"),
    ("The board met on Monday.\n\nMarsh, a former mayor, said, “We need more time.”",
     "We need more time", "Marsh"),
]  # fmt: skip

# A pronoun speaker whose own clause a tag set off by commas interrupts ("..., Ray wrote,
# she ...") is marked at the tag's subject when it is the same person or the same pronoun;
# a pronoun in a clause of its own after the tag ("although ... she called it") keeps its
# mark. The mention is named by the text that opens with it (the marker).
INTERJECTED_PRONOUN_CASES = [
    ("Ann Ray spent the winter in Maine.\n\nAnd in those cold months, Ray wrote, she started "
     "calling the house “the ice palace.”", "the ice palace", "Ray wrote"),
    ("Tom Bell spoke to reporters on Friday.\n\nNor, he said, did he ever call the plan “a "
     "done deal.”", "a done deal", "he said,"),
    ("Mayor Lee Park took questions at the library.\n\nBack then, Park recalled, he used to "
     "call the budget “a bad joke.”", "a bad joke", "Park recalled"),
    ("Ann Ray spoke at the mill.\n\nOver the years, she said, the town has changed a lot, "
     "although at the mention of the mill she sighed and called it “a ghost.”", "a ghost",
     "she sighed"),
    ("Tom Bell spoke at the mill.\n\nLater that night, an aide said, he called the vote “a "
     "disgrace.”", "a disgrace", "an aide said"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "marker"), INTERJECTED_PRONOUN_CASES)
def test_pronoun_under_an_interjected_tag(nlp, text, fragment, marker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.start == text.index(marker)
    assert marker.startswith(quote.speaker.mention.text)


# A colon sentence whose subject stands before a quoted title in its own phrase still
# speaks through that subject.
COLON_SUBJECT_BEFORE_TITLE_CASES = [
    ("The candidates were asked about their habits.\n\nAnn Ray, the mayor and former host "
     "of the radio show “Morning Talk,” named a film as her favorite: “Casablanca” — and she "
     "has seen it ten times.", "Casablanca", "Ann Ray"),
    ("The panel took questions from readers.\n\nTom Bell, the author of the novel “Long "
     "Road,” gave his advice to young writers: “Read everything, and write every day.”",
     "Read everything", "Tom Bell"),
]  # fmt: skip

# A colon sentence speaks through the subject of the clause the colon closes ("so loud that
# I had to ..."), not a relative clause's nor a reported one's; the narrator "I" speaks too.
COLON_CLOSING_CLAUSE_CASES = [
    ("The crowd grew so loud that I had to raise my voice: “Please sit down and let the "
     "speaker finish.”", "Please sit down", "I"),
    ("Ann Ray waved at the reporters so often that her aides finally gave the answer: “She "
     "will not run again.”", "She will not", "her aides"),
    ("I sat with the council for an hour. I gave them my answer: “We will not sign this "
     "deal.”", "We will not", "I"),
    ("Tom Bell offered a line for which he later apologized: “We will shut the old plants "
     "down.”", "We will shut", "Tom Bell"),
    ("Ann Ray imagined the mayor was thinking: “What have I done to this town?”",
     "What have I", "Ann Ray"),
]  # fmt: skip

# "“...?” X can be heard asking": a tag whose cue goes on from a verb of hearing.
HEARD_TAG_CASES = [
    ("The video was posted on Monday.\n\n“Will you raise taxes next year?” a student can be "
     "heard asking Ray after the town hall.", "Will you raise", "a student"),
    ("The tape surfaced this week.\n\n“Get them out of here!” the senator was heard shouting "
     "at the back of the hall.", "Get them out", "the senator"),
]  # fmt: skip

# "“...,” came shouts from X": an utterance coming from someone names its speaker.
COMING_UTTERANCE_CASES = [
    ("The chairman ruled that the motion had failed.\n\n“Count the "
     "votes,” came cries from the delegates, as the hall grew louder.", "Count the votes",
     "the delegates"),
    ("The senator asked whether anyone objected.\n\n“We do,” came the reply from the "
     "minority leader.", "We do", "the minority leader"),
]  # fmt: skip


# A sentence whose main verb stands in a quoted fragment ("she was “rushed off”") still has
# its subject outside the marks: a participle clause before it ("After saying ...") shares it.
QUOTED_MAIN_VERB_CASES = [
    ("Mayor Ann Ray wrote about the injury in her memoir.\n\nAfter saying her knee was “so "
     "stiff I could hardly walk,” she was “rushed … off to the clinic” for tests.", "so stiff",
     "she"),
    ("Senator Tom Bell, despite admitting that he had doubts about “lawyers out to get rich,” "
     "the families “deserve a day in court” and he will vote for it.", "lawyers out",
     "Senator Tom Bell"),
]  # fmt: skip


# A fragment in a deed the reporter only supposes ("the coaches should be fired by having
# “...”"), under a verb of saying or thinking, is the reporter's; so under "questioning
# whether ... would have".
SUPPOSED_DEED_CASES = [
    ("Pastor Tom Bell spoke on his radio show.\n\nHe then implied that the coaches should "
     "be fired, specifically by having “their whistles taken away” for good.", "their whistles",
     "He"),
    ("Pastor Tom Bell believes that the coaches should be punished by having “their whistles "
     "taken away” for good.", "their whistles", "Pastor Tom Bell"),
    ("Governor Tom Bell is questioning whether Mayor Lee Park would have marched in the "
     "parade “if it were held on a weekday.”", "if it were", "Governor Tom Bell"),
    ("It is odd that Tom Bell would attack “the new plan” now.", "the new plan", "Tom Bell"),
]  # fmt: skip


# Words quoted between a person's possessive and a noun of saying they modify are that
# person's (Ray's “no new taxes” pledge), and so is the whole quoted object of "of" after a
# noun a person possesses (Ray's use of “...”).
POSSESSED_QUOTE_CASES = [
    ("Unions have fought the tax for years. It is the lasting pull of Governor Ann Ray's "
     "“if your school works, nobody will close it” promise: parents still trust that.",
     "if your school", "Governor Ann Ray"),
    ("Tom Bell's “fifty cents” comment was nearly as harsh as the rest of the speech.",
     "fifty cents", "Tom Bell"),
    # the whole object of "of" after a noun a person possesses: her use of “...”
    ("As for Ann Ray's botching of “Tripoli,” Tom Bell found it funny.", "Tripoli", "Ann Ray"),
    ("Mayor Lee Park's long embrace of “trickle-down,” the old theory, cost him votes.",
     "trickle-down", "Mayor Lee Park"),
    # also where a verb (of saying or not) above the noun phrase has another subject
    ("The senator’s choice to read from a script and his repeated mangling of “Kyiv” hurt him "
     "with the crowd.", "Kyiv", "his"),
    ("Ann Ray spoke at the plant. Critics cited her decision to read aloud and her use of "
     "“thugs” in the speech.", "thugs", "her"),
]  # fmt: skip


# "portray X as" is a verb of saying like "describe X as"; in "it is common for X to portray",
# the object of the "for" before the infinitive is its subject.
PORTRAY_CASES = [
    ("It is common for pundits to portray the mayor as a “tax-and-spend” liberal.",
     "tax-and-spend", "pundits"),
    ("On Monday, Ann Ray hit back at her rival, portraying Tom Bell as reckless because he "
     "had spent “about $9,000” on flights.", "about $9,000", "Ann Ray"),
]  # fmt: skip


# A participle of saying after a relative clause that already reports its own words goes on
# with the sentence the noun stands in: the main clause's subject speaks, not the relative's.
RELATIVE_REPORT_PARTICIPLE_CASES = [
    ("The governor grew testy when pressed about not paying a builder who said he was owed "
     "thousands after he finished a stadium, saying, “Maybe the roof leaked, and I was not "
     "happy with it.”", "Maybe the roof", "The governor"),
    ("Senator Ann Ray mocked a donor who said she had been snubbed at the gala, saying, "
     "“She was seated where every other guest was seated.”", "She was seated", "Senator Ann Ray"),
    ("Mayor Tom Bell brushed off a vendor who claimed she had been cheated, saying, “We paid "
     "every invoice on time.”", "We paid", "Mayor Tom Bell"),
]  # fmt: skip


# Tables whose cases name only the mention the speaker is marked at.
MENTION_RULES = {
    "portray_reports_and_for_names_the_infinitives_subject": PORTRAY_CASES,
    "a_quote_between_a_possessive_and_a_noun_of_saying": POSSESSED_QUOTE_CASES,
    "a_supposed_deed_under_a_report_is_the_reporters": SUPPOSED_DEED_CASES,
    "a_quoted_main_verb_keeps_its_subject_outside": QUOTED_MAIN_VERB_CASES,
    "a_misread_verb_before_a_colon_is_no_speaker": MISREAD_VERB_COLON_CASES,
    "one_after_an_inverted_cue_speaks": INVERTED_ONE_CASES,
    "capitalised_modal_before_a_tensed_verb_is_a_name": MODAL_NAME_CASES,
    "participle_after_a_speechless_object_is_the_subjects": OBJECT_PARTICIPLE_CASES,
    "a_demonstrative_subject_does_not_take_the_reporters_cue": DEMONSTRATIVE_CLAUSE_CASES,
    "an_as_aside_names_the_source_of_its_clause": AS_ASIDE_CASES,
    "a_pronoun_under_its_named_subject_is_marked_at_the_name": NAMED_SUBJECT_ABOVE_CASES,
    "a_participle_after_an_aside_in_dashes_goes_with_the_sentence": DASH_ASIDE_PARTICIPLE_CASES,
    "a_preposition_date_or_earlier_object_is_no_subject": MISREAD_SUBJECT_CASES,
    "a_thing_named_by_a_participle_is_not_who_names_it": NAMED_THING_CASES,
    "a_participle_after_an_events_course_is_the_main_subjects": EVENT_SCENE_PARTICIPLE_CASES,
    "a_share_of_respondents_answers_through_the_poll": POLL_SHARE_CASES,
    "a_cue_that_reports_no_words_introduces_no_quote": NO_WORDS_CUE_CASES,
    "here_is_x_before_a_colon_presents_the_speaker": PRESENTED_SPEAKER_CASES,
    "a_name_after_a_glued_dash_before_a_colon_speaks": GLUED_DASH_COLON_CASES,
    "a_tag_set_off_by_commas_mid_sentence_is_its_own_subjects": INTERJECTED_TAG_CASES,
    "a_colon_sentences_subject_before_a_quoted_title_speaks": COLON_SUBJECT_BEFORE_TITLE_CASES,
    "a_tag_heard_saying_names_the_speaker": HEARD_TAG_CASES,
    "an_utterance_coming_from_someone_is_theirs": COMING_UTTERANCE_CASES,
    "a_participle_after_a_relative_report_goes_with_the_sentence": RELATIVE_REPORT_PARTICIPLE_CASES,
    "a_colon_sentence_speaks_through_the_clause_the_colon_closes": COLON_CLOSING_CLAUSE_CASES,
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        pytest.param(*case, id=f"{rule}-{n}")
        for rule, cases in MENTION_RULES.items()
        for n, case in enumerate(cases)
    ],
)
def test_mention_rule(nlp, text, fragment, mention):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.mention.text == mention


# An utterance a sentence runs into after a clause of its own (", “...”", ": “...”") is that
# sentence's: the last report before the sentence does not lead it in.
OWN_CLAUSE_NOT_LED_IN_CASES = [
    ("Tom Bell announced a new round of layoffs in March.\n\nThat spring, the group backing "
     "Ann Ray premiered a short film, “Working Hands,” in which she walks a factory floor.",
     "Working Hands", None),
    ("Tom Bell announced a new round of layoffs in March.\n\nThat spring, the union that "
     "backs Ann Ray released its verdict: “She is the only choice for workers.”",
     "She is the only", None),
    ("Tom Bell spoke briefly at the pier. “We will rebuild every house on this street.”",
     "We will rebuild", "Tom Bell"),
]  # fmt: skip


# Tables in which some cases expect no speaker at all (None).
SPEAKER_OR_NONE_RULES = {
    "fragment_takes_its_clause_subject": CLAUSE_SUBJECT_CASES,
    "short_tag_with_any_verb": TAG_VERB_CASES,
    "dash_signature_names_the_speaker": SIGNATURE_CASES,
    "a_tag_inside_a_quote_left_open": UNCLOSED_TAG_CASES,
    "a_phrase_ending_in_a_name_before_a_colon_is_no_title": NOT_A_TITLE_COLON_CASES,
    "quote_introduced_by_a_clause": INTRODUCED_CASES,
    "tag_after_closed_quote_with_long_subject": TAG_SUBJECT_CASES,
    "quotes_continue_across_a_paraphrase_paragraph_about_the_speaker": BRIDGED_CONTINUATION_CASES,
    "a_comma_after_a_whole_clause_introduces_an_utterance": COMMA_AFTER_CLAUSE_CASES,
    "an_utterance_after_a_clause_of_its_own_is_not_led_in": OWN_CLAUSE_NOT_LED_IN_CASES,
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(*case, id=f"{rule}-{n}")
        for rule, cases in SPEAKER_OR_NONE_RULES.items()
        for n, case in enumerate(cases)
    ],
)
def test_speaker_or_none_rule(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert (quote.speaker.name if quote.speaker else None) == speaker


# An outlet credited in a short clause closing the sentence ("..., the Ledger reports.")
# relays the quote: the speaker stays the one whose cue governs it, the outlet joins the chain.
OUTLET_CREDIT_CASES = [
    ("“The levee will hold,” said Ann Ray, head of the county water board, reports the "
     "Valley Ledger.", "The levee will hold", "Ann Ray", ["Ann Ray", "Valley Ledger"]),
    ("Mayor Tom Bell said the plan was “dead on arrival,” adding that he would veto it, the "
     "Daily Ledger reported.", "dead on arrival", "Tom Bell", ["Tom Bell", "Daily Ledger"]),
    # a report with words of its own is no closing credit
    ("“The levee will hold,” Ann Ray said, and the Valley Ledger reported her words.",
     "The levee will hold", "Ann Ray", ["Ann Ray"]),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "chain"), OUTLET_CREDIT_CASES)
def test_outlet_closing_the_sentence_relays_the_quote(nlp, text, fragment, speaker, chain):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None and quote.speaker.name == speaker
    names = [hop.name for hop in quote.chain[:-1]]  # the document's voice closes every chain
    assert [n.removeprefix("the ") for n in names] == chain


# A fragment a verb of characterising frames (summed up X as, dubbed, labeled, attacked X for
# being) is a mixed quote of that verb's subject, or of a passive's "by" agent; naming with no
# one doing it (will be dubbed, known as) and a title beside the frame stay speakerless.
CHARACTERISING_CASES = [
    ("Ann Ray lashed out at Tom Bell, whom she dubbed “the sleepy mayor.”",
     "the sleepy mayor", "Ann Ray", QuoteKind.MIXED),
    ("Governor Ann Ray attacked her rival for being a “career politician.”",
     "career politician", "Ann Ray", QuoteKind.MIXED),
    ("“We will win,” Ann Ray said at the rally. Later, Ray summed up the mayor as “lazy,” and "
     "left the stage.", "lazy", "Ann Ray", QuoteKind.MIXED),
    ("“We will win,” Ann Ray said at the rally. Later, Ray identified the donor as “foreign,” "
     "which was false.", "foreign", "Ann Ray", QuoteKind.MIXED),
    ("The audit, often labeled as a “hatchet job” by Democrats, was released on Friday.",
     "hatchet job", "Democrats", QuoteKind.MIXED),
    ("The new fund will be dubbed the “Better Streets Fund” next year.",
     "Better Streets Fund", None, QuoteKind.TERM),
    ("The governor, known as “the Hammer,” spoke on Monday.", "the Hammer", None, QuoteKind.TERM),
    ("The studio cast Tom Bell as the villain in the “Dark River” sequel.",
     "Dark River", None, QuoteKind.SCARE),
    ("The plant is referred to as “the Beast” by workers.", "the Beast", None, QuoteKind.TERM),
    ("The so-called “red tape caucus” met on Friday.", "red tape caucus", None, QuoteKind.SCARE),
    # a nickname inside a name is a term, whatever cue the sentence has
    ("Former sheriff Robert “Bobby” Hale told the panel the jail was full.", "Bobby", None,
     QuoteKind.TERM),
    ("The coach, Ann 'Annie' Vance, said on Friday that the team would rebuild.", "Annie", None,
     QuoteKind.TERM),
]  # fmt: skip


# A word or two in marks in a sentence of its own whose subject is the last speaker again is
# that speaker's word; under another subject, or capitalised (a name, a title), a scare quote.
SPEAKERS_OWN_SHORT_FRAGMENT_CASES = [
    ("“We will win,” Ann Ray said at the rally. Then she turned to the “lazy” mayor and his "
     "budget.", "lazy", "Ann Ray", QuoteKind.MIXED),
    ("“The budget is broken,” Tom Bell told reporters. Later he went after the “reckless” "
     "council.", "reckless", "Tom Bell", QuoteKind.MIXED),
    ("“We will win,” Ann Ray said at the rally. The crowd then booed the “lazy” mayor and his "
     "budget.", "lazy", None, QuoteKind.SCARE),
    ("“We will win,” Ann Ray said at the rally. Later, Ray appeared on “Morning Show” with her "
     "husband.", "Morning Show", None, QuoteKind.SCARE),
]  # fmt: skip


# "known as “...”" names something; "known to be “...”" says what someone is, in the words of
# whoever governs the clause.
KNOWN_TO_BE_CASES = [
    ("Ann Ray told the crowd she has been known to be “stubborn” at times.",
     "stubborn", "Ann Ray", QuoteKind.MIXED),
    ("The mill, known locally as “the Beast,” closed in May.", "the Beast", None, QuoteKind.TERM),
]  # fmt: skip


# A text that "indicated" a clause speaks the fragment in it; a participle of saying at the end
# of a chain of participles shares the subject of the clause the chain hangs off.
PARTIAL_QUOTE_CUE_CASES = [
    ("The report indicated the dam was in “urgent need” of repair.", "urgent need",
     "The report", QuoteKind.MIXED),
    ("Tom Bell has softened his attacks on the mayor, shifting his focus to winning the county "
     "and admitting that his “grand plan” will likely fail.", "grand plan", "Tom Bell",
     QuoteKind.MIXED),
    ("Ann Ray, who skipped the dinner, has dropped her feud with Bell, turning her fire to "
     "beating Ames and conceding that her “bold agenda” may never pass.", "bold agenda",
     "Ann Ray", QuoteKind.MIXED),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "speaker", "kind"),
    CHARACTERISING_CASES
    + SPEAKERS_OWN_SHORT_FRAGMENT_CASES
    + KNOWN_TO_BE_CASES
    + PARTIAL_QUOTE_CUE_CASES,
)
def test_fragment_speaker_and_kind(nlp, text, fragment, speaker, kind):
    """A fragment is a speaker's mixed quote, or a term or scare quote with no speaker."""
    quote = quote_starting(nlp, text, fragment)
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert quote.kind is kind


# The tagger's PERSON/ORG split is unreliable: a name written with a known given name is a
# person's however it is tagged, and a name a person bears once in a document is a person's
# in all of it ("Okafor" after "Wendell Okafor"), so that one person is one entity.
PERSON_TAGGED_ORGANISATION_CASES = [
    ("The debate was loud. Carly Ostrow said the senator “will say anything to win.”",
     "will say anything", "Carly Ostrow"),
    ("Wendell Okafor said the board “failed every voter.” Okafor, speaking to reporters, "
     "said, “Nobody waited less than three hours.”", "failed every voter", "Wendell Okafor"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), PERSON_TAGGED_ORGANISATION_CASES)
def test_a_person_tagged_an_organisation_speaks_as_a_person(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.PERSON)


# An office, a trade or a job written capitalised before a name is no part of it: the
# speaker is "Joe Lombard", not "Clark County Sheriff Joe Lombard" (a trade that is also a
# surname, "Baker", only before a given name and a surname).
LABELLED_NAME_CASES = [
    ("Governor Ann Hollis spoke first.\n\n“The videos show intent,” Clark County Sheriff Joe "
     "Lombard said.", "The videos", "Joe Lombard"),
    ("“We made some mistakes,” Pima County Recorder Helen Purdy said on Tuesday.", "We made",
     "Helen Purdy"),
    ("Librarian Tom Keane said the new rules were “a mess for readers.”", "a mess", "Tom Keane"),
    ("Baker Tom Bell said the price of flour was “simply too dear.”", "simply too", "Tom Bell"),
    ("Striker Luis Ferro scored twice. “The ball just fell to me,” Ferro said.", "The ball",
     "Luis Ferro"),
    # nor is a post-nominal written after it without a comma
    ("Tom Bell MP said the closure of the line was ‘a betrayal of the north’.", "a betrayal",
     "Tom Bell"),
    ("“It takes an election,” said Senate Majority Whip Dan Corbin in an interview.",
     "It takes", "Dan Corbin"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), LABELLED_NAME_CASES)
def test_a_label_before_a_name_is_no_part_of_the_speakers_name(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.PERSON)


# A name apposed to a noun of a body ("the state news agency") is an organisation's, however
# the tagger reads it.
BODY_SPEAKER_CASES = [
    ("“The admiral is simply wrong,” Tanjug, the official Serbian news agency, wrote.",
     "The admiral", "Tanjug"),
    ("“The admiral is simply wrong,” Kelmora, the state news agency, wrote on Monday.",
     "The admiral", "Kelmora"),
]  # fmt: skip


# A name in mixed case ending in an acronym is a body's ("Forward Ohio PAC", "Junge FDP"),
# whatever the tagger says of its other words.
BODY_SPEAKER_CASES += [
    ("Forward Ohio PAC, a group backing the mayor, said in an email: “We will not stop.”",
     "We will", "Forward Ohio PAC"),
    ("In 2013 the party's youth wing, Junge FDP, went further. The Junge FDP launched a "
     "campaign with the slogan “Stop the tax.”", "Stop", "Junge FDP"),
]  # fmt: skip


# A body's name the sentence shows as a body's, whatever the tagger says: an online
# platform; a name credited with a finding ("X found that", "as X put it", "a report by X")
# that the tagger calls no person; one with a relative "which"; one labelled by a body's noun
# ("the nonprofit X"); a phrase ending in an acronym ("Sunny PAC"); a body named after a
# person ("the Ann Ray Foundation"), whose given name makes it no person's; a source cited
# by a name that opens with a place ("according to Nevada Hour").
BODY_SPEAKER_CASES += [
    ("“We will review every report,” Twitter said on Tuesday. Twitter has long resisted "
     "such calls.", "We will", "Twitter"),
    ("Within an hour, Facebook had switched on its “safety check” tool for the city.",
     "safety", "Facebook"),
    ("The plan drew jeers all week. As Pulse put it, “the ballot is a mess.”", "the ballot",
     "Pulse"),
    ("Voters are tired. In 2012, Pulse found that “most voters never read the ballot.”",
     "most", "Pulse"),
    ("It was a report by Maddox that called the plan “reckless and rushed.”", "reckless",
     "Maddox"),
    ("Veritax, which tracks lobbying, called the deal “a giveaway to insiders.”",
     "a giveaway", "Veritax"),
    ("“The levy is a handout to the worst plants,” wrote the nonprofit Greenmark.",
     "The levy", "Greenmark"),
    ("Sunny PAC, run by a former aide, called the ad “a lie from start to finish.”", "a lie",
     "Sunny PAC"),
    ("Blue Dawn PAC called the ad “a lie from start to finish.”", "a lie", "Blue Dawn PAC"),
    ("The Ann Ray Foundation said it was “deeply saddened” by the ruling. Ann Ray died in "
     "2010.", "deeply", "The Ann Ray Foundation"),
    # a source of "according to" whose name opens with a place the document names
    ("Lawmakers in Nevada met on Friday. The bill is “dead on arrival,” according to Nevada "
     "Hour.", "dead on", "Nevada Hour"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), BODY_SPEAKER_CASES)
def test_a_name_apposed_to_a_body_noun_speaks_as_an_organisation(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.ORGANIZATION)


# The same shapes stay a person's where the document names the person in full, and a
# title is no body's noun.
PERSON_NOT_BODY_CASES = [
    ("Ann Pulse studied the rolls for years. As Pulse put it, “the ballot is a mess.”",
     "the ballot", "Ann Pulse"),
    ("Lena Maddox wrote it up for the board. It was a report by Maddox that called the plan "
     "“reckless and rushed.”", "reckless", "Lena Maddox"),
    ("Ted Veritax, who tracks lobbying, called the deal “a giveaway to insiders.”",
     "a giveaway", "Ted Veritax"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), PERSON_NOT_BODY_CASES)
def test_a_person_credited_like_a_body_stays_a_person(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.PERSON)


# "said Army Capt. Ann Ray": the parser ends the sentence at the rank's full stop and makes
# the rank (or an ordinal before it, "1st Lt.") the subject; the person after it speaks.
CUT_TITLE_CASES = [
    ("Some of those polled shared their doubts.\n\n“The candidates do not understand the "
     "army,” said Army Capt. Dana Whitlow, who plans to skip the vote.", "The candidates",
     "Dana Whitlow"),
    ("“I really hoped for a better field,” remarked Air Force 1st Lt. Corey Brandvold. “I "
     "wanted more.”", "I really", "Corey Brandvold"),
    ("“We are already at war with them,” said the base's spokesman Navy Capt. Jeff Dorsey, "
     "who took questions on the plan.", "We are already", "Jeff Dorsey"),
    ("“We will hold the line,” said Marine Sgt. Maria Okafor after the drill.", "We will hold",
     "Maria Okafor"),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), CUT_TITLE_CASES)
def test_a_rank_cut_at_its_full_stop_gives_way_to_the_name_after_it(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, EntityKind.PERSON)


# A transcript's label in capitals names its speaker in title case ("LOWE:" is Lowe), a role
# as a description ("MODERATOR:"), and a medium no one ("VIDEO:" is no speaker's name).
TRANSCRIPT_LABEL_CASES = [
    ("The exchange went on.\n\n“LOWE: Because nobody else would.”", "LOWE",
     ("Lowe", EntityKind.PERSON)),
    ("The debate grew heated.\n\n“MODERATOR: Time is up, senator.”", "MODERATOR",
     ("moderator", EntityKind.UNNAMED)),
    ("The exchange went on.\n\n“VIDEO: Each of them said the fire was an accident.”", "VIDEO",
     None),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker"), TRANSCRIPT_LABEL_CASES)
def test_a_transcript_label_names_a_person_a_role_or_no_one(nlp, text, fragment, speaker):
    quote = quote_starting(nlp, text, fragment)
    found = (quote.speaker.name, quote.speaker.kind) if quote.speaker is not None else None
    assert found == speaker


# A few words opening a sentence in marks, the sentence running on after the closing mark,
# name a thing (a show, a slogan, a nickname): not a whole utterance, so no speaker; after a
# headline's colon they are the named person's words. A fragment that modifies the speaker's
# own noun ("“Night Desk” anchor Ann Ray") describes the speaker and is not their words.
WOVEN_NAME_CASES = [
    ("‘Harbor Lights’ actor joins the race for mayor.", "Harbor Lights", None, QuoteKind.SCARE),
    ("'Sticky Fingers' has become the most streamed show of the month.", "Sticky Fingers",
     None, QuoteKind.SCARE),
    ("“Quiet Storm” host Dana Pruitt said on Friday that she would retire.", "Quiet Storm",
     None, QuoteKind.SCARE),
    ("Lena Okoro: ‘No Chance’ The Levy Passes This Year.", "No Chance", "Lena Okoro",
     QuoteKind.DIRECT),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "speaker", "kind"), WOVEN_NAME_CASES)
def test_a_name_woven_into_its_sentence_has_no_speaker(nlp, text, fragment, speaker, kind):
    """A short quote opening a sentence that runs on is a name, not an utterance."""
    quote = quote_starting(nlp, text, fragment)
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert quote.kind is kind
