"""Constant word tables about people's names, shared by ``names``, ``mentions`` and ``coref``,
and the shape of a brand's name; cheap to import (the byline reader uses it at start-up).

The first-name tables give a pronoun its gender agreement: ``she`` cannot refer back to
``Donald Trump``. They list common given names by the gender they are usually borne by
(US usage first, then names frequent in international news); a name borne by both is left
out, so an unknown or ambiguous name stays compatible with both pronouns.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a table written as a paragraph."""
    return text.split()


FEMALE_FIRST_NAMES = frozenset(
    _words(
        """
    abby abigail ada adele adriana agnes aileen aimee alana alexandra alexandria alice alicia
    alina alison allison alyssa amanda amber amelia amy ana anastasia andrea angela angelina
    angie anita ann anna annabelle anne annette annie antoinette april arianna ashley audrey
    ava barbara beatrice becky belinda bella bernadette beth bethany betsy betty beverly bianca
    bonnie brenda brianna bridget brittany brooke caitlin camila candace candice candy cara
    carla carly carmen carol caroline carolyn carrie cassandra catherine cathy cecilia celeste
    celia charlene charlotte chelsea cheryl chloe christina christine christy cindy claire
    clara claudia colleen condoleezza connie constance cora courtney crystal cynthia daisy
    daniela danielle daphne darlene dawn deanna debbie deborah debra delia denise diana
    diane dianne dolores donna dora doris dorothy edith eileen elaine eleanor elena elise
    eliza elizabeth ella ellen eloise elsa emily emma erica erika erin esther ethel eva evelyn
    faith felicia fiona florence frances francesca gabriela gabrielle gail gemma georgia
    geraldine gillian gina ginger gladys gloria grace gretchen gwen gwendolyn hailey haley
    hannah harriet hazel heather heidi helen helena hillary holly hope huma ida ilhan imelda
    ingrid irene iris isabel isabella isabelle ivanka jacqueline jada jane
    janet janice jasmine jeanette jeanine jeanne jeannie jenna jennifer jenny jessica jill
    jillian joan joann joanna joanne jocelyn jodi josephine joy joyce juanita judith judy
    julia juliana julie juliet justine kamala kara karen karin karla kate katelyn
    katherine kathleen kathryn kathy katie katrina katy kay kayla kayleigh kellyanne kelsey
    kendra kimberly kirsten krista kristen kristi kristin kristina krysten kylie
    lara laura lauren laurie leah leigh lena lila lillian lily linda lindsay lisa liz
    lois lola loretta lori lorraine louise lucia lucille lucy luisa lydia mabel
    madeleine madeline madison mae maggie mandy marcia margaret margarita margo maria mariah
    marian marie marilyn marina marisa marjorie marlene marsha martha mary maureen
    maxine maya megan megyn meghan melania melanie melinda melissa melody meredith mia
    michele michelle mildred miranda miriam molly mona monica monique nadia nancy naomi
    natalia natalie natasha nell nicole nikki nina nora norma olga olivia omarosa paige
    pamela patricia patsy patty paula pauline pearl peggy penelope penny phyllis priscilla
    rachel rachael raquel rebecca regina renee rhonda rita roberta rosa rosalind rose
    rosemary roxanne ruby ruth sabrina sally samantha sandra sara sarah savannah selena
    serena shannon sharon sheila shelley sherry shirley sierra simone sofia sonia
    sophia sophie stacey stacy stella stephanie sue susan susanna suzanne sylvia tamara
    tammy tanya tara teresa teri theresa tiffany tina tonya tracey traci tracy tricia trisha
    tulsi ursula valerie vanessa vera veronica vicki vicky victoria viola violet virginia
    vivian wanda wendy whitney yolanda yvonne zoe
    angelique ariana barbra bette brigid carole cecile debby dena gabby gennifer ghazala greta
    hasmik hilary ivana jen joni kelli krystal lael lolita luciana malkia marla meg melanne
    merry mika minyon neera norah patti roseann sahar shonda sonya susanne tashfeen vanita
    zephyr zeynep galia jomana mariam trish billie
    aisha ayesha amina benazir chimamanda ekaterina farah fatima fatma hanan indira irina
    jacinda layla leila malala maryam ngozi oksana priya rania samira shirin sunita svetlana
    tatiana ursula yasmin yasmine yulia zainab anjali annalena ayse ingrid segolene yuriko
    """
    )
)

MALE_FIRST_NAMES = frozenset(
    _words(
        """
    aaron abdul abraham adam adrian ahmad ahmed al alan albert alberto alec alejandro alex
    alexander alfred ali allen alvin andre andres andrew andy angelo anthony antonio arnold
    arthur austin barack barry ben benjamin bernard bernie bill billy bob bobby brad bradley
    brandon brent brett brian bruce bryan byron calvin carl carlos cecil chad charles charlie
    chester chris christian christopher chuck clarence claude clayton clifford clint
    cody colin cory corey craig curtis dale dan daniel danny darrell darren
    dave david dean dennis derek derrick dick dmitry don donald doug douglas duane dustin
    dwayne dwight earl ed eddie edgar eduardo edward edwin eli elijah elliot elmer emilio
    eric erik ernest ethan eugene evan felipe fernando floyd francis francisco frank
    franklin fred freddie frederick gabriel gary gavin geoffrey george gerald gilbert
    glenn gordon greg gregory gustavo hank harold harry harvey hassan hector henry
    herbert herman howard hugh hugo ian ibrahim isaac ivan jack jacob jake james jared jason
    javad javier jay jeb jeff jeffery jeffrey jeremiah jeremy jerome jerry jesse jesus jim
    jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian julio
    justin karl keith ken kenneth kevin kirk kurt kyle lance larry lawrence
    leo leon leonard leroy lewis lloyd lonnie louis luis luke lyndon malcolm manuel
    marc marcus mario mark marshall martin marvin matt matthew maurice max melvin michael
    miguel mike mitch mitchell mitt mohamed mohammad mohammed muhammad nathan nathaniel neil
    newt nicholas nick noah norman oliver omar oscar patrick paul pedro pete peter
    phil philip phillip preston rafael ralph ramon rand randall randy ray raymond reince
    reuben ricardo richard rick ricky rob robert roberto rodney roger roland ron ronald
    ronnie ross roy ruben rudolph rudy russell ryan salvador sam samuel saul scott sean
    sergei sergio seth shane shaun sherrod stanley stefan stephen steve steven stuart
    ted teddy terrence thaddeus theodore thomas timothy tim todd tom tommy tony travis troy
    tyler vernon victor vince vincent vladimir wade walter warren wayne wesley willard william
    willie xavier yusuf zachary
    alastair allan amadou akhil antonin ari arturo barney bashar benito beau brendan bret
    buddy christoph curt daron dante duncan elliott emmet enrique federico ferdinand
    fethullah fidel freddy garry geert geoff gene glen gonzalo hans humayun jamal jeh kalief
    khizr lamar laquan laurence lebron lou marco matteo merrick mick mikhail milton
    moammar monte morton muammar nate neal nelson nidal nigel norbert norm oleg osama percy
    peyton philippe pierre raul recep robby rupert russ sadiq sheldon shinzo simon solomon
    stan tad tamir terence trayvon trevor trey viktor woodrow xi zach arne denis dmitri
    geraldo jens manny noam wes
    abdullah abdulla alexei alexey amit anil anwar arun asif avigdor ayman bilal chinedu
    ebrahim ehud emeka emmanuel faisal francois gerhard hafez hamid hamza helmut hossein
    husain hussein imran ismail jacques jalal junichiro jurgen kamal karim kemal kenji
    khalid kofi kwame mahmoud manmohan mehmet mohsen mostafa mustafa nabil naftali narendra
    nawaz nikolai olusegun petro qasem qassem qasim rajesh rahul reza sanjay saud shahid
    shimon sunil takeshi tarek tariq thabo uhuru vijay volodymyr walid yevgeny yitzhak
    yoshihide youssef yousef yunus yuri fumio jaroslaw lech andrzej salman
    """
    )
)

# Nouns that carry a gender: "the spokeswoman ... she said".
FEMALE_NOUNS = frozenset(
    _words(
        """
    woman women lady ladies girl mother mom wife daughter sister grandmother aunt niece
    widow bride actress spokeswoman chairwoman congresswoman businesswoman councilwoman
    assemblywoman anchorwoman policewoman queen princess duchess countess empress nun
    waitress heiress hostess girlfriend sportswoman
    """
    )
)
MALE_NOUNS = frozenset(
    _words(
        """
    man men gentleman boy father dad husband son brother grandfather uncle nephew widower
    groom actor spokesman chairman congressman businessman councilman assemblyman anchorman
    policeman king prince duke emperor monk priest waiter boyfriend sportsman
    """
    )
)

# Titles that carry a gender: "Mr. Trump ... he", "Mrs. Clinton ... she".
MALE_TITLES = frozenset({"mr", "mr.", "sir", "king", "prince", "father", "lord", "brother"})
FEMALE_TITLES = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "queen", "lady", "dame", "sister"}
)

# Every given name the tables know, of either gender: a word that is a given name at all.
GIVEN_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES


# A word with a capital inside after four or more small letters: "HuffPo", "BuzzFeed",
# "StrandedInUS" name brands, sites and handles; surnames such as "McCain", "MacArthur",
# "DeSantis" or "LaHood" have a shorter prefix.
_BRAND_RE = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")


def is_brand(name: str) -> bool:
    """A one-word name written like a brand, a site or a handle ("HuffPo"), not a person's."""
    words = name.split()
    return len(words) == 1 and _BRAND_RE.match(words[0]) is not None


# Online platforms, social networks and streaming services: a company that posts, suspends
# accounts, pays for shows and issues statements, named by one word no person bears.
PLATFORMS = frozenset(
    _words(
        """
    twitter facebook youtube instagram reddit tiktok snapchat tumblr whatsapp linkedin
    pinterest periscope telegram netflix hulu spotify google wikipedia
    """
    )
)


def is_platform(name: str) -> bool:
    """A name that ends in an online platform's ("Facebook", "@AnnRay Twitter"): the
    platform, or a feed on it, is no person."""
    words = name.split()
    return bool(words) and words[-1].lower() in PLATFORMS
