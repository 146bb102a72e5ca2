"""Tests for quotebase.extract.names: one entity per real person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotebase.extract.names import (
    AMBIGUOUS_NICKNAMES,
    NICKNAMES,
    KnownEntity,
    NameKey,
    canonical_form,
    cluster_names,
    fold,
    full_names_written,
    is_nickname,
    is_person_name,
    lookup_keys,
    match_entity,
    name_key,
    name_surface,
    same_person,
    strip_titles,
)

STRIP_CASES = [
    # civil, military and religious titles
    ("Maj. Gen. Qasem Soleimani", "Qasem Soleimani"),
    ("General Suleimani", "Suleimani"),
    ("Haji Qassem", "Qassem"),
    ("Hajji Qassem", "Qassem"),
    ("Ambassador Ryan Crocker", "Ryan Crocker"),
    ("Ambassador Seyed Hossein Mousavian", "Seyed Hossein Mousavian"),
    ("Ayatollah Khamenei", "Khamenei"),
    ("Grand Ayatollah Ali al-Sistani", "Ali al-Sistani"),
    ("President George W. Bush", "George W. Bush"),
    ("Vice President Dick Cheney", "Dick Cheney"),
    ("Secretary of State John Kerry", "John Kerry"),
    ("Prime Minister Nouri al-Maliki", "Nouri al-Maliki"),
    ("Lt. Gen. Michael Flynn", "Michael Flynn"),
    ("Adm. Mike Mullen", "Mike Mullen"),
    ("Col. Ali", "Ali"),
    ("Sheikh Hassan Nasrallah", "Hassan Nasrallah"),
    # an executive office after the company's name: "<Company> CEO <Name>"
    ("Northwind CEO Dana Ruiz", "Dana Ruiz"),
    ("Former Acme-Works CFO Lee Park", "Lee Park"),
    ("Imam Khomeini", "Khomeini"),
    ("Judge Jeanine Pirro", "Jeanine Pirro"),
    ("Justice Ruth Bader Ginsburg", "Ruth Bader Ginsburg"),
    ("Mr. Obama", "Obama"),
    ("Mrs. Clinton", "Clinton"),
    ("Dr. Ben Carson", "Ben Carson"),
    ("Sen. Ted Cruz", "Ted Cruz"),
    ("Rep. Nancy Pelosi", "Nancy Pelosi"),
    ("Gov. Chris Christie", "Chris Christie"),
    # a place or department before the title
    ("New Jersey Gov. Chris Christie", "Chris Christie"),
    ("Labor Secretary Thomas Perez", "Thomas Perez"),
    ("Chief of Staff Reince Priebus", "Reince Priebus"),
    # lower-case descriptors and appositives before the name
    ("former President Bill Clinton", "Bill Clinton"),
    ("his daughter Ivanka Trump", "Ivanka Trump"),
    ("Republican presidential candidate Donald Trump", "Donald Trump"),
    ("Sanders campaign manager Jeff Weaver", "Jeff Weaver"),
    ("Media Research Center’s Bozell", "Bozell"),
    # tails: party and state, age, place, the rest of the clause
    ("Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders"),
    ("Sen. Bernie Sanders of Vermont", "Bernie Sanders"),
    ("Jim Bennett, 57", "Jim Bennett"),
    ("Ortiz for her vote on a doomed measure", "Ortiz"),
    ("Maine Sen. Ann Ray taking the last closing remarks", "Ann Ray"),
    # possessives, straight and curly
    ("Crocker’s", "Crocker"),
    ("Donald Trump's", "Donald Trump"),
    ("Haji Qassem’s", "Qassem"),
    ("Sanders’", "Sanders"),
    # suffixes are kept, degrees dropped
    ("Donald Trump Jr.", "Donald Trump Jr."),
    ("Donald Trump, Jr.", "Donald Trump Jr."),
    # stray quotation marks from the mention's context
    ("’” Sexton", "Sexton"),
    # particles stay in the surname
    ("Nouri al-Maliki", "Nouri al-Maliki"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven"),
    ("Osama bin Laden", "Osama bin Laden"),
    # a title alone is left as it is
    ("President", "President"),
    # a quotation or a date after the name ends it
    ("Lucía Gonzàlez “The mayor kept ignoring", "Lucía Gonzàlez"),
    ("Cecile Richards July 23, 2016", "Cecile Richards"),
    ("Ben Jealous.", "Ben Jealous"),
    # an outlet's possessive, a colon, a capitalised descriptor before the name
    ("CBS News' Charlie Rose", "Charlie Rose"),
    ("The Post’s Chris Cillizza", "Chris Cillizza"),
    ("DailyEx: “Senator Tom Bell (D-Me.)", "Tom Bell"),
    ("Rival Hillary Clinton", "Hillary Clinton"),
    ("Paul Ray's former labor secretary Sam J. Ortiz", "Sam J. Ortiz"),
    # offices and staff roles written capitalised before the name
    ("Assemblywoman Ria Vance", "Ria Vance"),
    ("Secretary-General Ola Berg", "Ola Berg"),
    ("Campaign Spokeswoman Haley Dunn", "Haley Dunn"),
    ("Ray Senior Adviser Sid Lamb", "Sid Lamb"),
    ("Founder Bev Holt", "Bev Holt"),
    ("General Counsel Lev Marsh", "Lev Marsh"),
    ("Secretary-Treasurer Ida Pruitt", "Ida Pruitt"),
    ("Officer Dale Pruitt", "Dale Pruitt"),
    ("Archbishop Aram Sarkis", "Aram Sarkis"),
    # a party or a trade written capitalised before the name
    ("Democrat Ann Ray", "Ann Ray"),
    ("House Republican Tom Mast", "Tom Mast"),
    ("Comedian Gil Lopes", "Gil Lopes"),
    ("Pollster Ann Selby", "Ann Selby"),
    ("Radio Host Dean Pike", "Dean Pike"),
    ("Librarian Tom Keane", "Tom Keane"),
    ("Co-anchor Nora Dunne", "Nora Dunne"),
    ("Retiree Ann Selby", "Ann Selby"),
    # a trade that is also a surname: a label before a given name and a surname only
    ("Baker Tom Bell", "Tom Bell"),
    ("Weaver Ann Ray", "Ann Ray"),
    ("Tom Baker", "Tom Baker"),
    ("Baker Mayhew", "Baker Mayhew"),
    # a player's position before a given name and a surname
    ("Striker Luis Ferro", "Luis Ferro"),
    ("Goalkeeper Ann Ray", "Ann Ray"),
    ("Tom Striker", "Tom Striker"),
    # a post-nominal in capitals written without a comma
    ("Tom Bell MP", "Tom Bell"),
    ("Jane Smith PhD", "Jane Smith"),
    # county and city offices, a party's whip
    ("Pike County Sheriff Joe Lombard", "Joe Lombard"),
    ("County Recorder Helen Purdy", "Helen Purdy"),
    ("City Public Advocate Trish Jaimes", "Trish Jaimes"),
    ("Senate Majority Whip Dan Corbin", "Dan Corbin"),
    # a sentence adverb at a sentence's start is no part of a name
    ("Certainly Ann Ray", "Ann Ray"),
    ("Reportedly Bo Lin", "Bo Lin"),
    # a surname that is also a title's word stays, after a known given name
    ("Representative Dan R. King", "Dan R. King"),
    ("Rita Bishop's", "Rita Bishop"),
    # ... and after an office written before the name, whatever the given name
    ("Sen. Ansel King", "Ansel King"),
    ("Ansel Lee King Jr.", "Ansel Lee King Jr."),
    ("Dr. King Jr.", "King Jr."),
    ("Judge Ferris Bishop (D-Ohio)", "Ferris Bishop"),
    # a plural title shared by coordinated names: "Govs. Ann Ray and Tom Bell"
    ("Govs. Ann Ray", "Ann Ray"),
    ("Drs. Tom Bell", "Tom Bell"),
    # British and police titles
    ("Cllr Margaret Hollis", "Margaret Hollis"),
    ("Councillor Ann Ray", "Ann Ray"),
    ("Det Insp Sarah Long", "Sarah Long"),
    ("Supt Alan Reed", "Alan Reed"),
    ("Baroness Jane Hale", "Jane Hale"),
    ("Dean Phillips", "Dean Phillips"),  # a given name, not the title of a college
]


@pytest.mark.parametrize(("name", "expected"), STRIP_CASES)
def test_strip_titles_removes_titles_descriptors_and_possessives(name: str, expected: str) -> None:
    assert strip_titles(name) == expected


SURFACE_CASES = [
    # what follows the name goes: a headline's verb, a parenthesis, an age, a full stop
    ("Ann Ray Says She Never", "Ann Ray"),
    ("Ray To Voters Worried", "Ray"),
    ("Sen. Ann Ray (D-Me.)", "Sen. Ann Ray"),
    ("Jim Bennett, 57", "Jim Bennett"),
    ("Ben Jealous.", "Ben Jealous"),
    # what stands before a comma, colon or dash ahead of the name goes too
    ("SOME HEADLINE WORDS - Ann Ray", "Ann Ray"),
    # titles, initials and suffixes stay; whitespace is normalised
    ("Maj. Gen. Qasem Soleimani", "Maj. Gen. Qasem Soleimani"),
    ("George W. Bush", "George W. Bush"),
    ("Donald Trump Jr.", "Donald Trump Jr."),
    ("Gov.\xa0Ann  Ray\n", "Gov. Ann Ray"),
    # an office ending in a title stays; a description before the name goes
    ("Senate Majority Leader Ann Ray", "Senate Majority Leader Ann Ray"),
    ("State Party Chairman Ann Ray", "State Party Chairman Ann Ray"),
    ("U.S. District Judge Ann Ray", "U.S. District Judge Ann Ray"),
    ("Secretary of State Ann Ray", "Secretary of State Ann Ray"),
    ("Lee campaign manager Ann Ray", "Ann Ray"),
    ("The Ledger's Ann Ray", "Ann Ray"),
    ("Former Rep. Ann Ray", "Rep. Ann Ray"),
    ("Democratic Gov. Ann Ray", "Gov. Ann Ray"),
    ("A weary Ray", "Ray"),
    ("Ray v. Ray", "Ray"),
    # no name to cut to: as it is
    ("the negotiator", "the negotiator"),
    ("Ray’s campaign", "Ray’s campaign"),
]


@pytest.mark.parametrize(("mention", "expected"), SURFACE_CASES)
def test_name_surface_cuts_a_mention_to_its_name(mention: str, expected: str) -> None:
    assert name_surface(mention) == expected


PERSON_CASES = [
    ("Qasem Soleimani", True),
    ("Ambassador Ryan Crocker", True),
    ("Khamenei", True),
    ("Nouri al-Maliki", True),
    ("George W. Bush", True),
    ("Donald Trump Jr.", True),
    # a middle initial that is also a word: "A." is not the article, "I." not the pronoun
    ("Roberta A. Kaplan", True),
    ("I. Lewis Libby", True),
    ("A Clinton aide", False),
    ("the negotiator", False),
    ("a source", False),
    ("officials", False),
    ("he", False),
    ("He", False),
    ("who", False),
    ("The Washington Post", False),
    ("The White House", False),
    ("Republican", False),
    ("GOP", False),
    # a role before a name is no part of it; the role alone names no one
    ("Spokeswoman Haley Dunn", True),
    ("Spokeswoman", False),
    ("Democrat", False),
    ("CNN", False),
    ("President", False),
    ("Jim Bennett, 57", True),
    ("", False),
    ("2001", False),
    # an indefinite pronoun at a sentence's start
    ("Somebody", False),
    ("Anybody", False),
    # the name modifies another noun: the speaker is not that person
    ("one Clinton aide", False),
    ("Clinton’s campaign", False),
    ("Sanders’ campaign manager", False),
    ("the Vermont senator", False),
    ("the son of former Governor Tom Bell", False),
    ("Pennsylvania Gov.", False),
    ("Virginia Governor", False),
    # a title's word after a known given name is the surname: "Dan King", "Rita Bishop"
    ("Rep. Dan King", True),
    ("Rita Bishop", True),
    ("Tom Major", True),
    # an honorific makes a person of a title's or a common word borne as a surname
    ("Mr. King", True),
    ("Ms. White", True),
    ("Mrs. Post", True),
    ("Mr. President", False),  # a form of address to an office
    # so does a person's office: "Rep. King", "Judge Bishop", "Lt. Gov. Major"
    ("Rep. King", True),
    ("Sen. Bishop’s", True),
    ("Dr. King", True),
    ("Judge Bishop", True),
    ("Gov. Justice", True),
    ("Lt. Gov. Major", True),
    ("Sen. Ansel King", True),
    # a title of two words stays a title: no surname in it
    ("Field Marshal", False),
    ("Chief Justice", False),
    ("Chief Judge", False),
    ("Lt. Governor", False),
    ("Vice President", False),
    ("Sgt. Major", False),
    ("Crown Prince", False),
    ("President Judge", False),
    ("the King", False),
    ("King", False),
    # a known given name before a surname that also names bodies
    ("Ben White", True),
    ("Anna Lee House", True),
    ("Virginia House", False),
    ("The White House", False),
    # sentence openers and quantifiers are not names
    ("Though", False),
    ("Many reporters", False),
    # a document's heading is no speaker ("Transcript as follows:")
    ("Transcript", False),
    # two people's names joined by a hyphen ("the Ann Ray-Tom Bell match") are no one name
    ("Ann Ray-Tom Bell", False),
]


@pytest.mark.parametrize(("name", "expected"), PERSON_CASES)
def test_is_person_name_accepts_names_and_rejects_descriptions(name: str, expected: bool) -> None:
    assert is_person_name(name) is expected


FOLD_SAME = [
    ("Qassem", "Qasem"),  # doubled consonants
    ("Qasem", "Kasim"),  # q/k, inner e/i
    ("Soleimani", "Suleimani"),  # o/u
    ("Soleimani", "Sulaimani"),  # inner ei/ai
    ("Mohammad", "Mohammed"),
    ("Mohammad", "Muhammad"),
    ("Mohammad", "Mohamed"),
    ("Mousavian", "Musavian"),  # ou/u
    ("Hossein", "Hussein"),
    ("Hussein", "Husayn"),  # y as a vowel
    ("Khamenei", "Khamenei"),
    ("Qaddafi", "Qadhafi"),  # dh/d
    ("Abdullah", "Abdulla"),  # silent final h
    ("Fatemeh", "Fatima"),  # Persian -eh / Arabic -a
    ("Ebrahim", "Ibrahim"),  # initial e/i
    ("Omar", "Umar"),
    ("Assad", "Asad"),
    ("Rouhani", "Rohani"),
    ("Ahmadinejad", "Ahmadinezhad"),  # zh/j
    ("Soleymānī", "Soleimani"),  # diacritics
    ("Ladin", "Laden"),
]

FOLD_DIFFERENT = [
    ("Rose", "Ross"),  # an English final e is its own class
    ("Moore", "Murray"),
    ("Scala", "Scalia"),  # final vowel runs keep their letters
    ("Mariano", "Marino"),  # inner vowel runs keep their length
    ("Read", "Reed"),
    ("Bush", "Bash"),  # first vowel classes a / e-i / o-u stay apart
    ("Clinton", "Clanton"),
    ("Hussein", "Hassan"),
    ("Mario", "Maria"),  # final vowels stay apart
    ("Mahmoud", "Muhammad"),
    ("Trump", "Tramp"),
]


@pytest.mark.parametrize(("a", "b"), FOLD_SAME)
def test_fold_meets_transliteration_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), FOLD_DIFFERENT)
def test_fold_keeps_distinct_names_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


@pytest.mark.parametrize("name", ["Jane Smith MP", "Jane Smith QC", "Jane Smith KC"])
def test_post_nominal_letters_are_no_surname(name: str) -> None:
    assert name_key(name).last == name_key("Jane Smith").last
    assert same_person(name, "Ms Smith")


def test_name_key_fields() -> None:
    assert name_key("Maj. Gen. Qasem Soleimani") == name_key("Qassem Suleimani")
    assert name_key("Soleimani") == NameKey(None, fold("Soleimani"), None)
    assert name_key("Donald Trump, Jr.").suffix == "jr"
    assert name_key("George H. W. Bush").middle == ("h", "w")
    assert name_key("Bill Clinton").first == name_key("William Clinton").first
    assert name_key("the negotiator") == NameKey(None, None, None)


SAME_PERSON = [
    # common hypocorisms of one full name
    ("Johnny Vell", "John Vell"),
    ("Debbie Oduya", "Deborah Oduya"),
    ("Becky Ray", "Rebecca Ray"),
    # one man, many forms: titles, transliteration, surname alone, first name alone
    ("Qasem Soleimani", "Maj. Gen. Qasem Soleimani"),
    ("Qasem Soleimani", "Soleimani"),
    ("Qasem Soleimani", "Suleimani"),
    ("Qasem Soleimani", "Qassem Suleimani"),
    ("Qasem Soleimani", "General Suleimani"),
    ("Qasem Soleimani", "Haji Qassem"),
    ("Qasem Soleimani", "Qasem"),
    ("Soleimani", "Suleimani"),
    ("Ryan Crocker", "Crocker"),
    ("Ryan Crocker", "Ambassador Ryan Crocker"),
    ("Crocker’s", "Ryan Crocker"),
    ("Ayatollah Khamenei", "Khamenei"),
    ("President Bush", "George W. Bush"),
    ("George W. Bush", "George Bush"),
    ("George W. Bush", "Bush"),
    ("George W. Bush", "George Walker Bush"),  # an initial meets its name
    ("Seyed Hossein Mousavian", "Mousavian"),
    ("Seyed Hossein Mousavian", "Ambassador Seyed Hossein Mousavian"),
    ("Seyed Hossein Mousavian", "Hossein Mousavian"),  # Seyed is an honorific
    ("Mohammad Javad Zarif", "Javad Zarif"),  # a leading Mohammad is often dropped
    ("Mohammad Javad Zarif", "Muhammad Javad Zarif"),
    # particles
    ("Nouri al-Maliki", "Maliki"),
    ("Nouri al-Maliki", "al-Maliki"),
    ("Bashar al-Assad", "Assad"),
    ("Osama bin Laden", "Usama bin Ladin"),
    # nicknames and middle names
    ("Bill Clinton", "William Jefferson Clinton"),
    ("Hillary Clinton", "Hillary Rodham Clinton"),
    ("Donald Trump", "Donald J. Trump"),
    ("Donald Trump", "Mr. Trump"),
    # Sr. is usually left out; Jr. is not
    ("Donald Trump Jr.", "Donald Trump, Jr."),
    ("Fred Trump Sr.", "Fred Trump"),
    ("Chuck Grassley", "Charles Grassley"),
    ("Geoff Lind", "Geoffrey Lind"),
    ("Doug Pryor", "Douglas Pryor"),
    # two-word surnames read as given name + surname
    ("Wasserman Schultz", "Debbie Wasserman Schultz"),
    ("Le Pen", "Marine Le Pen"),
    ("de Blasio", "Bill de Blasio"),
    ("Abu Laban", "Osman Abu Laban"),
    # Chinese order: family name first, given name alone is the first word
    ("President Xi", "Xi Jinping"),
]

NOT_SAME_PERSON = [
    ("Bush", "Bash"),
    ("George Bush", "George Bash"),
    ("Hillary Clinton", "Bill Clinton"),
    ("Hillary Clinton", "Chelsea Clinton"),
    ("Trump", "Donald Trump Jr."),
    ("Donald Trump", "Donald Trump Jr."),
    ("Donald Trump Jr.", "Donald Trump III"),
    ("Eric Trump", "Ivanka Trump"),
    ("George W. Bush", "George H. W. Bush"),
    ("George W. Bush", "Jeb Bush"),
    ("Qasem Soleimani", "Hassan Soleimani"),
    ("Soleimani", "Qasem"),  # a surname and a first name alone say nothing of each other
    ("Hossein Mousavian", "Hassan Mousavian"),
    ("the negotiator", "the negotiator"),  # descriptions are not people
    ("Crocker", "the negotiator"),
    ("Al Gore", "Gore Vidal"),  # "Al" is a given name, not the particle al-
    ("Rose", "Ross"),
    ("Hasan Rouhani", "Hassan Nasrallah"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person_meets_forms_of_one_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(("a", "b"), NOT_SAME_PERSON)
def test_same_person_keeps_different_people_apart(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert not same_person(b, a)


CLUSTER_CASES = [
    # a full name with a nickname of several full names joins the one other person of its
    # surname whose given name it shortens
    (["Sandra Vell", "Sandy Vell", "Vell"],
     {"Sandra Vell": "Sandra Vell", "Sandy Vell": "Sandra Vell", "Vell": "Sandra Vell"}),
    (["Patrick Oduya", "Pat Oduya"],
     {"Patrick Oduya": "Patrick Oduya", "Pat Oduya": "Patrick Oduya"}),
    # a given name written alone, as a nickname, is the full name's first
    (["Bill Vance", "Bill"], {"Bill Vance": "Bill Vance", "Bill": "Bill Vance"}),
    # a transcript's label in capitals is the one full name of that surname in the text
    (["Jo Ramos", "RAMOS", "CNN"], {"Jo Ramos": "Jo Ramos", "RAMOS": "Jo Ramos", "CNN": "CNN"}),
    (["Ann Ray", "Bo Ray", "RAY"], {"Ann Ray": "Ann Ray", "Bo Ray": "Bo Ray", "RAY": "RAY"}),
    (["RAMOS"], {"RAMOS": "RAMOS"}),
    # a middle initial "A." keeps the whole name, and the surname alone joins it
    (["Ann A. Kellerman", "Kellerman"],
     {"Ann A. Kellerman": "Ann A. Kellerman", "Kellerman": "Ann A. Kellerman"}),
    # the Washington Post seed: every Soleimani form is one man
    (
        ["Maj. Gen. Qasem Soleimani", "Soleimani", "Ryan Crocker", "Crocker", "Suleimani",
         "Haji Qassem", "Haji Qassem’s", "President George W. Bush", "Crocker’s"],
        {"Maj. Gen. Qasem Soleimani": "Qasem Soleimani", "Soleimani": "Qasem Soleimani",
         "Suleimani": "Qasem Soleimani", "Haji Qassem": "Qasem Soleimani",
         "Haji Qassem’s": "Qasem Soleimani", "Ryan Crocker": "Ryan Crocker",
         "Crocker": "Ryan Crocker", "Crocker’s": "Ryan Crocker",
         "President George W. Bush": "George W. Bush"},
    ),
    # the Iran Review seed
    (
        ["Seyed Hossein Mousavian", "Qasem Soleimani", "George W. Bush", "Ambassador Ryan Crocker",
         "Ayatollah Khamenei", "Crocker", "Mousavian", "Khamenei", "President Bush"],
        {"Seyed Hossein Mousavian": "Seyed Hossein Mousavian",
         "Mousavian": "Seyed Hossein Mousavian",
         "Qasem Soleimani": "Qasem Soleimani", "George W. Bush": "George W. Bush",
         "President Bush": "George W. Bush", "Ambassador Ryan Crocker": "Ryan Crocker",
         "Crocker": "Ryan Crocker", "Ayatollah Khamenei": "Khamenei", "Khamenei": "Khamenei"},
    ),
    # the first-seen fullest spelling wins
    (
        ["Suleimani", "Qassem Suleimani", "Qasem Soleimani", "General Suleimani"],
        {"Suleimani": "Qassem Suleimani", "Qassem Suleimani": "Qassem Suleimani",
         "Qasem Soleimani": "Qassem Suleimani", "General Suleimani": "Qassem Suleimani"},
    ),
    # surname alone with no full name: variants still meet each other
    (
        ["Soleimani", "Suleimani", "Soleimani"],
        {"Soleimani": "Soleimani", "Suleimani": "Soleimani"},
    ),
    # a bare surname with two full names of that surname stays on its own
    (
        ["Hillary Clinton", "Bill Clinton", "Clinton"],
        {"Hillary Clinton": "Hillary Clinton", "Bill Clinton": "Bill Clinton",
         "Clinton": "Clinton"},
    ),
    # ... but a gendered title tells a wife from a husband
    (
        ["Ann Ray", "Tom Ray", "Ray", "Mrs. Ray", "Mr. Ray"],
        {"Ann Ray": "Ann Ray", "Tom Ray": "Tom Ray", "Ray": "Ray", "Mrs. Ray": "Ann Ray",
         "Mr. Ray": "Tom Ray"},
    ),
    # a title of the other gender than the one full name: someone else bears the surname,
    # and the surname alone may be either of them
    (
        ["Ann Ray", "President Ray", "Mr. Ray", "Ray"],
        {"Ann Ray": "Ann Ray", "President Ray": "Ray", "Mr. Ray": "Ray", "Ray": "Ray"},
    ),
    # only the first given name tells the gender: "Giovanni Maria" is a man
    (
        ["Giovanni Maria Rossi", "Mr. Rossi"],
        {"Giovanni Maria Rossi": "Giovanni Maria Rossi", "Mr. Rossi": "Giovanni Maria Rossi"},
    ),
    # narrowed by the title to a full name of no known gender: no evidence, stays apart
    (
        ["Ann Ray", "Quill Ray", "Mr. Ray"],
        {"Ann Ray": "Ann Ray", "Quill Ray": "Quill Ray", "Mr. Ray": "Ray"},
    ),
    # a bare surname and one full name of that surname: it attaches
    (
        ["Hillary Clinton", "Clinton", "Hillary"],
        {"Hillary Clinton": "Hillary Clinton", "Clinton": "Hillary Clinton",
         "Hillary": "Hillary Clinton"},
    ),
    # suffixes: "Trump" is the father, not Donald Trump Jr.
    (
        ["Donald Trump", "Donald Trump Jr.", "Trump", "Eric Trump"],
        {"Donald Trump": "Donald Trump", "Donald Trump Jr.": "Donald Trump Jr.",
         "Trump": "Trump", "Eric Trump": "Eric Trump"},
    ),
    (
        ["Donald Trump", "Donald Trump Jr.", "Trump"],
        {"Donald Trump": "Donald Trump", "Donald Trump Jr.": "Donald Trump Jr.",
         "Trump": "Donald Trump"},
    ),
    # the one bearer of a surname is named only with a suffix: the surname alone is them
    (
        ["Adm. Tom B. Bell Jr.", "Admiral Bell", "Bell"],
        {"Adm. Tom B. Bell Jr.": "Tom B. Bell Jr.", "Admiral Bell": "Tom B. Bell Jr.",
         "Bell": "Tom B. Bell Jr."},
    ),
    # two bearers with suffixes: the surname alone stays apart
    (
        ["Ann Ray III", "Paul Ray Jr.", "Ray"],
        {"Ann Ray III": "Ann Ray III", "Paul Ray Jr.": "Paul Ray Jr.", "Ray": "Ray"},
    ),
    # initials: "George Bush" fits both Bushes, so it stays apart; so does "Bush"
    (
        ["George W. Bush", "George H. W. Bush", "George Bush", "Bush"],
        {"George W. Bush": "George W. Bush", "George H. W. Bush": "George H. W. Bush",
         "George Bush": "George Bush", "Bush": "Bush"},
    ),
    # a fuller name absorbs shorter ones
    (
        ["George Bush", "George W. Bush", "Bush"],
        {"George Bush": "George W. Bush", "George W. Bush": "George W. Bush",
         "Bush": "George W. Bush"},
    ),
    # particles
    (
        ["Prime Minister Nouri al-Maliki", "Maliki", "Bashar al-Assad", "Assad"],
        {"Prime Minister Nouri al-Maliki": "Nouri al-Maliki", "Maliki": "Nouri al-Maliki",
         "Bashar al-Assad": "Bashar al-Assad", "Assad": "Bashar al-Assad"},
    ),
    # non-person mentions map to themselves
    (
        ["the negotiator", "he", "Crocker"],
        {"the negotiator": "the negotiator", "he": "he", "Crocker": "Crocker"},
    ),
    # "Bash" is not "Bush"
    (
        ["George W. Bush", "Bash"],
        {"George W. Bush": "George W. Bush", "Bash": "Bash"},
    ),
    # surnames that fold alike: a surname goes to the one who spells it as it is written
    (
        ["Ann Reid", "Tom Reed", "Reid", "Reed"],
        {"Ann Reid": "Ann Reid", "Tom Reed": "Tom Reed", "Reid": "Ann Reid", "Reed": "Tom Reed"},
    ),
    (
        ["Lou Anderson", "Dale Andersen", "Sen. Andersen"],
        {"Lou Anderson": "Lou Anderson", "Dale Andersen": "Dale Andersen",
         "Sen. Andersen": "Dale Andersen"},
    ),
    (
        ["Cal Smith", "Ida Smyth", "Smyth’s"],
        {"Cal Smith": "Cal Smith", "Ida Smyth": "Ida Smyth", "Smyth’s": "Ida Smyth"},
    ),
    # with one bearer only, a variant spelling is still that one: a typo, a transliteration
    (
        ["Tom Reed", "Reid"],
        {"Tom Reed": "Tom Reed", "Reid": "Tom Reed"},
    ),
    # two bearers of one spelling beside another: the surname stays apart
    (
        ["Ann Reid", "Bo Reid", "Tom Reed", "Reid"],
        {"Ann Reid": "Ann Reid", "Bo Reid": "Bo Reid", "Tom Reed": "Tom Reed", "Reid": "Reid"},
    ),
    # a title's or a preposition's word alone is the surname of the one who bears it
    (
        ["Vera Major", "Major"],
        {"Vera Major": "Vera Major", "Major": "Vera Major"},
    ),
    # after an office, a title's word is the surname of the one who bears it
    (
        ["Rep. Dale King", "Rep. King", "King"],
        {"Rep. Dale King": "Dale King", "Rep. King": "Dale King", "King": "Dale King"},
    ),
    (
        ["Judge Ferris Bishop", "Judge Bishop"],
        {"Judge Ferris Bishop": "Ferris Bishop", "Judge Bishop": "Ferris Bishop"},
    ),
    (
        ["Tom From", "From"],
        {"Tom From": "Tom From", "From": "Tom From"},
    ),
    # initials written together, and the first of two surnames written alone
    (
        ["P.J. Ostrow", "Paul Ostrow", "Ostrow"],
        {"P.J. Ostrow": "P.J. Ostrow", "Paul Ostrow": "P.J. Ostrow", "Ostrow": "P.J. Ostrow"},
    ),
    (
        ["Lucia Ibarra Soto", "Ibarra"],
        {"Lucia Ibarra Soto": "Lucia Ibarra Soto", "Ibarra": "Lucia Ibarra Soto"},
    ),
    # "AG" is an office: "AG Ostrow" is Paul Ostrow
    (
        ["AG Ostrow", "Paul Ostrow"],
        {"AG Ostrow": "Paul Ostrow", "Paul Ostrow": "Paul Ostrow"},
    ),
    # where the text writes "Sr." for the father, the name alone (and the surname) is the son
    (
        ["Rep. Tom Bell", "Bell", "Tom Bell Sr."],
        {"Rep. Tom Bell": "Tom Bell", "Bell": "Tom Bell", "Tom Bell Sr.": "Tom Bell Sr."},
    ),
    # (the surname alone beside the father only is his)
    (["Tom Bell Sr.", "Bell"], {"Tom Bell Sr.": "Tom Bell Sr.", "Bell": "Tom Bell Sr."}),
]  # fmt: skip


@pytest.mark.parametrize(("names", "expected"), CLUSTER_CASES)
def test_cluster_names_maps_forms_to_display_name(
    names: list[str], expected: dict[str, str]
) -> None:
    assert cluster_names(names) == expected


CANONICAL_CASES = [
    (["Soleimani", "Maj. Gen. Qasem Soleimani", "Qassem Suleimani"], "Qasem Soleimani"),
    (["Qassem Suleimani", "Qasem Soleimani", "Qasem Soleimani"], "Qasem Soleimani"),
    (["Crocker", "Ambassador Ryan Crocker", "Crocker’s"], "Ryan Crocker"),
    (["President Bush", "George Bush", "George W. Bush"], "George W. Bush"),
    (["Ayatollah Khamenei", "Khamenei"], "Khamenei"),
    (["the negotiator"], "the negotiator"),
    # the fullest name, without the company and office written before it
    (["Acme-Works CEO Dana Ruiz", "Ruiz", "Dana Ruiz"], "Dana Ruiz"),
    (["Spokeswoman Haley Dunn", "Dunn"], "Haley Dunn"),
    (["Democrat Ann Ray", "Ray"], "Ann Ray"),
    (["Certainly Ann Ray", "Ann Ray"], "Ann Ray"),
    ([], ""),
]


@pytest.mark.parametrize(("names", "expected"), CANONICAL_CASES)
def test_canonical_form_is_fullest_then_commonest_then_first(
    names: list[str], expected: str
) -> None:
    assert canonical_form(names) == expected


def test_lookup_keys_share_the_surname_key_across_variants() -> None:
    assert lookup_keys("Maj. Gen. Qasem Soleimani")[0] == lookup_keys("Suleimani")[0]
    assert lookup_keys("Qasem Soleimani") == lookup_keys("Qassem Suleimani")
    assert len(lookup_keys("Crocker")) == 1
    assert lookup_keys("the negotiator") == []
    assert set(lookup_keys("Javad Zarif")) & set(lookup_keys("Mohammad Javad Zarif"))
    assert lookup_keys("Donald Trump") != lookup_keys("Donald Trump Jr.")


SOLEIMANI = KnownEntity(
    1, "Qasem Soleimani", ("Soleimani", "Haji Qassem", "Maj. Gen. Qasem Soleimani")
)
CROCKER = KnownEntity(2, "Ryan Crocker", ("Crocker", "Ambassador Ryan Crocker"))
HILLARY = KnownEntity(3, "Hillary Clinton", ("Clinton", "Mrs. Clinton"))
BILL = KnownEntity(4, "Bill Clinton", ("President Clinton",))
TRUMP = KnownEntity(5, "Donald Trump", ("Trump", "President Trump"))
TRUMP_JR = KnownEntity(6, "Donald Trump Jr.", ("Don Jr.",))
GWB = KnownEntity(7, "George W. Bush", ("George Bush", "Bush"))
ONLY_SURNAME = KnownEntity(8, "Mousavian", ("Mousavian",))
ALL = [SOLEIMANI, CROCKER, HILLARY, BILL, TRUMP, TRUMP_JR, GWB, ONLY_SURNAME]

MATCH_CASES = [
    ("Qassem Suleimani", 1),
    ("General Suleimani", 1),
    ("Qasem", 1),  # the single-word alias "Haji Qassem"
    ("Ryan Crocker", 2),
    ("Crocker’s", 2),
    ("Hillary Rodham Clinton", 3),
    ("William Clinton", 4),
    ("Clinton", None),  # two candidates fit
    ("Chelsea Clinton", None),
    ("Donald Trump", 5),
    ("Donald Trump, Jr.", 6),
    ("Trump", 5),  # the only candidate without a suffix
    ("President Bush", 7),
    ("George H. W. Bush", None),  # contradicts the canonical George W. Bush
    ("Bash", None),
    ("Seyed Hossein Mousavian", 8),  # an entity known only by surname
    ("the negotiator", None),
]


@pytest.mark.parametrize(("name", "expected"), MATCH_CASES)
def test_match_entity_finds_the_one_fitting_person(name: str, expected: int | None) -> None:
    assert match_entity(name, ALL) == expected


def test_match_entity_prefers_a_full_name_match_over_a_surname_only_entity() -> None:
    full = KnownEntity(10, "Ryan Crocker", ("Crocker",))
    bare = KnownEntity(11, "Crocker", ("Crocker",))
    assert match_entity("Ryan Crocker", [bare, full]) == 10
    assert match_entity("Crocker", [bare, full]) is None


REID = KnownEntity(20, "Ann Reid", ("Reid", "Ms. Reid"))
REED = KnownEntity(21, "Tom Reed", ("Sen. Tom Reed", "Reed"))
BONDI = KnownEntity(22, "Lena Bondi", ("Bondi",))
BARE_REID = KnownEntity(23, "Reid", ("Reid",))

SPELLING_CASES = [
    # several people fit a surname: the one who spells it so goes first
    ("Reid", [REID, REED], (), 20),
    ("Reed", [REID, REED], (), 21),
    ("Sen. Reid", [REED, REID], (), 20),
    ("Jo Reid", [BARE_REID, KnownEntity(24, "Reed", ("Reed",))], (), 23),
    # one fits: a variant spelling is still them (a typo, a transliteration)
    ("Reid", [REED], (), 21),
    ("Bundy", [BONDI], (), 22),
    ("Suleimani", [SOLEIMANI], (), 1),
    # the document names someone else with the spelling: not a namesake spelled otherwise
    ("Bundy", [BONDI], ("Cal Bundy",), None),
    ("Reid", [REED], ("Ann Reid",), None),
    ("Suleimani", [SOLEIMANI], ("Hassan Suleimani",), None),
    # ... but a written name that is theirs, or their own spelling, leaves the match
    ("Suleimani", [SOLEIMANI], ("Qassem Suleimani",), 1),
    ("Bondi", [BONDI], ("Cal Bondi",), 22),
    ("Reed", [REED], ("Ann Reid",), 21),
    # a stored surname alone meets a new full name across transliterations
    ("Qasem Suleimani", [KnownEntity(25, "Soleimani", ("Soleimani",))], (), 25),
    ("Lena Bondi", [KnownEntity(25, "Bondi", ("Bondi",))], (), 25),
]


@pytest.mark.parametrize(("name", "candidates", "written", "expected"), SPELLING_CASES)
def test_match_entity_tells_surnames_apart_by_spelling_when_evidence_says_so(
    name: str, candidates: list[KnownEntity], written: tuple[str, ...], expected: int | None
) -> None:
    assert match_entity(name, candidates, written) == expected


@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("Bundy", "Sen. Bundy met Cal Bundy at the Bundy ranch.", ("Cal Bundy",)),
        ("Bundy", "Cal and Ray T. Bundy left; Ray T. Bundy spoke.", ("Ray T. Bundy",)),
        ("Reid", "The Reid plan. Mr. Reid agreed. Ann Reidy left.", ()),
        ("Reid", "Ann Reed spoke.", ()),  # another spelling is no evidence for this one
        # a capitalised word opening a sentence is a given name only when known as one
        ("Bundy", "Lately Bundy spoke. Then Ann Bundy left.", ("Ann Bundy",)),
        ("Bundy", "He met, with Cal Bundy, the judge.", ("Cal Bundy",)),
        ("Bundy", "“Cal Bundy left,” she said.", ()),
    ],
)
def test_full_names_written_with_a_surname_spelled_as_it_is(
    word: str, text: str, expected: tuple[str, ...]
) -> None:
    assert full_names_written(word, text) == expected


def test_name_key_keeps_the_spelling_beside_the_folded_surname() -> None:
    assert name_key("Reid") == name_key("Reed")
    assert (name_key("Sen. Reid").spelled, name_key("Tom al-Reed").spelled) == ("reid", "reed")


def test_match_entity_with_no_candidates_is_none() -> None:
    assert match_entity("Ryan Crocker", []) is None


# Names built from capitalised words, optionally with a title, particle or suffix.
_word = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)
_names = st.builds(
    lambda title, words, suffix: " ".join([*title, *words, *suffix]),
    st.lists(st.sampled_from(["Dr.", "Gen.", "Haji", "Ambassador", "Mr."]), max_size=1),
    st.lists(_word, min_size=1, max_size=3),
    st.lists(st.sampled_from(["Jr.", "III"]), max_size=1),
)


@given(st.text(max_size=60), st.text(max_size=60))
def test_any_text_never_crashes_and_same_person_is_symmetric(a: str, b: str) -> None:
    assert same_person(a, b) == same_person(b, a)
    strip_titles(a)
    is_person_name(a)
    name_key(a)
    lookup_keys(a)
    canonical_form([a, b])
    assert set(cluster_names([a, b, a])) == {a, b}
    match_entity(a, [KnownEntity(1, b, (a,))])


@given(_names)
def test_a_person_name_is_the_same_person_as_itself(name: str) -> None:
    if is_person_name(name):
        assert same_person(name, name)
        assert cluster_names([name])[name] == strip_titles(name)


@given(_names, _names)
def test_same_person_is_symmetric_on_names(a: str, b: str) -> None:
    assert same_person(a, b) == same_person(b, a)


@pytest.mark.parametrize(
    ("before", "content", "after", "expected"),
    [
        ("Former sheriff Robert ", "Bobby", " Hale told", True),
        ("the coach, Ann ", "Annie", " Vance, said", True),
        ("(Maria ", "La Jefa", " Ortiz)", True),
        ("Ray Reveals ", "Awful", " Plan", False),  # a headline's verb is no given name
        ("said Robert ", "we will win", " and left", False),  # words, not a nickname
        ("Robert ", "Bobby", " said so", False),  # no surname after the marks
        ("Robert ", "Bobby", " J. Hale", True),  # a middle initial
        ("Robert", "Bobby", " Hale", False),  # no space before the marks
    ],
)
def test_is_nickname(before, content, after, expected):
    assert is_nickname(before, content, after) is expected


def test_a_nickname_stands_in_one_table_only():
    # an unambiguous nickname is folded to its full name before the ambiguous table is read,
    # so an entry in both would never be used as ambiguous
    assert not set(NICKNAMES) & set(AMBIGUOUS_NICKNAMES)
