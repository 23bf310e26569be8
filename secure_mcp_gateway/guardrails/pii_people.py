"""Names of people and street addresses, read by structure: a label, a salutation, a title or a signature before a
name; a house number and a street type (or a street word and its number) in an address."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import lazy
from .findings import Finding
from .may_match import MayMatch
from .pii_address_labels import plausible as plausible_address
from .pii_ids import Indexed, _spaces_or_underscores, string_heads
from .pii_orgs import LEGAL_FORM
from .scan import INDEX, LONG, PER_START, Words, every_place, holds, holds_any, kept_holds, matches_at

if TYPE_CHECKING:
    from .pii_digits import Places

DETECTOR = "pii"

# No name list decides what a name is: a name here is one to four capitalised words standing where a name stands
# (after `Patient:`, `Dear Mr.`, `my name is`, under `Kind regards,`). Words that capitalised titles and headings
# are made of (`Build And Test`, `Release Notes`) are refused, and after the plain label `name` (`name: Install
# deps` in a CI file) the words must also read as a person's: two to four of them, the first a given name of the
# short list below or written with a title.

_UP = "A-ZÀ-ÖØ-Þ\u0100-\u024f\u0386\u0388-\u038f\u0391-\u03ab\u0400-\u042f\u0490-\u04ff\u0531-\u0556"
_LOW = "a-zà-öø-ÿß\u0100-\u024f\u0259\u03ac-\u03ce\u0430-\u045f\u0490-\u04ff\u1e00-\u1eff\u0561-\u0587"
"""Latin letters with their accents (Latin-1, Extended-A and -B, and Vietnamese: `Łukasz`, `Dvořák`, `Şahin`,
`Nguyễn`, `Trương`), Greek, Cyrillic and Armenian (`Παπαδόπουλος`, `Иванович`, `Պետրոսյան`)."""
_WORD = (
    rf"(?:[OoDdLl]['’]|(?:al|el|ad|ash|as|an|ar|at|az|ul)-)?(?:Ma?c|Fitz|D[aeiu]|L[aeo]|V[ao]n)?[{_UP}][{_LOW}]+"
    rf"(?:[-'’](?:Ma?c|Fitz|D[aeiu]|L[ae])?[{_UP}]?[{_LOW}]+)?"
)
"""A capitalised word, maybe joined to a second (`Okonjo-Iweala`), after an elided particle (`O'Sullivan`,
`d'Almeida`, `D'Souza`) or an Arabic article (`al-Hashimi`), maybe with a surname's prefix before an inner capital
(`McAllister`, `MacDonald`, `FitzGerald`, `DeLuca`, `DiMarco`, `LeBlanc`, `VanDyke`, `O'Neill-McKay`)."""
_PARTICLE = r"(?:van|von|de|del|della|der|den|da|di|du|dos|das|la|le|bin|binti|ibn|al|el|ten|ter|y|e|zu|und|Ó|ó|Ua|Uí)"
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Sr|Sra|Srta|Mme|Mlle|Sig|Sig\.ra|Dott|Dott\.ssa|D\.[ªa]|Dª|Dña|Doña|"
    r"Md|Mohd|Mst|Smt|Shri|Alhaji|Hajia)\.?"
)
_NAME = lazy.compile(
    rf"(?:{_TITLE} )?(?:{_PARTICLE} )*(?:{_WORD}|[{_UP}]\.)(?: (?:{_PARTICLE} )*(?:{_WORD}|[{_UP}]\.)){{0,3}}(?![\w@])"
)
"""One to four capitalised words or initials, particles (`van`, `de`) between them, maybe after a title."""

_NOT_NAME = frozenset(
    """
    a an the and or of for to in on at by with from as is are be this that these those it its my your our their his
    her new old all any some no not yes none null true false default test tests testing build run install setup
    set up update upgrade deploy release notes note example sample demo readme license changelog version docs
    documentation guide tutorial overview summary introduction description title name names user users admin
    administrator root system server client service services app application api data file files folder project
    main master branch config configuration settings options help support team customer customers sir madam
    madame all everyone friends colleagues there world hello hi dear thanks thank regards best sincerely cheers
    inc ltd llc gmbh corp company co group bank street road avenue city state country
    banco banque banca caixa sparkasse volksbank seguros versicherung assurances assicurazioni
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december today tomorrow yesterday morning evening
    error warning info debug success failed failure ok unknown other misc general public private internal
    check checks lint format type types python node java rust go docker linux windows macos ubuntu github gitlab
    pull request issue issues bug bugs fix feature features task tasks step steps job jobs stage workflow action
    actions first last full given family middle middle-name display label value key field id number
    forename forenames surname surnames firstname lastname fullname nickname initials
    relations sales marketing office desk operations security management hr it billing accounts care success
    engineering department dept legal finance payroll recruiting hiring committee board staff crew partners
    partner vendor vendors supplier suppliers procurement helpdesk service-desk notifications noreply no-reply
    valued member members subscriber subscribers candidate candidates hiring manager recruiter reader readers
    shareholder shareholders parent parents guardian student students stable critical pending unknown anonymous
    required optional string integer boolean object array
    invoice total subtotal amount balance due payment reference iban bic swift tax vat net gross fee fees price
    sundry debtors creditors ledger ledgers
    cathedral chapel mosque temple synagogue monastery station airport terminal harbour harbor plaza bridge museum
    gallery library school college university academy hospital clinic pharmacy hotel hostel restaurant cafe café
    mall stadium arena theatre theater cinema lake river mountain valley beach island forest trail peak village
    district county province region admins administrators operators owners groups guests logon
    maintainer maintainers packager packagers uploaders developers contributors
    stores store shop shops marketplace supermarket supermarkt outlet warehouse wholesale depot bakery pizzeria
    brewery winery oil energy utilities utility stadtwerke telecom airlines airways railway railways bahn motors
    foods pharma logistics solutions systems technologies holdings enterprise enterprises industries foundation
    association
    society council authority agency ministry apartments properties realty insurance dental veterinary
    """.split()
)
"""Capitalised words of headings, commands, placeholders and places, never part of a real name here (`John Doe` and
`Jane Smith` are the usual placeholders)."""
_NOT_NAME |= frozenset(
    """
    nama lengkap pengguna pelanggan laporan bulanan tahunan kosong wajib contoh tidak diketahui halaman pengaturan
    jméno jmeno příjmení prijmeni uživatel uživatele neuvedeno neznámý povinné nastavení systému příklad stránka
    neuvedené povinný meno priezvisko používateľ nastavenia
    ad adı soyad soyadı kullanıcı kullanıcı müşteri zorunlu belirtilmemiş bilinmiyor yok örnek sayfa ayarlar kategori
    név felhasználó ismeretlen kötelező példa nincs beállítások oldal
    nume prenume utilizator utilizatorului necunoscut obligatoriu exemplu nespecificat setări pagina
    ime prezime priimek korisnik korisnika nepoznato obavezno primjer primer nastavitve postavke stranica
    vardas pavardė naudotojas nenurodyta nežinoma privaloma pavyzdys nustatymai puslapis
    vārds uzvārds lietotājs nezināms obligāts piemērs iestatījumi lapa
    eesnimi perekonnanimi kasutaja määramata teadmata kohustuslik näide seaded leht
    nimi etunimi sukunimi käyttäjä tuntematon pakollinen esimerkki asetukset sivu
    namn förnamn efternamn användare okänd obligatorisk exempel saknas inställningar sida
    navn fornavn efternavn etternavn bruger bruker ukendt ukjent påkrævet eksempel indstillinger innstillinger side
    emri mbiemri përdoruesi panjohur detyrueshme shembull kategoria cilësimet faqja
    jina kamili mtumiaji haijulikani mfano mipangilio ukurasa
    pangalan buong gumagamit wala halimbawa setting pahina
    cognoms usuari desconegut obligatori exemple configuració pàgina
    име презиме фамилия корисник непознато пример
    """.split()
)
"""The same in more languages: the label words themselves, and the words of placeholders and screens (`Nenurodyta`:
not given; `Ana Sayfa`: the home page; `Nama Pengguna`: user name)."""

_GIVEN = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter
    christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce
    gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley
    philip eugene mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    sandra margaret ashley kimberly emily donna michelle carol amanda melissa deborah stephanie dorothy rebecca
    sharon laura cynthia amy kathleen angela shirley brenda emma anna pamela nicole samantha katherine christine
    helen debra rachel carolyn janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren
    kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara
    janice ann kathryn abigail sophia frances jean alice judy isabella julia grace amber denise danielle marilyn
    beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie
    oliver harry leo oscar archie alfie freddie theo arlo isla ava mia amelia lily ivy poppy freya florence
    hans peter klaus jürgen jurgen stefan andreas michael thomas wolfgang uwe frank bernd dieter sabine ursula
    monika petra renate karin birgit claudia susanne anja katrin lena lukas jonas leon finn paul felix maximilian
    jean pierre michel philippe alain nicolas francois françois christophe pascal patrick marie nathalie isabelle
    sylvie catherine sophie camille lea léa chloe chloé manon louis lucas hugo jules antoine julien mathieu
    jose josé antonio manuel francisco juan javier carlos miguel rafael pedro pablo alejandro fernando luis jorge
    alberto sergio diego carmen dolores pilar isabel lucia lucía elena marta laura cristina ana paula sofia sofía
    valentina camila martina daniela gabriela mariana fernanda
    giuseppe giovanni marco luca andrea francesco alessandro matteo lorenzo davide simone federico riccardo
    giulia chiara francesca sara alessia martina giorgia federica silvia valentina elisa
    joão joao pedro tiago rui nuno miguel gonçalo goncalo ines inês beatriz mariana leonor
    jan piet kees henk johan willem sanne lotte femke anouk daan sem bram thijs
    lars erik anders johan nils per sven karl olof ingrid astrid karin kerstin maja elsa
    piotr krzysztof andrzej tomasz marcin michał michal katarzyna małgorzata malgorzata agnieszka magdalena
    ivan dmitri dmitry sergei sergey alexei alexey andrei andrey olga natalia tatiana irina svetlana anastasia
    mehmet mustafa ahmet ali ayşe ayse fatma emine zeynep elif murat emre burak
    mohammed muhammad mohamed ahmed ahmad omar yusuf hassan hussein fatima aisha khadija layla leila yasmin zainab
    rahul amit raj ravi vijay sanjay arjun rohan priya anjali pooja neha sunita deepika kavya aditya vikram
    wei li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin jun hui min jing ying mei
    hiroshi takashi kenji yuki haruto yuto sota ren aoi hina yui sakura yuna akira kenta daiki
    minjun seojun jiho jiwoo seoyeon jiyoon minseo hyun jisoo
    kwame kofi ama chidi emeka ngozi amara tunde sipho thabo zanele
    noa yael tamar avi moshe david yosef
    nguyen minh anh linh thanh hung huong hoa tuan duc quang
    pieter jan sanne anouk daan bram femke lotte ruben thijs
    linnea elin ebba saga alva wilma erik oskar axel hugo nils sigrid solveig ingeborg liv kari bjorn björn
    aino eino juha jukka mikko timo leena tuula pirjo minna sanna
    eszter zsófia zsofia katalin erzsébet erzsebet ilona judit anikó aniko réka reka bence levente gábor gabor
    lászló laszlo zoltán zoltan istván istvan attila tamás tamas balázs balazs péter
    marko luka ivana jelena milica dragan nikola stefan tijana ana milos miloš nemanja goran zoran dejan
    tereza jana petra lucie eliška eliska veronika zuzana lenka martina jiří jiri tomáš tomas jakub vojtěch ondřej
    andreea ioana elena mihaela cristina alexandru andrei mihai ionut ionuț bogdan florin
    agnieszka joanna ewa barbara zofia wojciech jakub kacper mateusz łukasz lukasz grzegorz
    giorgos georgios dimitris nikos kostas eleni maria katerina sofia
    siti nur putri dewi sri ayu indah budi agus wahyu eko rizky fajar dian ratna
    amina fatuma juma baraka neema wanjiru wanjiku otieno kamau achieng
    emeka oluwaseun chinedu adebayo folake yetunde bukola
    elif zeynep ayse hatice esra büşra busra hüseyin huseyin ibrahim yusuf kemal
    tom tim ben sam max alex chris nick mike dave steve jim bob bill joe tony liam mateo santiago ana eva
    hamza bilal tariq khalid rashid karim samir nabil walid faisal imran irfan asif zubair usman umar idris ismail
    yasmine noor nour mariam maryam salma rania hana huda dina lina farah amal nadia samira zahra soraya shirin
    reza mehdi hossein ali-reza arash dariush parisa mahsa nasrin
    sandeep sunil anil manoj rajesh suresh ramesh mahesh ganesh prakash deepak ashok vinod harish naveen rakesh
    kiran arun varun nikhil rohit sachin gaurav siddharth abhishek ankit akash vivek sunita geeta seema rekha
    anita kavita lakshmi meena radha shreya divya swati nisha ritu payal sneha aarti simran harpreet gurpreet
    manpreet jaspreet baljit kuldeep
    thanh huy khanh long phuong trang thao ngoc dung
    hiroshi yuko keiko naoko tomoko yoko kazuki shota ryota takumi haruka misaki ayaka
    seo-yeon ji-ho min-jun ha-eun jae joon hyun-woo soo-jin eun-ji
    chen xiaoming xiaoli jian hong qiang lei ming yan xin hao
    oluwadamilare adaeze chiamaka nneka obinna ifeanyi uchenna kelechi chukwuma babatunde olumide kayode femi
    tobi yemi segun bola funmi ayodele abimbola gbenga
    abebe almaz tesfaye haile mekdes selam dawit yohannes
    kwabena kwaku yaw akosua adwoa abena esi efua kojo kofi ama
    thandiwe nomvula lerato palesa themba bongani sibusiso nokuthula lindiwe mpho tshepo kagiso naledi
    wanjiru njeri kipchoge otieno akinyi atieno onyango mwangi
    shane wayne dean craig darren gavin neil glenn grant clive trevor nigel graham colin barry derek
    stuart alistair callum declan ciaran niamh siobhan aoife sinead orla roisin eoin padraig seamus
    rhys gareth dylan owain sian cerys eleri
    fiona morag ailsa eilidh kirsty lorna shona
    gerald gordon howard leonard lloyd marvin melvin norman stanley vernon
    beatrice bridget cecilia clara constance edith eleanor elsie esther imogen irene isobel josephine
    louise lucy mabel margot matilda maud miriam nora phoebe rosalind ruby sybil thea vera winifred
    aiden brayden caleb carter cole colton connor cooper easton eli everett gavin grayson hudson hunter isaac
    jace jaxon josiah julian landon levi lincoln luca luke miles nolan owen parker roman ryder silas wesley wyatt
    addison aubrey audrey avery brooklyn claire delilah eliana ella ellie emilia hazel kinsley layla leah lillian
    lucy maya naomi nevaeh paisley penelope riley savannah scarlett skylar stella violet zoe zoey
    darnell deandre demetrius jamal jermaine lamar malik marquis terrell tyrone latoya keisha shanice tanisha
    dmitriy dmitrii nikolai nikolay vladimir yuri yury mikhail pavel oleg igor boris viktor vitaly anatoly
    konstantin maxim artem kirill denis roman evgeny yevgeny ekaterina yekaterina marina galina ludmila lyudmila
    nadezhda oksana yulia yuliya daria darya polina ksenia alina valeria
    bogdan taras oleksandr oleksiy mykola vasyl andriy yaroslav
    wojciech bartosz pawel paweł dariusz kamil rafal rafał dorota iwona justyna beata renata grazyna
    tomasz kasia aleksandra natalia weronika
    jiří petr pavel jan martin lukáš lukas jakub milan miroslav vladimír
    gheorghe ion vasile constantin dumitru nicolae adrian sorin cosmin raluca oana roxana alina simona
    kostas yiannis giannis panagiotis christos vasilis spyros athanasios despina eleni vasiliki georgia
    matti pekka jari kari antti ville tuomas heikki riikka johanna laura
    henrik mikkel rasmus søren soren jesper anders mette lone hanne birgitte
    sigurd magnus haakon håkon torstein eirik ragnhild gunhild
    kristian kristina kristin malin maja emelie johanna annika
    joaquin joaquín rodrigo gonzalo ignacio agustín agustin martín martin nicolás facundo matías matias
    valentín tomás benjamín emiliano ximena renata regina guadalupe lupe rocío rocio consuelo mercedes
    alejandra andrés andres esteban mauricio ricardo leticia adriana veronica verónica patricia silvia
    eduardo gustavo marcelo rogerio rogério thiago vinicius vinícius leandro fabio fábio renato otavio
    bruna juliana larissa leticia letícia vanessa priscila tatiana
    thierry didier olivier sébastien sebastien stéphane stephane benoît benoit guillaume arnaud frédéric
    frederic yves bernard gérard gerard hélène helene céline celine aurélie aurelie élodie elodie margaux
    giorgio paolo roberto stefano massimo enrico fabrizio gianluca vincenzo salvatore antonella rosaria
    graziella donatella ornella
    dirk joost maarten wouter jeroen sven bas niels marieke annemiek ilse inge
    """.split()
)
"""Common given names of many countries (lower case), asked only after the plain label `name`."""
GIVEN = _GIVEN


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[ ]+", value.strip()) if w]


_SAINTS = frozenset(("St", "St.", "Saint", "Sankt", "Ste", "Ste.", "Sainte"))
"""A saint's title, the first word of a town's or a church's name (`St Petersburg`, `Sankt Gallen`)."""


def _name_ok(value: str, plain: bool, first: bool = False) -> bool:
    """Whether capitalised words read as a person's name: none a heading's word; after the plain label `name` in
    lower case, two to four of them with a known given name (or a title) first."""
    words = _words(value)
    titled = bool(words) and re.fullmatch(_TITLE, words[0]) is not None
    core = [w for w in words[1:]] if titled else words
    core = [w for w in core if w.lower() not in _PARTICLE_SET]
    if not core or any(w.lower().strip(".") in _NOT_NAME for w in core if len(w) > 2):
        return False
    if all(len(w) <= 2 for w in core):  # initials alone
        return False
    if len(core) == 2 and core[0] in _SAINTS:  # `St Petersburg`, `Saint-Denis`: a place named for a saint
        return False
    if " ".join(core).lower() in _PLACEHOLDERS or (len(core) > 1 and core[-1].lower() in _PLACE_HEADS):
        return False
    if plain:
        if not 2 <= len(core) <= 4:
            return titled
        # a known given name first; or, as records in other languages write names (`Kovács Eszter`, `Pieter de
        # Vries`, `Tereza Dvořáková`), a known given name anywhere, a particle, or a surname's ending
        return (
            titled
            or core[0].lower() in _GIVEN
            or any(w.lower() in _GIVEN or _SURNAME_END.search(w) is not None for w in core)
            or len(core) < len(words) - titled
        )
    return titled or len(core) > 1 or first or core[0].lower() in _GIVEN  # `Patient: Stable` is no name


@functools.lru_cache(maxsize=512)
def role_label(words: str, bare: bool = False) -> bool | None:
    """Whether `words` (lower-cased, apart by spaces: an element's or a key's name split, `guest name`, `pledgor`)
    label a person's name the way a form's label does: None if not, else whether the name after them must read as
    a person's (`plain`: a role that firms and programs play too, `Operator`, `Buyer`). With `bare`: whether they
    are a role of the record's own (`Pledgor`, `Decedent`) rather than a field's word (`Client`, `Contact`)."""
    m = _BEFORE.fullmatch(words + ":")
    if m is None or m.lastgroup not in ("label", "agent"):
        return None
    if bare:
        return m.lastgroup == "agent" and _agent_noun(words) not in _SHARED_ROLES
    return m.lastgroup == "agent" and _agent_noun(words) in _SHARED_ROLES


def name_ok(value: str, plain: bool = False) -> bool:
    """Whether capitalised words read as a person's name where a name is expected (`plain`: where a shop's or a
    company's name may stand as well, so a known given name or a surname's form is asked for; see `_name_ok`)."""
    return _name_ok(value, plain)


_SURNAME_END = lazy.compile(
    r"(?:ov[aá]|ev[aá]|sk[aiyá]|ck[aiyá]|[sc]ki|vi[cć]|ić|enko|escu|eanu|o[gğ]lu|sson|[sn]en|poulos|"
    r"akis|idis|dze|shvili|[aeiouy]n?ez|yan|uk|chuk|owski|ewski|ová|ská|ný|ná|"
    r"[bdgklmnrstvz][aiy]?[eo]v|[oe]vich|[oe]vna|uly|kyzy|zod[ae]|zadeh?|pour|ian|[ae]yev|iyeva?|bekov[a]?)\Z"
)
"""Endings of surnames in many languages (Czech and Slovak `-ová`, Slavic `-ski`/`-ić`/`-enko`, Romanian `-escu`,
Turkish `-oğlu`, Nordic `-sson`/`-sen`, Finnish `-nen`, Greek `-poulos`, Georgian `-dze`, Spanish `-ez`, Russian and
Central Asian `-ov`/`-ev`/`-ovich`/`-uly`/`-kyzy`/`-zoda`, Persian `-zadeh`/`-pour`, Armenian `-ian`)."""


_PLACEHOLDERS = frozenset(
    {"john", "jane", "doe", "john doe", "jane doe", "john q. public", "max mustermann", "erika mustermann", "foo bar"}
    | {"erika musterfrau", "hans muster", "joe bloggs", "fred bloggs", "jane roe", "richard roe", "juan pérez"}
    | {"juan perez", "fulano de tal", "mario rossi", "jean dupont", "ola nordmann", "kari nordmann"}
    | {"taro yamada", "yamada taro", "hanako yamada", "zhang san", "li si", "juan dela cruz", "jan jansen"}
    | {"sven svensson", "matti meikäläinen", "tommy atkins", "john q public", "maria mustermann"}
)
"""The names documentation uses as examples."""


_PLACE_HEADS = frozenset(
    """
    garden gardens suite suites centre center heights falls springs community society foundation association club
    church council institute ministry agency league federation cooperative co-op market store shop warehouse depot
    factory winery brewery distillery vineyard vineyards dispensary salon spa studio studios workshop lounge ballroom
    pavilion auditorium residences apartments lofts towers estates inn bistro grill kitchen bakery pizzeria tavern
    pub surgery practice associates holdings solutions technologies labs consulting logistics properties realty
    homes storage coworking motors airlines railways productions entertainment network collective alliance
    coalition fund union chamber commission authority hub campus annex wing quarter plant highway freeway parkway
    expressway boulevard room rooms coffee
    orthodontics pediatrics paediatrics physiotherapy physio dentistry chiropractic optometry optometrists podiatry
    dermatology cardiology ophthalmology orthopedics orthopaedics audiology opticians dentists chiropractors
    radiology imaging diagnostics wellness rehab rehabilitation therapies zahnarztpraxis arztpraxis praxis kanzlei
    apotheke hardware analytics
    """.split()
)
"""The last word of a place's, venue's or organisation's name (`Madison Square Garden`, `Riverside Dental Practice`,
`Harbour Lights Brewery`): a name ending in one is no person's (surnames that are such words too, `Hall`, `Park`,
`Court`, `Lodge`, `Mills`, are not among them)."""


_DESKS = frozenset(
    """
    committee department dept office desk unit division board panel staff crew shift operations ops security
    compliance finance facilities maintenance management administration registry clerk clerks court police services
    desk helpdesk centre center group bot automation scheduler dispatch payroll accounts procurement legal audit
    engineering marketing sales reception nursing pharmacy laboratory lab radiology records secretariat
    """.split()
)
"""Words of a desk's, a team's or an office's name, which `Reported by`, `Filed by` and the like stand before as
often as before a person's."""


_PARTICLE_SET = frozenset(_PARTICLE[3:-1].split("|"))

_PLAIN_WORDS = ("name", "naam", "navn", "namn", "nimi", "nama", "nume", "numele", "név", "nev", "jméno", "jmeno")
_PLAIN_WORDS += ("meno", "emri", "jina", "pangalan", "nafn", "isim", "ime", "име")
"""The plain word for a name in many languages (`Nama:`, `Jméno:`, `Emri:`), as forms print it."""

_AGENT_NOUNS = frozenset(
    """
    driver co-driver operator reporter patron member adopter donor inductee decedent actor actress performer trainee
    apprentice intern supervisor foreman forewoman inspector nurse officer buyer seller purchaser borrower co-borrower
    coborrower co-applicant coapplicant co-buyer guarantor cosigner co-signer landlord landlady lessee lessor licensee
    grantee grantor trustee executrix administratrix veteran complainant suspect victim offender inmate juror nominee
    coach trainer instructor tutor mentor presenter photographer consignor bidder winner zookeeper ranger pilot purser
    worker miner dentist hygienist therapist surgeon midwife pharmacist optometrist veterinarian stylist barber
    chaperone lifeguard paramedic investigator interviewee examinee assessor adjuster appraiser surveyor notary
    officiant celebrant pastor caseworker counsellor counselor attorney solicitor barrister realtor salesperson
    subscriber cardmember requester requestor submitter interred certifier embalmer coroner aka daughter brother sister
    grandson granddaughter nephew niece aunt uncle grandmother grandfather stepson stepdaughter fiancé fiancée fiance
    fiancee widow widower fahrer fahrerin kontoinhaber kontoinhaberin karteninhaber karteninhaberin inhaber inhaberin
    spender spenderin verstorbene verstorbener erblasser mitglied halter halterin käufer käuferin verkäufer verkäuferin
    eigentümer eigentümerin vermieter vermieterin bewerber bewerberin schüler schülerin teilnehmer teilnehmerin zeuge
    zeugin conducteur conductrice chauffeur donateur donatrice défunt défunte acheteur acheteuse vendeur vendeuse
    propriétaire bailleur adhérent adhérente membre témoin conductor conductora propietario propietaria comprador
    compradora vendedor vendedora donante fallecido fallecida difunto difunta socio socia arrendatario arrendataria
    arrendador arrendadora testigo motorista condutor condutora proprietário proprietária falecido falecida sócio sócia
    conducente autista proprietaria acquirente venditore venditrice defunto defunta testimone bestuurder eigenaar
    eigenares koper verkoper overledene getuige kierowca właściciel właścicielka nabywca sprzedawca zmarły zmarła
    świadek förare ägare köpare säljare avliden vittne sjåfør eier kjøper selger avdød vitne
    caller pledgor pawnor pledger household applicator licencee jockey crewmember deponent affiant testator
    testatrix heir legatee dependant dependent
    madre padre padrino madrina hijo hija esposo esposa marido mère père fils fille époux épouse parrain marraine
    mutter vater sohn tochter ehemann ehefrau moeder vader zoon dochter mãe pai filho filha padrinho madrinha
    figlio figlia moglie marito battezzato battezzata
    """.split()
) | {"next of kin", "emergency contact"}
"""Roles a person plays in a record, as a form's label before that person's name (`Driver:`, `Decedent:`,
`Adopter:`, `Kontoinhaber:`, `Propriétaire :`), in English and the languages of Western and Northern Europe (not a
review's or a ticket's `Reviewer:`, `Approver:` or `Assignee:`: a workflow's account, not a record of a person)."""
_SHARED_ROLES = frozenset(
    """
    co-driver operator reporter actor actress performer supervisor inspector officer buyer seller purchaser licensee
    coach trainer instructor tutor mentor presenter photographer consignor bidder winner ranger pilot miner investigator
    assessor adjuster appraiser surveyor subscriber requestor submitter aka conductor
    """.split()
)
"""Of those, roles that a program, a firm, a prize or a thing plays as often (`Operator: Northern Rail`, `Trainer:
Premier Plus`, `Winner: Golden Globe`): the name after them must read as a person's (a known given name, a
surname's form) or stand beside a person's other data."""
_TRADES = frozenset(
    """
    mining mines minerals drilling quarry quarries timber forestry lumber haulage hauling haulers transport
    transportation freight trucking express carriers construction builders contractors electric electrical
    plumbing roofing farms farm ranch dairy foods media pictures films records music press publishing games
    software analytics capital ventures investments financial trust medical health healthcare care automotive
    aviation aerospace marine shipping lines cruises ferries tours travel hospitality resorts casino casinos gaming
    lottery power solar gas water waste recycling chemicals materials metals steel plastics paper packaging
    printing textiles apparel fashion cosmetics beauty development consulting partners corporation incorporated
    limited international global worldwide national team teams owners bot robot cloud online digital
    racing stables stud kennels rescue brigade utilities traders trading supplies supply imports exports enterprises
    industries systems
    """.split()
)
"""Words of a firm's or a team's name (`Sandvik Mining`, `Ridgeback Timber`, `Platform Team`): after a role's label
(`Operator:`, `Carrier:`), a name holding one is no person's."""


# Where a name stands, each ending right before it: (group name, expression on the lower-cased text, plain?)
_PERSON_KEY_WORDS = ("user", "organizer", "organiser", "speaker", "sender")
"""Keys a person's name stands after as often as an account's or a program's (`organizer: ...`, `user="..."`; not an
`author`'s credit)."""
_MONEY_MOVES = ("payment", "transfer", "transferred", "received", "sent", "paid", "remittance", "deposit", "refund")
_MONEY_MOVES += ("cash out", "cashout", "cash in", "cashin")
_LEADER = r"[ \t]+[-–—][ \t]+|\t+|[ \t]*\.{3,}[ \t]*|(?:[ \t]\.){3,}[ \t]+"
"""A label's end on a form's line without a colon: a dash, a tab, dot leaders (`Passenger — ...`, `Pledgor\t...`,
`Patient ........ ...`); read only where the label opens its line (see `_led`)."""
_BEFORE_NAME = (
    (
        "plain",
        r"(?:display|preferred|common)[ _]?name|"
        r"name|naam|navn|namn|nimi|nama|nume|numele|n[ée]v|jm[ée]no|meno|emri|jina|pangalan|nafn|isim|ime|име",
        True,
        # `name: "..."`, `name='...'`, Ruby's `:name => "..."`, PHP's `["name"]=>\n  string(12) "..."` and
        # `[name] => ...`, Erlang's and Elixir's `{name, "..."}`
        r"(?::\d{1,4}(?::[a-z])?>|[\"']?[ \t]*(?:=>|[:=])|[ \t]*:|[\"']\]=>\s{0,12}string\(\d{1,3}\)|\][ \t]*=>|"
        r"(?:(?<=\{name)|(?<=\{:name)),|(?<=[a-z]:name)[ \t]+(?=\"))"
        r"[ \t]*[\"']?",
    ),
    (
        "label",
        r"(?:full|first|last|given|family|middle|maiden|sur|legal|real|author|patient(?:'s)?|customer|employee|student|"
        r"guest|passenger|contact|account|card ?holder(?:'s)?|member|applicant|insured|tenant|recipient(?:'s)?|"
        r"sender(?:'s)?|beneficiary|policy ?holder(?:'s)?|cardholder|driver(?:'s)?|owner(?:'s)?|payer|debtor|creditor|"
        r"(?:account ?)?holder|travell?er|subscriber|signer|signatory|guardian|spouse|mother(?:'s)?|father(?:'s)?|"
        r"emergency ?contact|next ?of ?kin|physician|doctor|prescriber|referr(?:er|ing ?physician)|attendee|"
        r"participant|registrant|visitor|bearer|athlete|runner|rider|player|competitor|entrant|contestant|resident|"
        r"occupant|homeowner)(?:[ _]?name|-names?)|"
        # a photo's author as EXIF and IPTC dumps print it (`Artist      : ...`, `By-line: ...`)
        r"artist(?=[ \t]{2,}:)|by-line|"
        r"(?:user|actor|requester|reporter|assignee|creator|signer)[ _]?display[ _]?name|"
        r"attendee|participant|registrant|ticket ?holder|pass ?holder|holder|bearer|contact|customer|kontakt|"
        r"athlete|runner|rider|player|competitor|entrant|contestant|resident|occupant|homeowner|tenant|recipient|signer|"
        r"signatory|debtor|"
        r"client|klient|"
        # registers and rolls: school-feeding and class rolls, households, land titles, parish and civil registers
        r"pupil|learner|guardian|(?:registered )?proprietor|head of (?:the )?household|household head|"
        r"father|mother|parents?|child|spouse|husband|wife|deceased|bride|groom|god(?:father|mother|parents?)|witness|"
        r"informant|owner|registered owner|hof|head of (?:the )?family|family head|"
        r"(?:hoh|hh_?head|head|caregiver|child|respondent|learner|pupil|parent|requester|reporter|assignee|informant|"
        r"deceased|owner|proprietor|farmer|worker|teacher|enumerator|interviewee|sponsor|victim|caller)[ _]?name|"
        r"prescribed (?:for|to)|dispense to|issued to|vorna|nachn|"
        r"surnames?(?:\(s\))?,? (?:and |& |/ )?(?:fore|first |given )names?(?:\(s\))?|"
        r"(?:fore|first |given )names?(?:\(s\))?,? (?:and |& |/ )?surnames?(?:\(s\))?|"
        r"name of (?:the )?(?:holder|bearer|patient|applicant|insured|child|deceased|vaccinee|person|passenger)|"
        r"surname|patient|cardholder|card holder|account holder|beneficiary|passenger|applicant|insured|guest|"
        r"employee|payee|policyholder|contact person|attn|attention|nombre(?: completo)?|apellidos?|pr[ée]nom|"
        r"plaintiff|defendant|petitioner|respondent|appellant|appellee|claimant|demandante|demandad[oa]|"
        r"demandeur|demanderesse|d[ée]fendeur|d[ée]fenderesse|kl[äa]ger(?:in)?|beklagter?|"
        r"nom(?: complet| de famille)?|"
        r"nome(?: completo)?|cognome|vorname|nachname|familienname|voornaam|achternaam|imi[ęe]|nazwisko|"
        # more languages' labels of a whole name, and of a given name or a surname alone
        r"ad[ _-]soyad|ad[ıi] soyad[ıi]|ad[ıi]? ve soyad[ıi]?|soyad[ıi]?|(?:hasta|m[üu][şs]teri) ad[ıi]|"
        r"jm[ée]no a p[řr][íi]jmen[íi]|cel[ée] jm[ée]no|p[řr][íi]jmen[íi]|meno a priezvisko|priezvisko|"
        r"teljes n[ée]v|vezet[ée]kn[ée]v|keresztn[ée]v|ut[óo]n[ée]v|csal[áa]dn[ée]v|"
        r"nume(?: [șşs]i prenume| complet)|prenume|vollst[äa]ndiger name|imi[ęe] (?:i )?nazwisko|"
        r"ime i prezime|ime in priimek|prezime|priimek|"
        r"vardas,? (?:ir )?pavard[ėe]|pavard[ėe]|vardas|v[āa]rds,? uzv[āa]rds|uzv[āa]rds|v[āa]rds|"
        r"ees- ja perekonnanimi|eesnimi|perekonnanimi|etunimi|sukunimi|koko nimi|"
        r"f[öo]rnamn|efternamn|fullst[äa]ndigt namn|fornavn|efternavn|etternavn|fulde navn|fullt navn|"
        r"nama lengkap|nama (?:pasien|pelanggan|pemohon|karyawan)|buong pangalan|jina kamili|"
        r"emri dhe mbiemri|mbiemri|nom i cognoms|cognoms|fullt nafn|"
        r"име и (?:презиме|фамилия)|презиме|три имена|"
        r"(?:nombre|nom|nome|naam)(?: (?:del|de la|de l'|de|du|do|da|della|dell'|van de|van het))? ?"
        r"(?:client[ea]?|paciente|patient[e]?|paziente|titular|titulaire|titolare|solicitante|asegurad[oa]|"
        r"segurad[oa]|assur[ée]e?|assicurat[oa]|empleado|employ[ée]e?|dipendente|funcion[áa]ri[oa]|alumn[oa]|"
        r"[ée]l[èe]ve|studente|estudiante|aluno|pasajero|passager|passageiro|passeggero|inquilino|locataire|"
        r"huurder|klant|pati[ëe]nt|werknemer|medewerker|deelnemer)|"
        r"name (?:des|der) (?:kunden|patienten|versicherten|mitarbeiters?|mieters?|antragstellers?)|"
        r"ansprechpartner(?:in)?|kontaktperson|persona de contacto|personne [àa] contacter|interlocut(?:eur|rice)|"
        r"cliente|paciente|paziente|titular|titulaire|titolare|kunde|kundin|mieter(?:in)?|huurder|locataire|inquilin[oa]|"
        r"versicherte[r]?|asegurad[oa]|segurad[oa]|assur[ée]e?|assicurat[oa]|antragsteller(?:in)?|solicitante|"
        r"mitarbeiter(?:in)?|medewerker|empleado|dipendente|funcion[áa]ri[oa]|"
        r"pasajero|passager|passageiro|passeggero|fahrgast|reisende[r]?|voyageur|viaggiatore|"
        r"beneficiario|b[ée]n[ée]ficiaire|beg[üu]nstigte[r]?|destinat[áa]rio|"
        r"\u59d3\u540d|\u6c0f\u540d|\uc774\ub984|"
        r"фио|ф\.\s?и\.\s?о\.?|ф\.и\.о|имя|фамилия|отчество|пациент(?:ка)?|клиент|"
        r"прізвище|ім'я|піб|п\.і\.б\.?|"
        r"ονοματεπώνυμο|ονοματεπωνυμο|όνομα|ονομα|επώνυμο|επωνυμο|ασθενής|πελάτης|"
        r"họ và tên|họ tên|họ|tên|bệnh nhân|khách hàng|ho va ten|ho ten|"
        # scripts without capitals: Arabic, Persian, Hebrew, Thai, Korean, Japanese, Chinese, Hindi
        r"الاسم(?: الكامل| الأول| الاول)?|اسم (?:المريض|العميل|العائلة|الموظف|المستفيد|الأم|الاب|الأب)|"
        r"نام(?: و نام خانوادگی| خانوادگی| کامل)?|"
        r"שם(?: מלא| פרטי| משפחה| המטופל| הלקוח)?|"
        r"ชื่อ(?:-?นามสกุล|-?สกุล| ผู้ป่วย|ผู้ป่วย| ลูกค้า)?|นามสกุล|"
        r"성명|환자(?: ?이름|명)|고객(?: ?이름|명)|성함|"
        r"お名前|名前|患者(?:氏)?名|顧客名|客户姓名|名字|"
        r"नाम|पूरा नाम|रोगी का नाम|"
        # the word for a name in the Indic scripts from Tamil to Sinhala, Khmer, Lao, Myanmar, Tibetan, Thaana,
        # Tifinagh and Syriac
        r"பெயர்|పేరు|ಹೆಸರು|പേര്|નામ|ਨਾਮ|ନାମ|නම|ឈ្មោះ|ຊື່|အမည်|མིང་?|ނަން|ⵉⵙⵎ|ܫܡܐ|"
        # Bengali, Georgian, Ethiopic, Central Asian and Mongolian Cyrillic, Kurdish, Pashto, and African languages
        r"নাম|পুরো নাম|রোগীর নাম|სახელი(?:,? (?:და )?გვარი)?|გვარი|ስም|ሙሉ ስም|ሽም|ምሉእ ሽም|"
        r"аты-ж[өо]н[үі]|аты|тег[іи]|нэр|овог(?: нэр)?|ism(?:i|ingiz)?|familiya(?:si)?|f\.i\.sh\.?|"
        r"ad[ıi](?:,? soyad[ıi])?|soyad[ıi]|ناو|نوم|aha|maqaa|suna|or[úu]k[ọo]|magaca|anarana|igama|"
        r"исм|насаб|անուն(?: ազգանուն)?|ազգանուն",
        False,
        r"(?:(?:\\?[\"']?[ \t]*[:=：]|\)?[ \t]*[:：|།])[ \t]*\\?[\"']?|" + _LEADER + ")",
    ),
    (
        # a field labelled with the role a person plays in a record (`Driver: ...`, `Decedent: ...`, `Patron: ...`,
        # `Kontoinhaber: ...`): read as after `Reported by`, with no desk, team, office or company word in it
        "agent",
        "(?:" + "|".join(sorted(_AGENT_NOUNS, key=lambda w: (-len(w), w))) + ")(?:[ _-]?name)?",
        False,
        r"(?:[ \t]*[:：=][ \t]*[\"']?|" + _LEADER + ")",
    ),
    (
        # a person's role right before the name in running text (`tenant Gunnar Eriksen reports ...`, `leased to
        # Emeka Obi`): read as after the plain label, a known given name or a surname's form asked for
        "role",
        r"tenant|customer|employee|patient|applicant|guest|resident|occupant|homeowner|(?:account |card ?)?holder|"
        r"member|caller|caregiver|(?:leased|rented|let|issued|registered|assigned) to|voter|volunteer|donor|"
        r"technician|laborer|labourer|subscriber|client|student|passenger|visitor|participant|attendee|registrant|"
        # money moved between people, as statements and mobile-money logs word it (`Payment from ...`)
        r"(?:payment|transfer|transferred|received|sent|paid|remittance|deposit|refund|cash ?out|cash ?in) (?:from|to)",
        True,
        r"[ \t]+",
    ),
    (
        # keys that hold a person's name as often as an account's or a program's (`author`, `user`, `organizer`):
        # read as after the plain `name` (a known given name or a surname's form asked for)
        "person_key",
        "|".join(_PERSON_KEY_WORDS),
        True,
        r"[\"']?[ \t]*(?:=>|[:=])[ \t]*[\"']?",
    ),
    (
        # who wrote, filed or signed a record (`Reported by: ...`, `Filed by ...`, `Submitted by ...`), read as after a
        # label, with no desk, team or office word in it (`Filed by County Records Office`)
        "by",
        r"(?:reported|filed|submitted|prepared|completed|entered|requested|witnessed|recorded|raised|authored|"
        r"inspected|referred|examined|interviewed|notari[sz]ed|sworn|attested|lodged|dictated|transcribed|"
        r"countersigned)[ _]by",
        False,
        r"[ \t]*:?[ \t]*",
    ),
    (
        "delivery",
        r"(?:ship|deliver|sold|bill|send|mail)(?:ed)? to|consignee|addressee|destinatario|destinataire|"
        r"empf[äa]nger|geadresseerde|to(?=:[ \t]*\r?\n)",
        False,
        r"[ \t]*:[ \t]*(?:\r?\n[ \t]*)?",
    ),
    ("party", r"<nm>", False, r"[ \t]*"),
    (
        "intro",
        r"my name is|my name's|i am called|me llamo|mi nombre es|je m'appelle|je m’appelle|ich hei(?:ß|ss)e|"
        r"mein name ist|mi chiamo|il mio nome [èe]|me chamo|meu nome [ée]|mijn naam is|ik heet|nazywam si[ęe]|"
        r"jag heter|jeg heter|mit navn er|minun nimeni on|меня зовут",
        False,
        r"[ \t]+",
    ),
    (
        "dear",
        r"dear|dearest|estimad[oa]|querid[oa]|cher|ch[èe]re|liebe[r]?|sehr geehrte[r]?|gentile|egregio|car[oa]|"
        r"beste|geachte|hej|kære|kochan[ya]|szanown[ya]|"
        r"(?:say[ıi]n|h[öo]rm[əe]tli|уважаем(?:ый|ая)|шановн(?:ий|а))(?=[ \t]+\w+[ \t]+\w)",
        False,
        r"[ \t]+",
    ),
)
_PLURAL = {"label": "(?P<label_s>s|\\(s\\))?", "agent": "(?P<agent_s>s|\\(s\\))?"}
"""Labels of people in the plural (`Account holders:`, `Tenant(s):`), before two people or a household (one name
after them must read as a person's: `Debtors: Current Assets` is a ledger's)."""
_BEFORE = lazy.compile(
    "(?:(?<![\\w.-])|(?<=[^\\w.-]_))(?:"
    + "|".join(
        f"(?P<{name}>(?:{_spaces_or_underscores(words) if name == 'label' else words}){_PLURAL.get(name, '')}{gap})"
        for name, words, _, gap in _BEFORE_NAME
    )
    + ")"
)
_PLAIN = {name: plain for name, _, plain, _ in _BEFORE_NAME}
_ROLE_WORDS = ("pupil", "learner", "guardian", "proprietor", "father", "mother", "parent", "parents", "child")
_ROLE_WORDS += ("spouse", "husband", "wife", "deceased", "bride", "groom", "godfather", "godmother", "godparent")
_ROLE_WORDS += ("godparents", "witness", "informant", "owner", "hof")
"""Registers' and rolls' labels of a person (`Pupil:`, `Father:`, `Owner:`), looked for with the gap after them."""
_LEADS = (
    *("athlete", "runner", "rider", "resident", "occupant", "homeowner", "signer", "signatory", "debtor"),
    *("player", "competitor", "entrant", "contestant"),
    *("registered proprietor", "head of household", "head of the household", "head of family", "head of the family"),
    *("household head", "registered owner", "family head", "vorna", "nachn"),
    *(
        f"{w}{c}"  # words common in code too: where a label's gap follows them
        for w in _ROLE_WORDS
        for c in (":", " :", "\t", '"', "'", "|", "=", "\uff1a")
    ),
    *(
        f"{w}{g}name"
        for w in ("hoh", "hh", "hhhead", "hh_head", "head", "caregiver", "respondent")
        for g in ("", "_", " ")
    ),
    *(f"{w}{g}name" for w in ("learner", "requester", "reporter", "assignee", "proprietor") for g in ("", "_", " ")),
    *(f"{w}{g}name" for w in ("farmer", "worker", "teacher", "enumerator", "interviewee") for g in ("", "_", " ")),
    *(f"{w}{g}name" for w in ("sponsor", "victim", "caller") for g in ("", "_", " ")),
    *(f"{w}name" for w in ("full", "first", "last", "given", "family", "middle", "maiden", "sur", "legal")),
    *("real name", "real_name", "realname", "author name", "author_name", "authorname"),
    *(f"{w} name" for w in ("full", "first", "last", "given", "family", "middle", "maiden", "legal")),
    *(f"{w}_name" for w in ("full", "first", "last", "given", "family", "middle", "legal")),
    *(f"{w}-name" for w in ("full", "first", "last", "given", "family", "middle", "legal")),
    "patient",
    *(
        f"{w}{g}name"
        for w in ("payer", "debtor", "creditor", "holder", "accountholder", "account holder")
        for g in ("", " ", "_")
    ),
    *(
        f"{w}{g}name"
        for w in ("traveler", "traveller", "subscriber", "signer", "signatory", "guardian", "spouse")
        for g in ("", " ", "_")
    ),
    *(
        f"{w}{g}name"
        for w in ("mother", "father", "mother's", "father's", "emergencycontact", "emergency contact")
        for g in ("", " ", "_")
    ),
    *(
        f"{w}{g}name"
        for w in ("nextofkin", "next of kin", "physician", "doctor", "prescriber", "referrer")
        for g in ("", " ", "_")
    ),
    *("prescribed for", "prescribed to", "dispense to", "issued to"),
    *(f"{w} {d}" for w in _MONEY_MOVES for d in ("from", "to")),
    *(f"{w}{p}" for w in _PERSON_KEY_WORDS for p in (":", '":', "':", " :", "=", " =", '="', "='")),
    *("caller ", "caregiver ", "leased to", "rented to", "let to ", "registered to", "assigned to", "technician "),
    *("member ", "client ", "voter ", "volunteer ", "donor ", "laborer ", "labourer ", "visitor ", "student "),
    *(
        f"{w}{g}display{g}name"
        for w in ("user", "actor", "requester", "reporter", "assignee", "creator", "signer")
        for g in ("", "_")
    ),
    "account holder",
    "account_holder",
    *("accountname", "account name", "attendee", "participant", "registrant", "visitorname", "visitor name"),
    *("holder", "bearer", "ticketholder", "ticket holder", "passholder", "pass holder", "name  "),
    *("contact:", "contact :", "customer:", "kontakt:", "client:", "klient:"),
    *("displayname", "display name", "preferredname", "preferred name", "commonname", "common name"),
    *("artist", "by-line"),
    "contact person",
    "contact name",
    "contact_name",
    "driver name",
    "driver's name",
    "owner name",
    "owner's name",
    "member name",
    "policyholder",
    "policy holder",
    "sender name",
    "sender's name",
    "customer",
    "employee",
    "student",
    "guest",
    "payee",
    "<nm>",
    "passenger",
    "cardholder",
    "card holder",
    "applicant",
    "insured",
    "tenant",
    "recipient",
    "beneficiary",
    "surname",
    "attn",
    "attention",
    *("plaintiff", "defendant", "petitioner", "respondent", "appellant", "appellee", "claimant", "demandante"),
    *("demandado", "demandada", "demandeur", "demanderesse", "defendeur", "defenderesse", "klager", "beklagte"),
    *("ship to", "shipped to", "deliver to", "delivered to", "sold to", "bill to", "billed to", "send to", "mail to"),
    *("consignee", "addressee", "destinatario", "destinataire", "empfanger", "geadresseerde", "\nto:", "to:\n"),
    "nombre",
    "apellido",
    "prenom",
    "nom:",
    "nom :",
    'nom":',
    "nome:",
    'nome":',
    "cognome",
    "vorname",
    "nachname",
    "familienname",
    "voornaam",
    "achternaam",
    "imie",
    "nazwisko",
    *("nombre ", "nom d", "nome d", "naam v", "name des", "name der", "ansprechpartner", "kontaktperson"),
    *("persona de contacto", "personne a contacter", "interlocut", "paciente", "paziente", "titular", "titulaire"),
    *("titolare", "kunde", "kundin", "mieter", "huurder", "locataire", "inquilin", "versicherte", "asegurad"),
    *("segurad", "assure", "assicurat", "antragsteller", "solicitante", "mitarbeiter", "medewerker", "empleado"),
    *("cliente", "dipendente", "funcionari", "pasajero", "passager", "passageiro", "passeggero", "fahrgast"),
    *("ho va ten", "ho ten"),
    *("reisende", "voyageur", "viaggiatore", "beneficiario", "beneficiaire", "begunstigte", "destinatario"),
    *(f"{w}{p}" for w in _PLAIN_WORDS for p in (":", '":', "':", " :", "=", " =", "\t:")),
    *('name"]=>', "name']=>", 'name, "', "name, '", "name] =>", 'name "'),
    *("ad soyad", "ad-soyad", "adi soyadi", "adı soyadı", "ad ve soyad", "adi ve soyad", "adı ve soyad", "soyad"),
    *("hasta ad", "musteri ad", "müşteri ad", "jméno a", "jmeno a", "celé jméno", "cele jmeno", "příjmení"),
    *("prijmeni", "meno a priezvisko", "priezvisko", "teljes név", "teljes nev", "vezetéknév", "vezeteknev"),
    *("keresztnév", "keresztnev", "utónév", "utonev", "családnév", "csaladnev", "nume și", "nume şi", "nume si"),
    *("nume complet", "prenume", "ime i prezime", "ime in priimek", "prezime", "priimek", "vardas", "pavardė"),
    *("pavarde", "vārds", "vards", "uzvārds", "uzvards", "ees- ja", "eesnimi", "perekonnanimi", "etunimi"),
    *("sukunimi", "koko nimi", "förnamn", "fornamn", "efternamn", "fullständigt namn", "fullstandigt namn"),
    *("fornavn", "efternavn", "etternavn", "fulde navn", "fullt navn", "nama lengkap", "nama pasien"),
    *("nama pelanggan", "nama pemohon", "nama karyawan", "buong pangalan", "jina kamili", "emri dhe", "mbiemri"),
    *("ism", "ismi", "ismingiz", "familiya", "familiyasi", "f.i.sh", "adi", "soyadi", "aha", "maqaa", "suna"),
    *("oruko", "magaca", "anarana", "igama"),
    *("nom i cognoms", "cognoms", "fullt nafn", "име и", "презиме", "три имена", "nome completo", "nom complet"),
    *("vollstandiger name", "imie i nazwisko", "imie nazwisko"),
    "my name",
    "i am called",
    "me llamo",
    "mi nombre",
    "je m'appelle",
    "ich heisse",
    "mein name",
    "mi chiamo",
    "il mio nome",
    "me chamo",
    "meu nome",
    "mijn naam",
    "ik heet",
    "nazywam",
    "jag heter",
    "jeg heter",
    "mit navn",
    "minun nimeni",
    "dear ",
    "estimad",
    "querid",
    "cher ",
    "liebe ",
    "sehr geehrte",
    "gentile ",
    "egregio",
    "caro ",
    "cara ",
    "beste ",
    "geachte",
    "hej ",
    "kochan",
    "szanown",
    "sayin ",
    "hormetli ",
)
_NON_ASCII = (
    "prénom",
    "ich heiße",
    "je m’appelle",
    "chère",
    "sayın ",
    "hörmətli ",
    "уважаем",
    "шановн",
    "kære",
    "imię",
    "nazywam się",
    "меня зовут",
    "défendeur",
    "défenderesse",
    "kläger",
    "empfänger",
    "assuré",
    "bénéficiaire",
    "begünstigte",
    "destinatário",
    "funcionário",
    "personne à contacter",
    "姓名",
    "氏名",
    "이름",
    "фио",
    "ф.и.о",
    "ф. и. о",
    "имя",
    "фамилия",
    "отчество",
    "пациент",
    "клиент",
    "прізвище",
    "ім'я",
    "піб",
    "п.і.б",
    "ονοματεπώνυμο",
    "ονοματεπωνυμο",
    "όνομα",
    "ονομα",
    "επώνυμο",
    "επωνυμο",
    "ασθενής",
    "πελάτης",
    "họ và tên",
    "họ tên",
    "họ",
    "tên",
    "bệnh nhân",
    "khách hàng",
    "الاسم",
    "اسم ال",
    "نام",
    "שם",
    "ชื่อ",
    "นามสกุล",
    "성명",
    "환자",
    "고객",
    "성함",
    "お名前",
    "名前",
    "患者",
    "顧客名",
    "客户姓名",
    "名字",
    "नाम",
    "பெயர்",
    "పేరు",
    "ಹೆಸರು",
    "പേര്",
    "નામ",
    "ਨਾਮ",
    "ନାମ",
    "නම",
    "ឈ្មោះ",
    "ຊື່",
    "အမည်",
    "མིང",
    "ނަން",
    "ⵉⵙⵎ",
    "ܫܡܐ",
    *("নাম", "পুরো নাম", "রোগীর নাম", "სახელი", "გვარი", "ስም", "ሙሉ ስም", "ሽም", "ምሉእ ሽም", "аты", "тегі", "теги"),
    *("нэр", "овог", "adı", "soyadı", "ناو", "نوم", "orúkọ", "исм", "насаб", "անուն", "ազգանուն"),
    "पूरा नाम",
    "रोगी का नाम",
    "vollständiger",
)
_BY = ("reported", "filed", "submitted", "prepared", "completed", "entered", "requested", "witnessed", "recorded")
_BY += ("raised", "authored", "inspected", "referred", "examined", "interviewed", "notarized", "notarised")
_BY += ("sworn", "attested", "lodged", "dictated", "transcribed", "countersigned")
"""Verbs of who wrote, filed or witnessed a record, before `by` and a name (not `signed`, `verified` or `logged`,
which a product's or a system's name follows as often)."""
_LEADS = (*_LEADS, *(f"{w} by" for w in _BY))
_AGENT_LEADS = tuple(f"{w}{c}" for w in sorted(_AGENT_NOUNS) for c in (":", " :", "\uff1a", "_name", " name"))
_LEADS = (*_LEADS, *(w for w in _AGENT_LEADS if w.isascii()))
_NON_ASCII = (*_NON_ASCII, *(w for w in _AGENT_LEADS if not w.isascii()))
_LEADS = (*_LEADS, *(w.strip().replace(" ", "_") for w in _LEADS if " " in w.strip()))
_NON_ASCII = (*_NON_ASCII, *(w.replace(" ", "_") for w in _NON_ASCII if " " in w))
"""Labels as keys (`"nombre_completo":`, `"ad_soyad":`) as well as written."""

# --- titles and signatures ------------------------------------------------------------------------------------

_TITLE_WORDS = ("mr", "mrs", "ms", "miss", "dr", "prof", "mme", "sr", "sra")
_TITLE_LEADS = (
    *(f"{c}{w}{e}" for c in " \n\"'(" for w in _TITLE_WORDS for e in ". "),
    *(f"{c}{w} " for c in " \n\"'(" for w in ("herr", "frau")),
)
"""Titles before a name (led by a space, a line break, a quote or a bracket: `items` holds `ms`)."""
_CLOSING_LEADS = (
    "regards",
    "sincerely",
    "yours truly",
    "yours faithfully",
    "best,",
    "best wishes",
    "cheers,",
    "thanks,",
    "thanks!",
    "thank you,",
    "cordially",
    "respectfully,",
    "saludos",
    "atentamente",
    "cordialement",
    "bien à vous",
    "mit freundlichen",
    "viele gr",
    "beste gr",
    "saluti",
    "atenciosamente",
    "abraços",
    "groet",
    "hälsningar",
    "hilsen",
    "pozdrawiam",
)
_TITLED = lazy.compile(rf"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Mme|Sra?)\.? (?={_WORD})")
_CLOSING = lazy.compile(
    r"(?i)[ \t]*(?:(?:kind|best|warm|warmest)? ?regards|yours (?:sincerely|truly|faithfully)|sincerely|"
    r"best(?: wishes)?|cheers|thanks|thank you|many thanks|cordially|respectfully|saludos|atentamente|"
    r"un saludo|cordialement|bien à vous|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e|"
    r"beste gr(?:ü|ue)(?:ß|ss)e|distinti saluti|cordiali saluti|saluti|atenciosamente|abraços|met vriendelijke groet|"
    r"groeten|med vänliga hälsningar|hälsningar|med venlig hilsen|pozdrawiam)[,.!]?[ \t]*\r?\n[ \t]*"
)


_ONE_NAME = lazy.compile(
    r"first|given|last|family|sur|vorna|nachn|pr[ée]nom|vorname|voornaam|nombre|nome|imi[ęe]|nachname|apellido|cognome|"
    r"achternaam|nazwisko|\u540d|имя|фамилия|отчество|прізвище|ім'я|όνομα|ονομα|επώνυμο|επωνυμο|tên|họ(?! )|"
    r"soyad|p[řr][íi]jmen[íi]|priezvisko|vezet[ée]kn[ée]v|keresztn[ée]v|ut[óo]n[ée]v|csal[áa]dn[ée]v|prenume|"
    r"prezime|priimek|pavard|vardas|v[āa]rds|uzv[āa]rds|eesnimi|perekonnanimi|etunimi|sukunimi|f[öo]rnamn|"
    r"efternamn|fornavn|efternavn|etternavn|mbiemri|cognoms|презиме"
)
"""Labels that name a given name or a surname alone (`first_name: Lucia`): one word is enough there."""
_CAPITALS = lazy.compile(
    rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?(?:[ /][{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?){{1,3}}"
    r"(?=[ \t]*(?:$|[\r\n\"',;|<&])| {2,}\S|\t)",
    re.M,
)
"""Two to four words in capitals ending a line or a field after a label: a name as passports, tickets and forms
print it (`PETROVIC/MILICA` too)."""
_ONE_CAPITAL = lazy.compile(rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?(?=[ \t]*(?:$|[\r\n\"',;|<&])| {{2,}}\S|\t)", re.M)
"""A word in capitals ending a line or a field: a given name or a surname alone after its label (`SURNAME: OKORO`)."""
_CAPITAL_SURNAME = lazy.compile(
    rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?(?: [{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?)? {_WORD}(?: {_WORD})?"
    r"(?=[ \t]*(?:$|[\r\n\"',;|<]))",
    re.M,
)
"""A surname in capitals, then given names (`KOWALCZYK Renata`), ending a line or a field after a label."""
_INVERTED = lazy.compile(
    rf"{_WORD}(?: {_WORD})?, {_WORD}(?: {_WORD})?(?: [{_UP}]\.?)?(?=[ \t]*(?:$|[\r\n\"';|<])| {{2,}}\S|\t)", re.M
)
"""A surname, a comma and the given names, maybe a middle initial, ending the line or the field (`Oyelaran, Farida`,
`Dominguez, Hector A.`)."""
_CAPITALS_INVERTED = lazy.compile(
    rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?(?: [{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?)?, "
    rf"[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?(?: [{_UP}]{{2,}}){{0,2}}(?: [{_UP}]\.?)?"
    r"(?=[ \t]*(?:$|[\r\n\"';|<])| {2,}\S|\t)",
    re.M,
)
"""A surname in capitals, a comma and the given names in capitals, as credit reports, manifests and cash logs print
them (`HALVORSEN, INGRID`, `GUTIERREZ MORALES, LUIS FERNANDO  SSN ...`)."""
_NAME_END = lazy.compile(r"[ \t]*(?:$|[\r\n\"',;.)\]}|<>\\^&]|[ \t][-–(/]| {2,}(?=\S)|\t(?=\S))", re.M)
"""What may follow a name after a label: the end of the line or of a field, punctuation, a bracket, the gap before a
form's next column (two spaces or more, or a tab)."""
_JOIN = r"(?:and|&|\+|und|et|y|e|og|och|en|ja|és|i|и)"
_COUPLE = lazy.compile(
    rf"(?:(?P<titles>{_TITLE} {_JOIN} {_TITLE})|(?P<first>{_WORD}) {_JOIN}) (?P<rest>(?:{_PARTICLE} )*{_WORD}"
    rf"(?: (?:{_PARTICLE} )*{_WORD}){{0,2}})(?![\w@])"
)
"""Two people sharing a surname, as households, accounts and bookings name them (`Daniel and Rosa Whitfield`,
`Ana & Luis Ferreira`, `Mr and Mrs Okafor`, `Jan und Petra Hoffmann`)."""
_LOWER_WORD = "[a-zà-öø-ÿß\u0100-\u017f][a-zà-öø-ÿß\u0100-\u017f'’-]+"
_LOWER_NAME = lazy.compile(f"{_LOWER_WORD}(?: {_LOWER_WORD}){{1,2}}(?![\\w@.])")
"""Two or three words in lower case: a name as chat handles, sign-up forms and notes write it (`maria gonzalez`)."""
_NOT_LOWER = frozenset(
    """
    will can may might must shall should would could did does do done down up out off over back away later now soon
    ready here there please pending stable ok okay yes no and or with without from into onto per via only also just
    complete completed closed open opened resolved assigned unassigned called left arrived paid unpaid cancelled
    canceled confirmed declined approved rejected received sent home present absent late early none unknown
    still well good fine better best more most less least very much many few some any every each other another same
    """.split()
)
"""Words that a run of lower-case words after a label holds when it is a remark, not a name (`will call back`)."""


def _couple(text: str, at: int, known: bool) -> tuple[int, int] | None:
    """Where two people sharing a surname are named from `at` (see `_COUPLE`): no word of a place's, a trade's or a
    desk's name (`Alpha and Omega Trust`), the field ending there, and (`known`) a known given name among them where
    a shop's or a work's name may stand as well."""
    m = _COUPLE.match(text, at)
    if m is None or _NAME_END.match(text, m.end()) is None:
        return None
    rest, first = m.group("rest"), m.group("first")
    words = [w.lower() for w in _words(rest)]
    if any(w in _PLACE_HEADS or w in _TRADES or w in _DESKS for w in words):
        return None  # `Alpha and Omega Trust`, `Marks and Spencer Foods`
    if m.group("titles") is not None:
        return m.span() if _name_ok(rest, False, True) else None
    if first.lower() in _NOT_NAME or first.lower() in _PLACE_HEADS or first.lower() in _TRADES or len(words) < 2:
        return None
    if not _name_ok(f"{first} {rest}", False) or not _name_ok(rest, False):
        return None
    return m.span() if not known or first.lower() in _GIVEN or words[0] in _GIVEN else None


def _lower_name(text: str, at: int) -> tuple[int, int] | None:
    """Where a name written in lower case stands from `at` (after a person's label): two or three words, none a word
    of a heading, a desk, a trade or a remark, a known given name among them, and the field ending there."""
    m = _LOWER_NAME.match(text, at)
    if m is None or _NAME_END.match(text, m.end()) is None:
        return None
    return m.span() if lower_name_ok(m.group()) else None


def lower_name_ok(value: str) -> bool:
    """Whether words in lower case read as a person's name (see `_lower_name`)."""
    words = value.split(" ")
    if any(w in _NOT_NAME or w in _NOT_LOWER or w in _DESKS or w in _TRADES or w in _PLACE_HEADS for w in words):
        return False
    if words[0] not in _GIVEN and not (words[1] in _GIVEN and _SURNAME_END.search(words[0]) is not None):
        return False
    return len(words[-1]) > 2


_OPENS = frozenset("\n\"'>:(*-")
"""What may stand before a salutation (`Dear`, `Estimado`): the start of a line, a quote, a tag."""
_FIELD_OPENS = _OPENS | {"", "|", ",", ";"}
"""What may stand before a record's field written without a colon (`| Filed by ... |`): as above, a cell's start."""


_RECORD_TYPE = lazy.compile(
    r"#<(?:[A-Za-z_]\w*::)*(?P<ruby>[A-Z][A-Za-z0-9]{1,40})[ :>]|"
    r"(?:%|object\()?(?:[A-Za-z_]\w*(?:\.|::|\\\\?))*(?P<type>[A-Z][A-Za-z0-9]{1,40})(?:\(|\)#\d+ \(\d+\) \{| ?\{|\[)"
)
"""A record's type as a language runtime prints it before its fields: Python's `City(`, Ruby's `#<City `, Elixir's
`%City{`, Go's `main.City{`, Rust's `City { `, PHP's `object(City)#1 (2) {`, Java's `City[`."""
_PERSON_TYPES = frozenset(
    """
    user person people customer client patient employee staff contact member account owner student pupil guest
    passenger traveller traveler party subscriber author profile applicant tenant holder cardholder beneficiary
    payee payer debtor creditor insured policyholder driver rider recipient sender attendee participant registrant
    visitor resident citizen individual human lead prospect candidate volunteer donor buyer seller agent teacher
    doctor physician nurse caregiver guardian parent child spouse
    """.split()
)
"""Types of records of a person (`Customer(name=...)`, `#<User ...>`), by the last word of their name."""
_NEUTRAL_TYPES = frozenset(
    """
    row record entry item result hit doc document node object obj struct map dict ordereddict hash hashmap
    namespace simplenamespace model data dataclass response payload value values tuple namedtuple list array
    """.split()
)
"""Types of records that say nothing of what they hold (`Row(`, `SimpleNamespace(`, `OrderedDict(`)."""
_TYPE_WORD = lazy.compile(r"[A-Z][a-z0-9]*$|[A-Z]+$")
_KEYED_TYPE = lazy.compile(
    r"(?i)(?<![\w-])[\"']?@?(?:type|kind|category|entity_?type|object_?type|record_?type)[\"']?[ \t]*(?:=>|[:=])"
    r"[ \t]*:?[\"']?(?P<type>[a-z][a-z_-]{1,30})(?![\w-])"
)
"""A record's type given by a key beside its name (`"type": "landmark"`, `kind: 'depot'`, `"@type": "Place"`)."""
_THING_KEYS = lazy.compile(
    r"(?i)(?<![\w-])[\"'\[:]?(?:sku|qty|quantity|unit_?price|price|stock|in_?stock|serial(?:_?n(?:o|umber))?|lot|"
    r"batch|barcode|gtin|ean|upc|isbn|asin|mpn|model|manufacturer|brand|weight|dimensions|capacity|elevation|"
    r"population|floors|species|genre|tracks?|runtime|isin|cusip|ticker|symbol|imo|mmsi|tonnage)"
    r"[\"'\]]?[ \t]*(?:=>|[:=|,]|\)[ \t]*\")"
)
"""Keys of a thing's record beside its name (a product's `sku` and `price`, a ship's `imo`, a place's `elevation`):
a name there with nothing of a person's beside it is the thing's."""
_TYPED_REACH = 160
_PERSON_KIND_WORDS = frozenset(
    """
    admin administrator editor viewer moderator reviewer contributor maintainer manager staff internal external
    personal private individual natural natural_person premium free basic pro plus gold silver bronze platinum
    standard trial vip regular new returning active inactive primary secondary main home work emergency
    """.split()
)
"""Values of a record's type that a person's record has too (a role, a plan, a contact's place in a list)."""


def _keyed_type(text: str, start: int, end: int) -> str:
    """The type a key gives the record around a name from `start` to `end` (lower-cased, its last word), `thing`
    when keys of a thing's record stand there (see `_THING_KEYS`), or ''; the record is read back to its opening
    brace or blank line and on to its closing one (`_TYPED_REACH` at most)."""
    lo = max(0, start - _TYPED_REACH)
    lo = max(lo, text.rfind("{", lo, start) + 1, text.rfind("\n\n", lo, start) + 2)
    hi = min(len(text), end + _TYPED_REACH)
    for close in ("}", "\n\n"):
        at = text.find(close, end, hi)
        hi = at if at >= 0 else hi
    m = _KEYED_TYPE.search(text, lo, hi)
    if m is None:
        return "thing" if _THING_KEYS.search(text, lo, hi) is not None else ""
    return m.group("type").lower().replace("-", "_").rsplit("_", 1)[-1]


def _record_type(text: str, start: int) -> str:
    """The type of the record printed around `start` (lower-cased, the last word of its name), or ''."""
    lo = max(text.rfind("\n", max(0, start - 160), start) + 1, start - 160)
    last = None
    for typed in _RECORD_TYPE.finditer(text, lo, start):
        last = typed
    if last is None:
        return ""
    typed = last.group("ruby") or last.group("type")
    word = _TYPE_WORD.search(typed)
    return (word.group() if word is not None else typed).lower()


_PARENT_KEY = lazy.compile(
    r"(?:^|(?<=[\s{\[,]))[\"']?(?P<key>[A-Za-z][A-Za-z_-]{2,30})[\"']?"
    r"(?:[ \t]*:[ \t]*(?:[\[{][ \t]*)?\r?\n|[ \t]*[:=][ \t]*[\[{]|[ \t]+\{)",
    re.M,
)
"""A key that opens a container of records (YAML's `patients:` over its list, JSON's `"guests": [`, a text
protobuf's `person {`)."""
_PARENT_REACH = 200
_KEY_WORD = lazy.compile(r"[A-Z]?[a-z]+$")


def _parent_key(text: str, start: int) -> str:
    """The last word of the key that opens the container of the record around `start` (lower-cased, singular: a
    YAML list of `patients:`, JSON's `"guests": [`), or ''; the nearest such key before it within `_PARENT_REACH`,
    with no container closed between."""
    lo = max(0, start - _PARENT_REACH)
    last = None
    for m in _PARENT_KEY.finditer(text, lo, start):
        last = m
    if last is None or any(c in text[last.end() : start] for c in "]}"):
        return ""
    word = _KEY_WORD.search(last.group("key").replace("-", "_").rsplit("_", 1)[-1])
    if word is None:
        return ""
    word = word.group().lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and len(word) > 4 else word


_LOCAL_PART = lazy.compile(r"(?<![\w.+-])([A-Za-z][\w.+-]{1,40})@[A-Za-z0-9-]{1,60}\.")
"""A mailbox's local part (before `@` and a domain)."""


def _mailbox_named(text: str, lo: int, hi: int, value: str) -> bool:
    """Whether a mailbox between `lo` and `hi` is named for the person `value` would name: its local part holds one
    of the name's words of three letters or more (`mele.t@`, `taufa.m@` beside `Mele Taufa`)."""
    lo, hi = max(lo, 0), min(hi, len(text))
    if text.find("@", lo, hi) < 0:
        return False
    words = [w.lower() for w in _words(value) if len(w) >= 3 and w.isalpha()]
    if not words:
        return False
    for m in _LOCAL_PART.finditer(text, lo, hi):
        local = m.group(1).lower()
        if any(w in local for w in words):
            return True
    return False


_PERSON_FORM_KEY = lazy.compile(
    r"(?<![a-z])(?:dob|d\.o\.b\.?|date of birth|birth ?date|born|licen[cs]e(?: no\.?| number| #)?|cdl|"
    r"passport(?: no\.?| number)?|ssn|national id|gender|sex|age|nationality|(?:home |mailing )?address|addr|"
    r"phone|mobile|cell|tel|e-?mail|next of kin|emergency contact|relationship|signature|medical card)"
    r"[ \t]*(?:[:#=]|no\.)"
)
"""A form's label of a person's own data (`DOB:`, `CDL #`, `Cell:`, `Home address:`), on the lower-cased text."""
_FORM_REACH = 320


def _person_form(low: str, start: int, end: int) -> bool:
    """Whether the form around a name from `start` to `end` (its block, up to `_FORM_REACH` either side) asks for
    a person's own data (see `_PERSON_FORM_KEY`)."""
    lo = max(0, start - _FORM_REACH)
    lo = max(lo, low.rfind("\n\n", lo, start) + 2)
    hi = low.find("\n\n", end, end + _FORM_REACH)
    hi = min(len(low), end + _FORM_REACH) if hi < 0 else hi
    return _PERSON_FORM_KEY.search(low, lo, hi) is not None


_AGENT_NOUN = lazy.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _agent_noun(label: str) -> str:
    """The role noun a label opens with (`driver` of `driver_name=`, `co-driver` of `Co-driver:`)."""
    m = _AGENT_NOUN.match(label)
    return m.group() if m is not None else ""


_COUPLE_LABELS = frozenset(("label", "agent", "delivery"))
"""Labels of people (not the plain `name`, a salutation or a key), after which a couple needs no known given name."""
_FIRM_OR_BREED = lazy.compile(r"[ \t]*&[ \t]*[A-Z][a-z]| \((?:IRE|GB|FR|USA|GER|AUS|NZ|JPN|ITY|SAF|ARG|CAN)\)")
"""What follows a firm's name (`& Rescue Service`) or a racehorse's (`(IRE)`, its country of birth), not a person's."""
_LOWER_GROUPS = frozenset(("label", "agent", "plain", "delivery"))
"""Where a name in lower case is read: after a person's label, and after the plain `name` in a person's record."""


def _names(text: str, low: str, starts: list[int] | None, led: bool = False) -> list[Finding]:
    """Names after the labels and leads matched at `starts` (all places when None); with `led`, only after the
    labels set off by a dash, a tab or dot leaders that open their line (see `_led`), else only after the others."""
    out: list[Finding] = []
    if starts is None:
        matches = list(_BEFORE.finditer(low))
    else:
        matches = []
        for at in starts:
            if matches and at < matches[-1].end():
                continue
            m = _BEFORE.match(low, at)
            if m is not None:
                matches.append(m)
    near_keys = _NearKeys(text, low)
    for m in matches:
        group = m.lastgroup or ""
        if led != (group in ("label", "agent") and _leader(m)) or (led and not _line_opened(low, m.start())):
            continue
        if group == "dear" and low[: m.start()].rstrip(" \t")[-1:] not in _OPENS and m.start() > 0:
            continue  # `Troels Liebe Bentsen`: a salutation opens a line or a field
        name = _NAME.match(text, m.end())
        plain_here = (_PLAIN[group] and not text[m.start()].isupper()) or group == "person_key"
        couple = _couple(text, m.end(), group not in _COUPLE_LABELS) if name is not None and group != "intro" else None
        if couple is not None:  # `Account holders: Daniel and Rosa Whitfield`, `Dear Mr and Mrs Okafor`
            out.append(Finding(DETECTOR, "person_name", *couple))
            continue
        if name is None and group in _LOWER_GROUPS:
            lowered_name = _lower_name(text, m.end())
            lo, hi = m.start() - _PERSON_REACH, (lowered_name or (0, m.end()))[1] + _PERSON_REACH
            if (
                lowered_name is not None
                and (  # `driver: sofia marin`; `"name": "lukas weber"` beside `"email":`
                    not plain_here
                    or near_keys(lo, hi)
                    or _mailbox_named(text, lo, hi, text[lowered_name[0] : lowered_name[1]])
                )
            ):
                out.append(Finding(DETECTOR, "person_name", *lowered_name))
                continue
        caseless = group in ("label", "agent") or (group == "plain" and text[m.start()].isupper())  # not `name:`
        if name is None and not caseless and group == "plain" and ord(low[m.end() : m.end() + 1] or "a") >= 0x590:
            lo, hi = max(0, m.start() - _CONTACT_REACH), m.end() + _CONTACT_REACH  # beside a birth date, a phone
            caseless = near_keys(lo, hi) or _CONTACT_KEY.search(low, lo, hi) is not None
        if name is None and caseless and ord(low[m.end() : m.end() + 1] or "a") >= 0x590:
            name = _CASELESS.match(low, m.end())  # `이름: 김민준`, `ชื่อ: สมชาย ใจดี`: read as written (in `low`)
            if name is not None and _NAME_END.match(low, name.end()) and name.group() not in _NO_ONE:
                out.append(Finding(DETECTOR, "person_name", name.start(), name.end()))
            continue
        if name is None and group in ("label", "delivery", "by", "agent"):
            name = _CAPITALS_INVERTED.match(text, m.end())  # `Consumer: GUTIERREZ MORALES, LUIS`
            if name is None:
                name = _CAPITALS.match(text, m.end())  # `Passenger: MILICA PETROVIC`, as tickets and forms print it
            if name is None:  # `KOWALCZYK Renata`, as certificates print it (not `ООО Ромашка`, a company)
                name = _CAPITAL_SURNAME.match(text, m.end())
                name = None if name is not None and LEGAL_FORM.match(name.group()) is not None else name
            one = _ONE_NAME.search(m.group()) is not None
            if name is None and one:  # `Last Name: HARTLEY`: a surname alone, in capitals
                name = _ONE_CAPITAL.match(text, m.end())
            value = "" if name is None else name.group().title()
            if name is None or not _name_ok(value.replace(",", ""), False, one):
                continue
            kind = "person_name"
            if group == "agent" and "," not in value and _agent_noun(m.group()) in _SHARED_ROLES:
                kind = "person_name" if _name_ok(value, True) else ALONE
            out.append(Finding(DETECTOR, kind, name.start(), name.end()))
            continue
        if name is None:
            continue
        value = name.group()
        inverted = (
            _INVERTED.match(text, name.start())
            if group in ("label", "agent", "plain") and text[name.end() : name.end() + 1] == ","
            else None
        )
        if inverted is not None:  # `Surname, forename: Oyelaran, Farida`
            name, value, alone = inverted, inverted.group().replace(",", ""), True
        if group in ("label", "plain", "delivery", "agent") and _NAME_END.match(text, name.end()) is None:
            continue  # `client_name: 'Simple OAuth Client'`: more words follow, a title rather than a name
        if _COMPANY_AFTER.match(text, name.end()) is not None:
            continue  # `Demandada: Limpiezas del Sur, S.L.`: a company
        if group == "by" and ":" not in m.group() and low[: m.start()].rstrip(" \t")[-1:] not in _FIELD_OPENS:
            continue  # `code submitted by ...` in running text: a credit, not a record's field
        if group in ("by", "agent") and any(w.lower() in _DESKS or w.lower() in _PLACE_HEADS for w in _words(value)):
            continue  # `Submitted by Facilities Management`: a desk or an office, not a person
        if group == "agent" and any(w.lower() in _TRADES for w in _words(value)):
            continue  # `Operator: Sandvik Mining`: a firm
        if group == "label" and _words(value)[-1].lower() in _TRADES and _words(value)[-1].lower() != "power":
            continue  # `Owner: Monte Carlo Casino`, `Customer: Northwind Traders`: a firm
        if _FIRM_OR_BREED.match(text, name.end()) is not None:
            continue  # `Applicant: Northern Fire & Rescue Service`: a firm; `Silver Wake (IRE)`: a horse
        if group == "agent" and _agent_noun(m.group()) in _SHARED_ROLES and not _name_ok(value, True):
            if _name_ok(value, False) and _person_form(low, m.start(), name.end()):
                out.append(Finding(DETECTOR, "person_name", name.start(), name.end()))  # `Driver: ...` on a form
            elif _name_ok(value, False):  # that asks for a person's birth date, licence or phone
                out.append(Finding(DETECTOR, ALONE, name.start(), name.end()))  # kept beside a person's data only
            continue
        alone = group == "intro" or _ONE_NAME.search(m.group()) is not None
        alone = alone or (group == "dear" and text[name.end() : name.end() + 1] in ",!\n")
        plain = _PLAIN[group] and not text[m.start()].isupper()  # `Name: ...` on a form; `name:` in code and YAML
        plain = plain or group in ("role", "person_key") or bool(m.group("label_s") or m.group("agent_s"))
        if _PLAIN[group] and len(_words(value)) < 2:
            if not plain and _name_ok(value, False, True):
                out.append(Finding(DETECTOR, ALONE, name.start(), name.end()))  # kept beside a person's data only
            continue  # `Name: Peter`: a first name alone after the plain label is an example more often than not
        if plain:
            typed = _record_type(text, m.start())
            if not typed and _parent_key(text, m.start()) in _PERSON_TYPES:
                typed = "person"  # `patients:` over a YAML list, `"guests": [...]`: people's records
            if typed in _PERSON_TYPES:
                plain = False  # `Customer(name='Amara Okonkwo', ...)`: a person's record
            elif typed and typed not in _NEUTRAL_TYPES:
                continue  # `#<City id: 12, name: "Port Louis">`: a thing's record, and its name
        if plain and near_keys(m.start() - _PERSON_REACH, name.end() + _PERSON_REACH):
            plain = False  # `"name": "Ilse Vandenberghe"` beside `"email":` or `"phone":`: a person's record
        if plain and _mailbox_named(text, m.start() - _PERSON_REACH, name.end() + _PERSON_REACH, value):
            plain = False  # `name="Mele Taufa" email="mele.t@..."`: the mailbox beside it is named for the person
        single = not alone and not plain and group in ("label", "agent") and len(_words(value)) == 1
        if single and _name_ok(value, False, True):
            out.append(Finding(DETECTOR, ALONE, name.start(), name.end()))  # `Patient: Oyelaran`: kept beside a
            continue  # person's data only (`Patient: Stable` is no name)
        if _name_ok(value, plain, alone):
            if plain:
                typed = _keyed_type(text, m.start(), name.end())
                if typed and typed not in _PERSON_TYPES and typed not in _PERSON_KIND_WORDS:
                    continue  # `{"name": "Victoria Falls", "type": "landmark"}`: a thing's record, and its name
            out.append(Finding(DETECTOR, "person_name", name.start(), name.end()))
    return out


_PERSON_KEYS_SOURCE = (
    r"(?<![\w-])[\"']?(?:birth_?date|date_?of_?birth|dob|birthday|gender|sex|ssn|national_?id|first_?name|last_?name|"
    r"given_?name|family_?name|surname|patient(?:_?id)?|billing_details|cardholder|date_of_death|age|nationality|"
    r"occupation|profession|marital_?status|village|household(?:_?\w{1,12})?|guardian(?:_?\w{1,8})?|"
    r"(?:mother|father|spouse)(?:_?\w{1,8})?|msisdn|religion|tribe|membership)"
    r"[\"']?\]?[ \t]*(?::|=>?)|"
    # a person's role in a team or a system (`role: "editor"`), beside a name alone
    r"(?<![\w-])[\"']?role[\"']?\]?[ \t]*(?::|=>?)\s{0,12}(?:string\(\d{1,3}\)[ \t]*)?[\"':]?(?:admin(?:istrator)?|"
    r"editor|viewer|owner|member|manager|author|contributor|moderator|maintainer|developer|reporter|staff|"
    r"employee|customer|student|teacher|agent|analyst|engineer|accountant|nurse|doctor|physician|cashier|clerk|"
    r"driver|volunteer|intern|director|coordinator|supervisor|secretary|treasurer|chair)[\"']?(?![\w-])|"
    r"[\"']object[\"'][ \t]*:[ \t]*[\"'](?:customer|person|contact|patient|employee|user)[\"']|"
    # a record typed as a person's: JSON's `"type": "User"`, JSON-LD's `"@type": "Person"`, a graph's `(p:Person {`
    # and `addV('person')`, RDF's `a foaf:Person`, a directory's `objectClass: inetOrgPerson`, SCIM's user schema
    r"[\"']@?type[\"'][ \t]*:[ \t]*[\"'](?:user|person|contact|customer|patient|employee|member)[\"']|"
    # an object that a person's role names (`"requester": {"name": ...}`)
    r"[\"'](?:requester|reporter|assignee|submitter|customer|patient|beneficiary|respondent|caregiver|guardian|"
    r"learner|pupil|student|employee|applicant|passenger|tenant|holder|cardholder)[\"'][ \t]*:[ \t]*\{|"
    r"\(\w{0,20}:(?:person|customer|user|employee|patient|contact)\b|"
    r"\b(?:addv|haslabel|has)\([ \t]*'(?:person|customer|user|employee|patient|contact)'|"
    r"\ba[ \t]+(?:foaf|schema|vcard):(?:person|individual)\b|"
    r"\bobject_?class[\"']?[ \t]*[:=][ \t]*[\"']?(?:inet_?org_?)?person\b|"
    r"urn:ietf:params:scim:schemas:core:2\.0:user"
)
_PERSON_KEYS = lazy.compile("(?i)" + _PERSON_KEYS_SOURCE)
"""A key that only a person's record has in JSON (`"birth_date":`, `"gender":`, `"object": "customer"`): a lower-case
`"name":` in the same object names that person, not a build step, a package or a company."""
_PERSON_REACH = 240
_CONTACT_KEY = lazy.compile(
    r"[\"']?(?:phone|mobile|tel|telephone|e-?mail|msisdn|whatsapp|cell)\w{0,12}[\"']?[ \t]*[:=]"
)
"""A key of a person's phone or mailbox (on the lower-cased text): beside it, a lower-case `"name":` written in a
script without capitals names that person."""
_CONTACT_REACH = 160


_KEY_WORDS = (("birth", 9), ("death", 9), ("object", 1), ("dob", 1), ("gender", 1), ("sex", 1), ("ssn", 1))
_KEY_WORDS += (("national", 1), ("first", 1), ("last", 1), ("given", 1), ("family", 1), ("surname", 1))
_KEY_WORDS += (("patient", 1), ("billing_details", 1), ("cardholder", 1), ("age", 1), ("nationality", 1))
_KEY_WORDS += (("occupation", 1), ("profession", 1), ("marital", 1), ("village", 1), ("household", 1))
_KEY_WORDS += (("guardian", 1), ("mother", 1), ("father", 1), ("spouse", 1), ("msisdn", 1), ("religion", 1))
_KEY_WORDS += (("tribe", 1), ("membership", 1), ("requester", 1), ("reporter", 1), ("assignee", 1), ("submitter", 1))
_KEY_WORDS += (("customer", 1), ("beneficiary", 1), ("respondent", 1), ("caregiver", 1), ("learner", 1))
_KEY_WORDS += (("pupil", 1), ("student", 1), ("employee", 1), ("applicant", 1), ("passenger", 1), ("tenant", 1))
_KEY_WORDS += (("holder", 1), ("role", 1))
_KEY_WORDS += (("type", 2), (":person", 21), (":customer", 21), (":user", 21), (":employee", 21), (":patient", 21))
_KEY_WORDS += ((":contact", 21), (":individual", 12), ("addv(", 0), ("haslabel(", 0), ("has(", 0), ("scim", 16))
"""A word every match of `_PERSON_KEYS` holds, and the most characters before it that a match starts
(`"date_of_birth":`): in ASCII text, where its matches can start (see `_NearKeys`)."""


class _NearKeys:
    """Whether `_PERSON_KEYS.search(text, lo, hi)` finds a key, asked of one text for the window around each name in
    it: each window searched on its own while they add up to little; past that (an array of records with a name in
    each: the windows overlap and each character was read about three times), the matches found once, tried only
    where one of `_KEY_WORDS` stands in ASCII text, and each window answered from them."""

    __slots__ = ("ends", "low", "read", "starts", "text")

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low
        self.read = 0
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def __call__(self, lo: int, hi: int) -> bool:
        text = self.text
        lo, hi = max(lo, 0), min(hi, len(text))
        if self.starts is None:
            self.read += max(hi - lo, 0)
            if self.read <= len(text) >> 2:
                return _PERSON_KEYS.search(text, lo, hi) is not None
            places = [m.span() for m in self._matches()]
            self.starts, self.ends = [a for a, _ in places], [b for _, b in places]
        starts, ends = self.starts, self.ends
        i = bisect.bisect_left(starts, lo)
        if i and ends[i - 1] > lo:  # `lo` inside a match: a match may start there too
            return _PERSON_KEYS.search(text, lo, hi) is not None
        # A later match ends later; one that starts inside a match ends where it does (the key's colon or quote).
        return i < len(starts) and starts[i] < hi and ends[i] <= hi

    def _matches(self) -> Iterator[re.Match[str]]:
        """`_PERSON_KEYS.finditer(text)`: in ASCII text tried only where a match can start (see `_KEY_WORDS`)."""
        text, low = self.text, self.low
        if not text.isascii() or len(low) != len(text):
            return _PERSON_KEYS.finditer(text)
        starts: set[int] = set()
        for word, reach in _KEY_WORDS:
            at = low.find(word)
            while at >= 0:
                starts.update(range(max(0, at - reach), at + 1))
                at = low.find(word, at + 1)
        return matches_at(_PERSON_KEYS, text, sorted(starts))


def _letters_and_marks(*blocks: tuple[int, int]) -> str:
    """A character class of the letters and combining marks of `blocks` (and Tibetan's syllable mark): the scripts
    whose vowel signs and viramas are marks, which `\\w` does not read, in the middle of a word."""
    chars = [
        chr(c) for lo, hi in blocks for c in range(lo, hi + 1) if unicodedata.category(chr(c))[0] in "LM" or c == 0x0F0B
    ]
    ranges, start = [], 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or ord(chars[i]) != ord(chars[i - 1]) + 1:
            ranges.append(chars[start] if start == i - 1 else f"{chars[start]}-{chars[i - 1]}")
            start = i
    return "[" + "".join(ranges) + "]"


_MARKED = _letters_and_marks(
    (0x0700, 0x074F),
    (0x0780, 0x07B1),
    (0x0980, 0x0DFF),
    (0x0E80, 0x0EFF),
    (0x0F00, 0x0FFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
)
"""Letters and marks of Syriac, Thaana, the Indic scripts from Bengali to Sinhala, Lao, Tibetan, Myanmar and Khmer."""


def _marks_from(lo: int) -> str:
    """A character class of the combining marks (vowel signs, viramas) of every script from `lo` on."""
    marks = [c for c in range(lo, 0x20000) if unicodedata.category(chr(c)) in ("Mn", "Mc")]
    ranges = []
    for _, run in itertools.groupby(enumerate(marks), lambda p: p[1] - p[0]):
        codes = [c for _, c in run]
        ranges.append(chr(codes[0]) if len(codes) == 1 else f"{chr(codes[0])}-{chr(codes[-1])}")
    return "[" + "".join(ranges) + "]"


_FAR_LETTER = "[^\\W\\d_\u0000-\u058f]"
_FAR_WORD = f"{_FAR_LETTER}(?:{_FAR_LETTER}|{_marks_from(0x0590)})+"
"""A word of letters of any script past Armenian, its vowel signs and viramas within it (Buginese, Baybayin, Sundanese,
Rejang, Tai Viet, Mandaic: scripts whose words hold marks, which `\\w` does not read)."""
_CASELESS_WORD = (
    f"(?:{_MARKED}{{2,}}|"
    "[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff]{2,}|[\u05d0-\u05ea\u05f3\u05f4'\"]{2,}"
    "|[\u0e01-\u0e4e]{2,}|[\uac00-\ud7a3]{2,5}|[\u3040-\u30ff\u4e00-\u9fff]{1,6}|[\u0900-\u0963]{2,}"
    "|[\u07ca-\u07f5]{2,}|[\u13a0-\u13fd\uab70-\uabbf]{2,}|[\u1401-\u166c\u166f-\u167f\u18b0-\u18f5]{2,}"
    "|[\u1820-\u1878\u180b-\u180f\u202f]{2,}|[\u1c5a-\u1c7d]{2,}|[\U0001e900-\U0001e94b]{2,}"
    "|[\u10d0-\u10fa]{2,}|[\u1200-\u135a]{2,}|[\u2d30-\u2d7f]{2,}|[\ua500-\ua60b]{2,}"
    f"|[\U00010d00-\U00010d27]{{2,}}|{_FAR_WORD})"
)
_CASELESS = lazy.compile(f"{_CASELESS_WORD}(?: {_CASELESS_WORD}){{0,3}}")
"""One to four words of a script without capitals (Arabic, Persian, Hebrew, Thai, Hangul, kana and Han, Devanagari,
N'Ko, Cherokee, Canadian syllabics, Mongolian, Ol Chiki, Adlam as lower-cased, Georgian, Ethiopic, Tifinagh, Vai,
Hanifi Rohingya, and the letters of any other script past Armenian: Lisu, Osage as lower-cased...) after a name's
label: the words of the name, as nothing else marks them."""


_NO_ONE = frozenset(
    (
        *("غير معروف", "لا يوجد", "غير محدد", "مجهول", "ندارد", "نامشخص", "ללא", "לא ידוע", "ไม่ระบุ", "ไม่มี"),
        *("없음", "미정", "익명", "홍길동", "テスト", "なし", "不明", "未定", "匿名", "无", "無", "未知", "未填写"),
        *("नहीं", "अज्ञात"),
    )
)
"""Values that say no one is named (`없음`, `不明`, `ไม่ระบุ`) or the placeholder name of forms (`홍길동`)."""


_COMPANY_AFTER = lazy.compile(
    r",?[ \t]+(?:S\.?L\.?U?|S\.?A\.?S?|S\.?r\.?l\.?|SARL|LLC|L\.L\.C\.|LLP|Inc|Ltd|Limited|GmbH|AG|KG|B\.?V\.?|"
    r"N\.?V\.?|Oy|AB|A/S|ApS|AS|plc|PLC|Corp|Co|Pty)\b"
)
"""A company's legal form after a name-shaped run of capitalised words (`Limpiezas del Sur, S.L.`, `Acme GmbH`)."""


def _company(text: str, start: int) -> bool:
    """Whether the line from `start` names a company (its legal form follows the words)."""
    line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    return _COMPANY_AFTER.search(line) is not None


_ROLES_AFTER = ("plaintiff", "defendant", "petitioner", "respondent", "appellant", "claimant")
"""A party's role after its name in a court caption (`Dana Ortiz, Plaintiff,`)."""


_FIELD_LABEL = (
    r'"(?:label|header|title|key|name|column|field|displayName|display_name)"'
    r'[ \t]*:[ \t]*"(?P<label{n}>[^"\n]{{1,40}})"'
)
_FIELD_VALUE = r'"(?:value|body|text|attributedValue)"[ \t]*:[ \t]*"(?P<value{n}>[^"\n]{{1,100}})"'
_FIELD_OTHER = (
    r'(?:[ \t\r\n]*,[ \t\r\n]*"\w{1,24}"[ \t]*:[ \t]*(?:"[^"\n]{0,80}"|[\w.-]{1,20})){0,3}[ \t\r\n]*,[ \t\r\n]*'
)
_FIELDS = lazy.compile(
    _FIELD_LABEL.format(n=1)
    + _FIELD_OTHER
    + _FIELD_VALUE.format(n=1)
    + "|"
    + _FIELD_VALUE.format(n=2)
    + _FIELD_OTHER
    + _FIELD_LABEL.format(n=2)
)
"""A field of a wallet pass or a card (`{"key": "member", "label": "MEMBER", "value": "..."}`, Google Wallet's
`{"header": "Member", "body": "..."}`, a change feed's column `{"name": "full_name", "value": "..."}`, a tracked
entity's attribute `{"displayName": "First name", "value": "..."}`): its label and
its value, in either order."""
_PERSON_FIELD = lazy.compile(
    r"(?:(?:full |first |last |given |family |middle |member |guest |passenger |holder |card ?holder |customer |"
    r"patient |account )?name|surname|member|"
    r"attendee|passenger|guest|holder|card ?holder|account holder|customer|patient|recipient|travell?er|owner|"
    r"student|employee|participant|visitor|bearer|issued to|nombre|nom|nome|naam|navn|namn|titular|titulaire|"
    r"pasajero|passager|passageiro|passagier|mitglied|miembro|membre|inhaber(?:in)?|karteninhaber(?:in)?|gast|"
    r"fahrgast|cliente|kunde|socio|asociado|adh[ée]rent|deelnemer|teilnehmer(?:in)?|huésped|ospite)\Z"
)
"""The labels of a pass's field that holds its holder's name."""


_FIELD_WORDS = ('"value"', '"body"', '"text"', '"attributedvalue"')
_FIELD_LABELS = ('"label"', '"header"', '"title"', '"key"', '"column"', '"field"', '"displayname"', '"display_name"')
_COLUMN_LISTS = ('"columns"', '"fields"')
"""Lists of a change feed's or a schema's columns, whose items name themselves by `"name"`."""
INDEX.add((*_FIELD_WORDS, *_FIELD_LABELS, *_COLUMN_LISTS), where=False)  # whether they occur (see `scan.holds`)


def _pass_fields(text: str) -> list[Finding]:
    """Names in the fields of wallet passes and cards, by their labels (see `_FIELDS`)."""
    out = []
    for m in _FIELDS.finditer(text):
        n = "1" if m.group("label1") is not None else "2"
        label = m.group("label" + n).strip(" :").lower().replace("_", " ")
        if _PERSON_FIELD.match(label) is None:
            continue
        lo, hi = m.span("value" + n)
        value = text[lo:hi]
        mixed = _NAME.fullmatch(value) is not None  # `Ana Ruiz` as written; `ANA RUIZ` is judged as `Ana Ruiz`
        if not (mixed or _CAPITALS.fullmatch(value)) or _COMPANY_AFTER.search(value) is not None:
            continue
        if _name_ok(value if mixed else value.title(), False, _ONE_NAME.match(label) is not None):
            out.append(Finding(DETECTOR, "person_name", lo, hi))
    return out


def _captions(text: str, low: str, starts: list[int]) -> list[Finding]:
    """Names that open a line of a court caption before the party's role (`Dana Ortiz, Plaintiff,`): tried where
    the index placed a role word right after `, `."""
    out = []
    for role_at in starts:
        if not low.startswith(", ", role_at - 2) or not low.startswith(_ROLES_AFTER, role_at):
            continue
        at = role_at - 2
        start = text.rfind("\n", max(0, at - 80), at) + 1
        name = _NAME.match(text, start + len(text[start:at]) - len(text[start:at].lstrip()))
        if name is not None and name.end() == at and _name_ok(name.group(), False) and not _company(text, start):
            out.append(Finding(DETECTOR, "person_name", name.start(), name.end()))
    return out


_TITLES_AT_START = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Mme", "Sr", "Sra", "Herr", "Frau"})


def _titled(text: str, starts: list[int]) -> list[Finding]:
    out = []
    for at in starts:
        if _TITLED.match(text, at) is None:
            continue
        name = _NAME.match(text, at)
        if name is not None and len(_words(name.group())) >= 2 and _name_ok(name.group(), False):
            if _product(text, name.group(), name.end()):
                continue  # `Dr. Pepper soda`, `Mr. Muscle Kitchen Cleaner 750ml`: a brand with a title in its name
            out.append(Finding(DETECTOR, "person_name", name.start(), name.end()))
    return out


_PRODUCT_WORDS = frozenset(
    """
    soda cola drink drinks juice beer cereal chips crisps snack snacks sauce ketchup mustard candy chocolate cookies
    coffee tea boots shoes sneakers cleaner cleaners detergent spray shampoo soap lotion cream wipes polish bleach
    toothpaste deodorant bottle bottles pack packs can cans case carton tub jar box bars tablets capsules refill
    brand brands product products variety flavor flavour flavors flavours original classic zero diet pizza pizzas
    syrup mayo mayonnaise rice pasta noodles soup bread cake cakes pie pies muffins biscuits crackers sweets gum
    dessert pudding frozen ketchup dressing seasoning spice spices oil vinegar milk yogurt cheese butter ice wine
    whisky whiskey rum gin vodka liquor cider lager ale perfume fragrance cologne parfum makeup lipstick mascara
    insoles gel gels balm laundry sponge sponges machine machines maker brewer blender appliance appliances boot
    sandals sachets pods powder scent scented unscented salt wraps burger burgers headphones earbuds app apps
    season episode game games series soaps käse beurre ristorante magasin reiniger allzweckreiniger wurst
    """.split()
)
"""Words of a product's name or its package, after a brand that carries a title (`Dr. Pepper Zero`)."""
_BRAND_NAMES = frozenset(
    """
    pepper oetker scholl scholl's martens bronner bronner's pibb praeger praeger's kipling teal teal's dior clean
    muscle proper sheen coffee who butterworth goodbar freeze potato jart robot beast tortilla bricolage pago
    antje pac-man noodles
    """.split()
)
"""Words that, right after a title, name a brand or a character rather than a person (`Dr. Oetker`, `Mr. Clean`)."""
_AMOUNT_AFTER = lazy.compile(
    r"[ \t]*(?:[™®]|\(r\)|\d+(?:[.,]\d+)?[ \t]?(?:ml|cl|l|oz|fl oz|g|kg|lb|ct|pk|pack)\b)", re.I
)
"""A trade mark sign or a package size right after the name (`Mr. Clean® ...`, `... 750ml`)."""


def _product(text: str, value: str, end: int) -> bool:
    """Whether the titled name is a brand: a brand's word alone after the title, a product word in it or in the two
    words after it, or a trade mark or size after it."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _words(value)]
    if len(words) == 2 and words[1] in _BRAND_NAMES:
        return True
    if len(words) > 2 and words[1] in _BRAND_NAMES and words[1] not in ("pepper", "proper"):
        return True  # `Dr. Oetker Ristorante`; `Dr. Pepper Smith` would be someone
    if any(w in _PRODUCT_WORDS for w in words):
        return True
    if _AMOUNT_AFTER.match(text, end) is not None:
        return True
    after = text[end : end + 32].split()[:2]
    return any(w.lower().strip(".,;:!?") in _PRODUCT_WORDS for w in after)


_SIGNED = lazy.compile(rf"{_WORD}(?: (?:{_PARTICLE} )*{_WORD}){{1,3}}[ \t]*(?:\r?\n|\Z)")


def _signatures(text: str, starts: list[int]) -> list[Finding]:
    out = []
    for at in starts:
        m = _CLOSING.match(text, text.rfind("\n", 0, at) + 1)
        if m is None:
            continue
        name = _SIGNED.match(text, m.end())
        if name is not None:
            value = name.group().rstrip()
            if _name_ok(value, False):
                out.append(Finding(DETECTOR, "person_name", name.start(), name.start() + len(value)))
    return out


# --- street addresses -----------------------------------------------------------------------------------------

_STREET_TYPE = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Ter|Way|Parkway|"
    r"Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Close|Crescent|Cres|Gardens|Grove|Row|Mews|Hill|Walk|Trail|Trl"
)
_UNIT = r"(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|#) ?[\w-]{1,6})?"
_POSTCODE = (
    r"(?:[A-Z]{2},? \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{5}-\d{3}|\d{4}-\d{3}|\d\d-\d{3}"
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}"
    r"|(?:[A-Z]{1,2}-)?\d{4,6}(?: ?[A-Z]{2})?"
    r"|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{3} ?\d{2})"
)
_CITY = rf"{_WORD}(?:[ -](?:{_PARTICLE}[ -])?{_WORD}){{0,2}}(?:/{_WORD}| ?- ?[A-Z]{{2}}(?![\w-]))?"
_DISTRICT = r"(?: \d{1,2}(?![\w.,/:-]\w))?"
"""A city's district number after its name (`121 35 Praha 2`, `1052 Budapest 5`)."""
_TAIL = (
    rf"(?:,? {_CITY})?(?:,? {_POSTCODE}(?: {_CITY}{_DISTRICT})?"
    rf"|,?[ \t]*\r?\n[ \t]*{_POSTCODE} {_CITY}(?=[ \t]*(?:\r?\n|\Z))"
    rf"|,?[ \t]*\r?\n[ \t]*{_CITY},? {_POSTCODE}(?=[ \t]*(?:\r?\n|\Z)))?"
    rf"(?:,? {_CITY})?"
)
"""What follows the street: a city, a postcode and a city on the same line or, as labels and invoices print them,
alone on the next line (`31-159 Kraków`, or `Springfield, OR 97477` as American ones write it)."""
_NUMBER_FIRST = lazy.compile(
    rf"(?<![\w.,-])\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?,? (?:(?:[NS][EW]|[NSEW])\.? )?"
    rf"(?:(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Cc]ours|"
    rf"[Rr]oute) "
    rf"(?:(?:de|du|des|la|le|l'|d')\s?)*"
    rf"{_WORD}(?:[ -]{_WORD}){{0,3}}|{_WORD}(?: {_WORD}){{0,3}} (?:{_STREET_TYPE})\.?(?![\w]))"
    rf"{_UNIT}{_TAIL}"
)
"""A house number, then the street: French (`12 rue de la Paix`) or English with its type (`221B Baker Street`,
`1600 Main St`), then a flat, a city, a postcode."""
_STREET_FIRST = lazy.compile(
    rf"(?<![\w])(?:[{_UP}][\w'-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|"
    rf"plein|gracht|kade|singel|gatan|vägen|vej|gade|veien|katu|utca|ulica|tie|kuja|polku|väylä|tänav)|"
    rf"[{_UP}][\w'-]{{2,}}(?:gata|gaten|vegen)|"
    rf"(?:Calle|C/|Avenida|Avda\.?|Av\.|Bulevar|Paseo|Plaza|Carrera|Camino|Carretera|Ronda|Rambla|Rua|Travessa|Via|Viale|"
    rf"Piazza|Corso|Largo|Vicolo|ul\.|Ulica|Aleja|al\.|Strada|Str\.|Bulevardul|Bd\.|B-dul|Calea|Aleea|[ȘŞS]oseaua|"
    rf"Splaiul|Pia[țţt]a|Intrarea|Jl\.|Jln\.|Jalan|Lorong|Lrg\.|Persiaran|ул\.|улица|просп\.|проспект|пер\.|"
    rf"переулок|бул\.|бульвар|наб\.|набережная|пл\.|площадь|вул\.|вулиця)"
    rf" (?:(?:de|del|la|las|los|da|do|dos|das|di|della|dei|delle|del)\s)*{_WORD}(?:[ -]{_WORD}){{0,3}}"
    rf"|{_WORD}(?: {_WORD})? (?:g\.|gatv[ėe]|pr\.|prospektas|iela|prospekts|bulv[āa]ris|utca|[úu]t|k[öo]r[úu]t|t[ée]r"
    rf"|ulica|cesta|trg|ulice|t[řr][íi]da|n[áa]m[ěe]st[íi]|n[áa]m\.|bulevar|bulevardi|Cad\.|Caddesi|Cd\.|Sok\.|Sk\."
    rf"|Soka[kğ][ıi]?|Bulvar[ıi]|Blv\.|tee|mnt\.|maantee|puiestee|pst\.))"
    rf",? (?:[nN][º°oO]\.?:? ?|(?:д\.|дом|буд\.) ?|(?:[NSE]|Oe)(?=\d{{1,4}}-\d))?\d{{1,4}}[a-zA-Z]?"
    rf"(?:[-/]\d{{1,4}}[a-zA-Z]?)?(?![\w.])(?: [A-H] \d{{1,3}}(?![\w.]))?"
    rf"(?:,? (?:кв\.|квартира|корп\.|стр\.|к\.) ?\d{{1,4}}[а-я]?)*"
    rf"(?: (?:y|e|esq\.?|esquina) (?:(?:Av\.|Avenida|Calle|Rua) )?{_WORD}(?: {_WORD}){{0,2}})?"
    rf"(?:,? (?:\d{{1,2}}\.?[ºª°oa](?: ?[A-Za-z](?!\w)| (?:Esq|Dto|Dir|Frente)\.?)?|piso \d+|bajo|esc\. ?\w+))?"
    rf"(?: ?- {_WORD}(?: {_WORD}){{0,2}}(?=,))?{_TAIL}"
)
"""A street word, then the number: German, Dutch, Nordic (`Musterstraße 12`, `Kerkstraat 5`, `Storgata 4B`), Spanish,
Italian, Portuguese, Polish (`Calle Mayor 5`, `Via Roma 10`, `Rua Augusta 100`), then a postcode and a city."""
_STREET_LEADS = (
    "straße",
    "strasse",
    "str.",
    "weg ",
    "gasse",
    "platz",
    "allee",
    "damm ",
    "straat",
    "laan ",
    "plein ",
    "gracht",
    "gatan",
    "vägen",
    "vej ",
    "gade ",
    "veien",
    "gata ",
    "gaten ",
    "vegen ",
    "katu ",
    "utca",
    "ulica",
    "calle ",
    "c/ ",
    "avenida",
    "avda",
    "paseo ",
    "plaza ",
    "carrera ",
    "camino ",
    "rua ",
    "travessa",
    " via ",
    "viale ",
    "piazza ",
    "corso ",
    "largo ",
    "ul. ",
    " g. ",
    " pr. ",
    "av. ",
    "gatve",
    " iela ",
    " utca ",
    " ut ",
    "korut",
    " cesta ",
    " trg ",
    " ulice ",
    "trida ",
    "namesti",
    "prospekt",
    "bulevar",
    "gatvė",
    " út ",
    "körút",
    "třída ",
    "náměstí",
    " rue ",
    "avenue ",
    "boulevard ",
    "chemin ",
    "impasse ",
    "quai ",
    "street",
    "avenue",
    " road",
    "boulevard",
    "terrace",
    " lane",
    " drive",
    *("strada ", "bulevardul", "bd. ", "b-dul", "calea ", "aleea ", "șoseaua", "şoseaua", "soseaua", "splaiul"),
    *("piața ", "piaţa ", "piata ", "intrarea ", "jl. ", "jln. ", "jalan ", "lorong ", "lrg. ", "persiaran "),
    *("ул. ", "улица ", "просп. ", "проспект ", "пер. ", "переулок ", "бул. ", "бульвар ", "наб. ", "набережная "),
    *("пл. ", "площадь ", "вул. ", "вулиця "),
    *(" cad.", " caddesi", " cd.", " sok.", " sk.", " sokak", " sokağı", " bulvarı", " bulvari", " blv."),
    *("tie ", "kuja ", "polku ", "väylä ", "tänav ", " tee ", " mnt. ", " maantee ", " puiestee ", " pst. "),
)
"""Street words that come first (`Musterstraße 12`, `Calle Mayor 5`) or after the number in French (`12 rue ...`);
English addresses are found from their house number instead (see `HOUSE`)."""
HOUSE = lazy.compile(rb"0#U")
"""In a text's shape: a number and a capital after it (`1600 Main`, `5759 N. Guilford`), one literal to look for; a
house number with a letter (`221B Baker Street`) is found from its street word."""
_HOUSE_START = lazy.compile(r"\d{1,5}\Z")
_REACH = 72
_ORGANISATION = lazy.compile(
    r"(?i)\b(?:inc|ltd|llc|plc|gmbh|ag|s\.?a|s\.?l|b\.?v|corp|corporation|company|foundation|products|university|"
    r"institute|headquarters|hq|office|offices|clinic|hospital|pharmacy|school|college|academy|library|museum|"
    r"gallery|station|depot|warehouse|store|shop|restaurant|caf[ée]|coffee|bakery|hotel|hostel|casino|theatre|"
    r"theater|cinema|stadium|arena|centre|center|club|gym|studio|salon|spa|brewery|winery|venue|market|mall|agency|"
    r"council|ministry|embassy|consulate|dealership|showroom|racecourse|fairground|visit us|find us|practice|"
    r"surgery|dental|dentistry|orthodontics|p(?:a)?ediatrics|physiotherapy|veterinary|chiropractic|optometry|"
    r"opticians|hardware|garage|pub|inn|diner|pizzeria|church|chapel|temple|mosque|synagogue|memorial|monument|"
    r"cathedral|castle|palace|realty|realtors|enterprises?|holdings|group|partners|associates|airport|terminal|"
    r"factory|plant|campus|depot|llp|l\.l\.p|pllc|attorneys|solicitors|law (?:firm|offices?)|chambers|traders|"
    r"trading)\b\.?"
    r"(?: ?[,:|\u00b7\u2013]?[\s#*/|]*|(?: #\d{1,6},?)? (?:is |are )?(?:located )?(?:at|on) )\Z"
)
"""A company's, an institution's or a venue's name (or `Visit us:`) right before an address: theirs, a public place's,
not a person's (`Acme Dental Clinic, 400 Main Street`, `The Riverside Fire Station is at 12 Water Lane`, `the
restaurant at 100 Main St`, `store #552 at ...`, `Kestrel Logistics GmbH | Am Hafen 12`)."""


_DIGIT = lazy.compile(r"\d")
_NOT_HOUSE_BEFORE = lazy.compile(
    r"(?i)\b(?:chapter|ch|section|sec|step|page|p|pp|figure|fig|table|part|vol|volume|episode|ep|season|level|"
    r"room|gate|track|item|issue|version|v|no|number|#)\.?\s*\Z"
)


_YEAR = lazy.compile(r"(?:19[7-9]\d|20\d\d)(?=\D)")
_YEAR_LINE = lazy.compile(r"[ \t]*(?:copyright[ \t:]*|\(c\)[ \t]*|\u00a9[ \t]*)?(?:19|20)\d\d\b", re.I)
_COPYRIGHT = lazy.compile(r"copyright|\(c\)|\u00a9", re.I)


def _copyright_year(text: str, start: int) -> bool:
    """Whether the number at `start` is a year in a list of copyright holders: after `Copyright` on its line or the
    lines above, or on a line next to another that starts with a year (`2016 Iain Lane <...>`)."""
    if _YEAR.match(text, start) is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    if _COPYRIGHT.search(text, max(0, line - 240), start) is not None:
        return True
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    below = text.find("\n", start) + 1
    return (line > 0 and _YEAR_LINE.match(text, above) is not None) or (
        below > 0 and _YEAR_LINE.match(text, below) is not None
    )


_POSTCODE_CITY = lazy.compile(
    rf"(?:[A-Z]{{2}}-)?(?:\d{{4,5}}|\d{{3}} \d\d) {_CITY}{_DISTRICT}(?=[ \t]*(?:[,;\r\n]|\Z))"
)
"""A postcode and a city ending a line or a field (`11000 Beograd`, `LT-01103 Vilnius`, `602 00 Brno`,
`121 35 Praha 2`)."""
_STREET_BEFORE = lazy.compile(
    rf"(?<![\w.-])(?:{_WORD} ){{1,3}}\d{{1,4}}[a-zA-Z]?(?:[-/]\d{{1,4}}[a-zA-Z]?)?(?:, |\r?\n)\Z"
)
"""Capitalised words, a house number and a comma right before such a postcode: a street written without a word for
street (`Knez Mihailova 12, 11000 Beograd`); or the street as a line of its own over the postcode's (an address's
lines on a label or a letter: `Vinohradská 112` over `130 00 Praha 3`)."""
_STREET_LINES = lazy.compile(r"[^\n]*\r?\n[^\n]*")
_STREET_REACH = 72
_LINE = lazy.compile(r"[^\n]*")
_COUNTRY_DASH = frozenset(("LT", "LV", "EE", "PL", "SI", "HR", "RS", "SK", "CZ", "HU", "AT", "DE", "CH"))
"""Countries whose postcodes are often written after their code and a dash (`LT-01103 Vilnius`)."""


def _before_postcodes(text: str, houses: list[int], found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Streets without a street word, found from the postcode and city after them (`houses`: see `_addresses`),
    unless an address found already holds that postcode."""
    out: list[re.Match[str]] = []
    spans = sorted((a.start(), a.end()) for a in found)
    starts = [lo for lo, _ in spans]
    for end in houses:  # the last digit of a number before a capital
        if ", " not in text[max(0, end - 9) : end - 2] and "\n" not in text[max(0, end - 9) : end - 2]:
            continue  # no comma or line break near: the cheap test first
        digits = end
        while digits > end - 4 and text[digits - 1].isdigit():
            digits -= 1
        if end - digits == 1 and text[digits - 1 : digits] == " " and text[digits - 4 : digits - 1].isdigit():
            digits -= 4  # `602 00 Brno`: a postcode of three and two digits (Czechia, Slovakia, Sweden, Greece)
        elif end - digits < 3:
            continue  # a postcode has four or five digits
        lined = text[digits - 1 : digits] == "\n"
        if text[digits - 2 : digits] == ", " or lined:
            at = digits
        elif text[digits - 1 : digits] == "-" and text[digits - 5 : digits - 3] == ", ":
            at = digits - 3  # `, LT-01103 Vilnius`
            if text[at : at + 2] not in _COUNTRY_DASH:
                continue
        else:
            continue
        tail = _POSTCODE_CITY.match(text, at)
        if tail is None or _YEAR.match(text, digits) is not None:
            continue
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and spans[i][1] > at:
            continue  # the postcode of an address found already
        street = _STREET_BEFORE.search(text, max(0, at - _STREET_REACH), at)
        if street is None or any(w.lower() in _NOT_NAME for w in street.group().split()):
            continue  # `Windows Server 2019, 1809 Update`: words of a heading or a product, not a street
        if lined and (
            (street.start() and text[street.start() - 1] != "\n")
            or _NOT_HOUSE_BEFORE.search(text, street.start(), street.end() - 1 - len(street.group().split()[-1]))
            or any(w.lower() in _NOT_NAME for w in tail.group().split())
            or _YEAR.match(street.group().split()[-1] + " ") is not None
        ):
            continue  # a street on a line of its own opens its line; `Table 4` over `1200 Records` is none
        out.append((_STREET_LINES if lined else _LINE).match(text, street.start(), tail.end()))
    return out


_DIRECTION = lazy.compile(r"(?:[NS][EW]|[NSEW]) [A-Z0-9]")
"""A compass point between a house number and its street's name (`1640 W Ruby Ave`, `12 NE 3rd St`)."""


def _addresses(text: str, shape: bytes, starts: list[int], houses: list[int]) -> list[Finding]:
    """Street addresses: from each house number before a capitalised word (`houses`: where `HOUSE` matches in
    `shape`), and around each street word that has a number near it."""
    found: list[re.Match[str]] = []
    for at in houses:
        if shape[at + 3 : at + 4] not in (b"b", b".") and not _DIRECTION.match(text, at + 2):
            continue  # `2.1 KB`: a capital alone, no street's name (but `1640 W Ruby Ave`, `12 NE Alder St`)
        number = _HOUSE_START.search(text, max(0, at - 4), at + 1)
        a = _NUMBER_FIRST.match(text, number.start()) if number is not None else None
        if a is not None:
            found.append(a)
    end = 0
    for at in starts:
        if at < end:
            continue
        lo, hi = max(0, at - 8), min(len(text), at + _REACH)
        if _DIGIT.search(text, lo, hi) is None:
            continue
        a = _STREET_FIRST.search(text, max(0, at - 40), hi) or _NUMBER_FIRST.search(text, max(0, at - 16), hi)
        if a is not None:
            found.append(a)
            end = a.end()
    found += _before_postcodes(text, houses, found)
    out: list[Finding] = []
    for a in sorted(found, key=lambda m: m.start()):
        if out and a.start() < out[-1].end:
            continue
        if _ORGANISATION.search(text, max(0, a.start() - 60), a.start()) is not None:
            continue  # `Free Software Foundation, Inc., 51 Franklin St`: a company's address
        if _NOT_HOUSE_BEFORE.search(text, max(0, a.start() - 12), a.start()) is not None:
            continue  # `Chapter 12 Main Street Blues`: a number of another kind
        if _copyright_year(text, a.start()):
            continue  # `Copyright 2016 Iain Lane`: a year and a holder, not a house on a lane
        out.append(Finding(DETECTOR, "street_address", _unit_before(text, a.start()), a.end()))
    return out


_UNIT_BEFORE = lazy.compile(
    r"(?:(?:Flat|Apartment|Apt\.?|Unit|Suite|Ste\.?|Shop|Lot)[ \t]?[A-Za-z]?\d{1,4}[A-Za-z]?,?[ \t]|"
    r"(?:(?:Flat|Apartment|Apt\.?|Unit|Suite|Ste\.?|Shop|Lot)[ \t])?\d{1,4}[A-Za-z]?/)\Z"
)
"""A flat or unit written before the house number (`Flat 2, 14 Kings Road`, `Unit 5/22 George St`, `3/15 ...`)."""


def _unit_before(text: str, start: int) -> int:
    """Where an address that starts at `start` really starts: before a flat or unit written ahead of it."""
    m = _UNIT_BEFORE.search(text, max(0, start - 24), start)
    return m.start() if m is not None and (m.start() == 0 or not text[m.start() - 1].isalnum()) else start


LED_MAX = 65536
"""Texts longer than this are not read for labels set off by a dash, a tab or dot leaders (`_LED_LINE`)."""
_LED_LINE = lazy.compile(
    r"^[ \t*•>-]{0,4}(?P<label>[A-Za-z][A-Za-z' _-]{2,40}?)(?=[ \t]+[-–—][ \t]+\S|\t+\S|[ \t]*\.{3,}|(?:[ \t]\.){3,})",
    re.M,
)
"""A line opened by words set off by a dash, a tab or dot leaders: maybe a label of a person's role."""


_LED_MARKS = ("- ", "-\t", "\u2013 ", "\u2013\t", "\u2014 ", "\u2014\t", "\t", "...", ". .")
"""What sets a label off without a colon (see `_LED_LINE`), each found by a literal search."""


def _led_labels(text: str) -> list[int]:
    """Where `_LED_LINE` finds a label: tried at the start of each line holding one of `_LED_MARKS` only (a pass of
    the expression over every line costs far more)."""
    lines = set()
    for mark in _LED_MARKS:
        at = text.find(mark)
        while at >= 0:
            lines.add(text.rfind("\n", 0, at) + 1)
            at = text.find(mark, text.find("\n", at) + 1 or len(text)) if text.find("\n", at) >= 0 else -1
    found = (_LED_LINE.match(text, at) for at in sorted(lines))
    return [m.start("label") for m in found if m is not None]


def _leader(m: re.Match[str]) -> bool:
    """Whether a label matched by `_BEFORE` is set off by a dash, a tab or dot leaders, not by a colon or a mark."""
    return not any(c in m.group() for c in ":=|\uff1a\u0f0d")


def _line_opened(low: str, at: int) -> bool:
    """Whether only blanks or a bullet stand before `at` on its line."""
    return not low[low.rfind("\n", 0, at) + 1 : at].strip(" \t*\u2022>-")


_LED_FORM_KEY = lazy.compile(
    r"(?<![a-z])(?:dob|d\.o\.b\.?|date of birth|birth ?date|born|licen[cs]e|passport|ssn|national id|gender|sex|age|"
    r"nationality|(?:home |mailing )?address|addr|phone|mobile|cell|tel|e-?mail|next of kin|emergency contact|"
    r"relationship|signature|room|cabin|seat|booking|ref|account|plot|deposit|visit|appointment|shift)"
    r"(?:[ \t]*(?:[:#=]|no\.)|[ \t]+[-–—][ \t]+|\t+|[ \t]*\.{3,})"
)
"""Labels of a person's own data or of their booking on a form whose labels may be set off as a role's is."""


def _led_person(text: str, low: str, f: Finding) -> bool:
    """Whether a name after a label set off by a dash, a tab or dot leaders is a person's: it reads as one (a known
    given name, a surname's form), or its block is a form asking for a person's own data (`Pledgor — ...` over
    `Phone — ...`): `Member - Login Page`, a heading, is neither."""
    if _name_ok(text[f.start : f.end], True):
        return True
    lo = max(0, f.start - _FORM_REACH)
    lo = max(lo, low.rfind("\n\n", lo, f.start) + 2)
    hi = low.find("\n\n", f.end, f.end + _FORM_REACH)
    hi = min(len(low), f.end + _FORM_REACH) if hi < 0 else hi
    return _LED_FORM_KEY.search(low, lo, hi) is not None


_GROUPS = (("name", (*_LEADS, *_NON_ASCII)), ("title", _TITLE_LEADS), ("closing", _CLOSING_LEADS))
_GROUPS += (("street", _STREET_LEADS),)
_GROUP_OF = {w: g for g, words in _GROUPS for w in words}
_OWN = Words(tuple(_GROUP_OF), deferred=True)
_INDEXED = Indexed(_GROUP_OF)
INDEX.add(["adr"], where=False)  # whether it occurs (see `scan.holds`)


def find(text: str, low: str, shape: bytes, places: Places) -> list[Finding]:
    """Names and street addresses in `text` (`low`: it lower-cased, `shape`: its classes, see `pii.text_shape`,
    `places`: where its digit-led shapes match, see `pii_digits`)."""
    if len(low) >= LONG:
        found, unknown = _INDEXED.find(low)
    else:
        known = _INDEXED.known(low)  # (a text outside ASCII too: its words outside ASCII by their own passes)
        found, unknown = known if known is not None else _OWN.find(low, len(low) // PER_START)
    starts: dict[str, set[int]] = {}
    if _GROUP_OF.keys().isdisjoint(found) and (not unknown or _GROUP_OF.keys().isdisjoint(unknown)):
        found, unknown = {}, set()  # none of these words: nothing to sort out
    for word, ats in found.items():
        group = _GROUP_OF.get(word)
        if group is not None:
            starts.setdefault(group, set()).update(ats)
    for word in unknown or ():  # too common for the index: found one by one
        group = _GROUP_OF.get(word)
        if group is None:
            continue
        starts.setdefault(group, set()).update(every_place(low, word))
    out: list[Finding] = []
    if "name" in starts:
        out += _names(text, low, sorted(starts["name"]))
    if len(text) <= LED_MAX and ("\t" in text or " - " in text or "..." in text or "\u2014" in text or ". ." in text):
        led = _led_labels(text)  # `Pledgor — ...`, `Passenger\t...`
        out += [f for f in _names(text, low, led, led=True) if f.kind != "person_name" or _led_person(text, low, f)]
    titles = starts.get("title", set())
    if text[:4].rstrip(". ") in _TITLES_AT_START:
        titles.add(0)
    if titles:
        out += _titled(text, sorted(at + 1 if at or text[0] in " \n\"'(" else at for at in titles))
    if "name" in starts and ", " in text:
        out += _captions(text, low, sorted(starts["name"]))
    if "\n" in text:
        out += _columns(text, low)
        if kept_holds(text, low, "--"):
            out += _aligned_columns(text, low)
    if "closing" in starts and "\n" in text:
        out += _signatures(text, sorted(starts["closing"]))
    streets = starts.get("street")
    if streets or places.houses:
        out += _addresses(text, shape, sorted(streets or ()), places.houses)
    if holds(text, low, "ADR"):
        out += _vcard_addresses(text)
    if holds_any(low, _FIELD_WORDS) and (holds_any(low, _FIELD_LABELS) or holds_any(low, _COLUMN_LISTS)):
        out += _pass_fields(text)
    return out


_HEADER_NAME = lazy.compile(r"(?:(?P<who>[a-z]{2,20})[ _-]?)?(?:full[ _-]?)?names?")
"""A column's header that names a name (`name`, `full_name`, `subscriber_name`, `patientName`)."""
_THINGS = frozenset(
    """
    product file host server service app application project repo package module class function field column table
    db database bucket domain company business org organization organisation team group role device item event tag
    brand model city country street store shop place location region bank branch plan course category type key
    queue topic job task image container node cluster pod namespace resource stage step env variable var attribute
    param parameter method test dir folder path schema index metric label entity object host dataset sheet tab
    menu page site route endpoint view component widget feature flag setting config option policy rule zone
    network vendor supplier merchant store brand drug medication procedure diagnosis test lab facility hospital
    clinic department dept unit ward campus school university institution street display screen code short
    station stop airport port terminal ship vessel vehicle venue building room hall park river lake trail road route
    charity agency fund club league game song track album book film movie show episode character pet animal species
    breed plant crop well lease asset part tool sensor machine printer camera hotel restaurant storm hurricane
    account employer firm practice carrier insurer lender property
    """.split()
)
"""Words before `name` in a header that name a thing, not a person (`product_name`, `file_name`)."""
_HEADER_WORDS = ("nam", "nom", "nev", "ime", "holder", "payee", "attendee", "passenger", "beneficiar", "recipient")
_HEADER_WORDS += ("customer", "cliente", "patient", "employee", "guest", "tenant", "applicant", "insured")
_HEADER_WORDS += ("birth", "dob", "brthdt", "gbdat")
_HEADER_WORDS += ("addr", "street", "adres", "direcci", "endere", "indirizzo", "anschrift", "stra")
_HEADER_WORDS += ("player", "athlete", "runner", "rider", "competitor", "entrant", "contestant", "first", "given")
"""What an ASCII header naming a name holds (`name`, `nombre`, `nev`, `ime`): a header without any is not read."""
_PERSON_COLUMNS = lazy.compile(
    r"(?<![a-z])(?:e-?mail|phone|mobile|tel|dob|born|birth\w*|date_of_birth|ssn|gender|passport|national_id|address|"
    r"age|sex|village|household\w*|guardian|father|mother|spouse|nationality|occupation|marital\w*|camp|msisdn)"
    r"(?![a-z])"
)
"""Headers of a person's columns: a plain `name` column beside them names people (a database's `customers`)."""
THING_COLUMNS = lazy.compile(
    r"(?<![a-z])(?:description|desc|default|type|required|example|values?|units?|format|range|since|version|sku|"
    r"qty|quantity|price|elevation|population|capacity|length|size|stations)(?![a-z])"
)
"""Headers of columns that describe things (a setting's type and default, a product's price, a place's elevation):
a plain `name` column beside them and no person's column names settings, products or places."""
PLACE_COLUMNS = lazy.compile(
    r"(?<![a-z])(?:sku|qty|quantity|unit_?price|price|elevation|population|capacity|stations|isin|cas|formula|imo)"
    r"(?![a-z])"
)
"""Headers of the columns of places, products, securities and substances: a `name` column beside them and a phone's
names no person unless it reads as a person's name."""
_ADDRESS_HEADER = lazy.compile(
    r"(?:(?:home|mailing|postal|billing|shipping|delivery|property|service|residential|current|permanent|street|"
    r"tenant|client|customer|patient|member|guest|owner)[ _-]?)?"
    r"(?:address|addr|street|adresse|adres|direcci[oó]n|endere[cç]o|indirizzo|anschrift|stra(?:ss|ß)e)"
    r"(?:[ _-]?(?:line)?[ _-]?\d)?"
)
"""A column's header that names a dwelling's address (`address`, `street`, `home_address`, `addr_line1`; not an
e-mail or a network address)."""
_COLUMN_SEPARATORS = (",", "\t", ";", "|", "&")
"""(`&`: a LaTeX table's, its rows ending in `\\\\`)."""
_HEADER_ROLES = frozenset(
    """
    patient customer employee student guest passenger contact member applicant insured tenant recipient beneficiary
    policyholder cardholder owner payer debtor holder traveller traveler subscriber signer guardian spouse physician
    attendee participant registrant visitor bearer athlete runner rider player competitor entrant contestant resident
    occupant homeowner client pupil learner child witness informant caregiver volunteer voter
    """.split()
)
_SHARED_HEADER_ROLES = frozenset(("visitor", "subscriber", "payer", "physician", "owner", "holder", "contact"))
"""Of those, columns that hold a firm's or a program's name as often (`Payer: Blue Cross`, `Visitor: Returning`)."""
_ROLE_CELLS = frozenset(w for w in _AGENT_NOUNS | _HEADER_ROLES if w.isascii() and w.isalpha())
_LETTERS = lazy.compile("[a-z]+")
"""A header cell naming a person by the role played in the record (`Driver`, `Tenant`, `Decedent`)."""
_HEADER_MAY = MayMatch("|".join(sorted({*_HEADER_WORDS, *_ROLE_CELLS})))
"""Whether a header line may hold one of `_HEADER_WORDS` or `_ROLE_CELLS` (as a part of a word: one Hyperscan pass
against some 40 substring tests and a split into words)."""
_COLUMN_SURE = 1
"""Values of a plain `name` column that must read as people's (a known given name, a surname's form) for its other
name-shaped values to be read as people's too."""
_COLUMN_ROWS = 500


_HALVES = (frozenset({"first", "fname", "given"}), frozenset({"last", "lname", "family"}))
"""Header cells that name a given name and a surname when both stand in one header (a census file's `First,Last`)."""


_PROGRAM_ROLES = frozenset(("driver", "worker", "runner", "player", "handler", "rider"))
"""Roles that programs, devices and packages play in a table as often as people (`Driver`, `Worker`, `Runner`)."""


def _header_columns(line: str, sep: str, roles: set[int] | None = None) -> dict[int, tuple[bool, bool]]:
    """The cells of a header line that name a person's name: index -> (plain `name`, one word enough); the cells that
    name a role (`Driver`, `Decedent`) are added to `roles`, if given."""
    columns: dict[int, tuple[bool, bool]] = {}
    roles = set() if roles is None else roles
    cells = [cell.strip(" \t\r\"'`*").lower() for cell in line.split(sep)]
    if any(c in _HALVES[0] for c in cells) and any(c in _HALVES[1] for c in cells):
        columns = {i: (False, True) for i, c in enumerate(cells) if c in _HALVES[0] or c in _HALVES[1]}
    for i, cell in enumerate(cells):
        if not cell or len(cell) > 40:
            continue
        m = _HEADER_NAME.fullmatch(cell)
        if m is not None:
            who = m.group("who")
            if who in _THINGS or (who or "").rstrip("s") in _THINGS:
                continue
            one = who is not None and _ONE_NAME.fullmatch(who) is not None
            columns[i] = (who is None, one)
            continue
        label = _BEFORE.fullmatch(cell + ":")
        if label is not None and label.lastgroup in ("label", "plain"):
            columns[i] = (False, _ONE_NAME.search(cell) is not None)
        elif label is not None and label.lastgroup == "agent":  # `Driver`, `Decedent`, `Pledgor`: a role's column
            noun = _agent_noun(cell)
            plain = noun in _SHARED_ROLES or noun in _PROGRAM_ROLES or THING_COLUMNS.search(line.lower()) is not None
            columns[i] = (plain, False)  # (a role programs play too: `Driver,Version,Vendor`; see `_columns`)
            roles.add(i)
        elif label is None and cell.rstrip("s") in _HEADER_ROLES:  # `Student`, `Volunteers`, `Voter`: people
            columns[i] = (cell.rstrip("s") in _SHARED_HEADER_ROLES, False)
            roles.add(i)
    return columns


_QUOTED_CELL = lazy.compile(r'"(?:[^"\n]|"")*"')


def _split_row(row: str, sep: str) -> list[str]:
    """A row's cells between `sep`, a double-quoted cell kept whole (`1,"Halvorsen, Eirik",NOR`)."""
    if '"' not in row:
        return row.split(sep)
    cells, at = [], 0
    while True:
        quoted = _QUOTED_CELL.match(row, at) if row.startswith('"', at) else None
        end = row.find(sep, quoted.end() if quoted is not None else at)
        if end < 0:
            cells.append(row[at:])
            return cells
        cells.append(row[at:end])
        at = end + len(sep)


_INNER_CAPITAL = lazy.compile(r".[a-z']*[A-Z]")


def _known_single(word: str) -> bool:
    """Whether one word under a given name's or a surname's header is surely a name: a known given name, a surname's
    ending, letters beyond ASCII or a capital inside (`Øvrebø`, `McAllister`, `O'Neill`), which no word of a status
    or a role (`Vacant`, `Pending`) has."""
    return (
        word.lower() in _GIVEN
        or _SURNAME_END.search(word) is not None
        or not word.isascii()
        or _INNER_CAPITAL.match(word) is not None
    )


def _may_head(line: str, low: str, head: int, end: int) -> bool:
    """Whether `line` (ASCII, at `head:end` in `low`) may head a table of people: it holds a header word, or a
    separator and a role's word as a cell."""
    if not _HEADER_MAY.may(low[head:end]):
        return False  # (one pass: neither a header word nor a role's is in it)
    return any(map(low[head:end].__contains__, _HEADER_WORDS)) or (
        any(map(line.__contains__, _COLUMN_SEPARATORS)) and not _ROLE_CELLS.isdisjoint(_LETTERS.findall(low, head, end))
    )


def _columns(text: str, low: str) -> list[Finding]:
    """Names in the rows of a table whose header (the first line of the text or of a string joined into it, or its
    second under a title) names them: CSV, TSV, semicolon and Markdown tables (`member_name,member_id` then `Hamid
    Rahimi,XEH884213901`)."""
    out: list[Finding] = []
    done = -1
    for string, head, head_end in string_heads(text):
        line = text[head:head_end]
        if string == done:
            continue  # (its first line was the header)
        if len(line) > 2000 or (line.isascii() and not _may_head(line, low, head, head_end)):
            continue
        sep = max(_COLUMN_SEPARATORS, key=line.count)
        if sep not in line:
            continue
        roles: set[int] = set()
        columns = _header_columns(line, sep, roles)
        births = _BIRTH_HEADER.search(low, head, head_end) is not None
        addresses = [
            i
            for i, cell in enumerate(line.split(sep))
            if _ADDRESS_HEADER.fullmatch(cell.strip(" \t\r\"'`*").lower()) is not None
        ]
        if not columns and not births and not addresses:
            continue
        person = _PERSON_COLUMNS.search(low, head, head_end) is not None
        if PLACE_COLUMNS.search(low, head, head_end) is not None:
            pass  # `name  phone  elevation`: a place's or a shop's line, its phone beside it; a name asked for
        elif person:  # a plain `name` beside `email`, `phone`, `dob`
            columns = {i: (False, one) for i, (_, one) in columns.items()}
        elif THING_COLUMNS.search(low, head, head_end) is not None:  # `| Name | Type | Default |`: settings
            columns = {i: (plain, one) for i, (plain, one) in columns.items() if not plain}
        at, rows = head_end + 1, 0
        singles: list[tuple[int, int, int, bool]] = []  # one-word names: (start, end, row, known given or surname)
        loose: dict[int, list[tuple[int, int, bool]]] = {}  # a plain column's name-shaped values: (start, end, sure)
        while at < len(text) and rows < _COLUMN_ROWS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = text[at:end]
            if not row.strip():
                break
            cells, lo = _split_row(row, sep), 0
            for i, cell in enumerate(cells):
                if i in columns:
                    value = cell.strip(" \t\r\"'`*\\")
                    plain, one = columns[i]
                    read = value.replace(", ", " ", 1) if value.count(", ") == 1 else value
                    m = _NAME.fullmatch(read) if read else None  # (`Delacroix, Amelie` in a person's table too)
                    if (
                        m is None
                        and not plain
                        and read
                        and (
                            (read[0].islower() and _LOWER_NAME.fullmatch(read) and lower_name_ok(read))
                            or (_COUPLE.fullmatch(read) and _couple(read, 0, True))
                        )
                    ):  # `maria gonzalez`, `Tom and Ana Berg` in a person's table
                        start = at + lo + cell.index(value)
                        out.append(Finding(DETECTOR, "person_name", start, start + len(value)))
                    if m is None and not plain and read and ord(read[0]) >= 0x590 and _CASELESS.fullmatch(read):
                        start = at + lo + cell.index(value)  # a name in a script without capitals
                        if read not in _NO_ONE:
                            out.append(Finding(DETECTOR, "person_name", start, start + len(value)))
                    if m is not None and (one or len(_words(read)) > 1):
                        start = at + lo + cell.index(value)
                        if not plain and one and len(_words(read)) == 1 and _name_ok(read, False, one):
                            sure = _known_single(read)
                            singles.append((start, start + len(value), rows, sure))
                        elif not plain and _name_ok(read, False, one):
                            out.append(Finding(DETECTOR, "person_name", start, start + len(value)))
                        elif plain:
                            ok = _name_ok(read, False)  # (else a place's or a thing's name: no column of names)
                            sure = ok and _name_ok(read, True)
                            loose.setdefault(i, []).append((start, start + len(value), sure) if ok else (0, 0, False))
                lo += len(cell) + 1
            if births:
                starts = itertools.accumulate((len(c) + 1 for c in cells[:-1]), initial=at)
                out += _birth_cells(line.split(sep), [(at, list(zip(starts, cells, strict=True)))])
            for i in addresses:  # a dwelling's address under its column's header (`address`, `street`, `addr_line1`)
                if i < len(cells):
                    value = cells[i].strip(" \t\r\"'`*")
                    if value and plausible_address(value.lower(), value):
                        start = at + sum(len(c) + len(sep) for c in cells[:i]) + cells[i].index(value)
                        out.append(Finding(DETECTOR, "street_address", start, start + len(value)))
            at, rows = end + 1, rows + 1
        if singles:  # one word under `first_name`, `surname`: names in a person's table or where most rows hold one
            sure_rows = {row for _, _, row, sure in singles if sure}
            every = person or 2 * len(sure_rows) >= len({row for _, _, row, _ in singles})
            out += [Finding(DETECTOR, "person_name", lo, hi) for lo, hi, row, _ in singles if every or row in sure_rows]
        for i, values in loose.items():  # a plain column: its names where most read as people's (a column of names)
            sure = sum(ok for _, _, ok in values)  # (a role's column: where one does and every value reads as a name)
            column = sure >= _COLUMN_SURE and (2 * sure >= len(values) or i in roles) and all(hi for _, hi, _ in values)
            out += [Finding(DETECTOR, "person_name", lo, hi) for lo, hi, ok in values if hi and (ok or column)]
        done = string
    return out


_UNDERLINE = lazy.compile(r"\n[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})+[ \t]*\r?(?=\n|\Z)")
"""The dashes under a header of columns aligned by spaces (`sqlcmd`, SQL*Plus, `sqlite3 -column`, `column -t`)."""
_DASH_RUN = lazy.compile(r"[-=]+")


_BIRTH_HEADER = lazy.compile(
    r"(?:birth_?date|birth ?day|date_?of_?birth|dob|born|geburtsdatum|brthdtc?|birth_?dt|gbdat|"
    r"fecha_?(?:de_?)?nacimiento|data_?(?:di_?)?nascita|date_?(?:de_?)?naissance|geboortedatum)"
)
_DATE_CELL = lazy.compile(
    r"(?:19|20)\d\d[-./]\d\d?[-./]\d\d?|\d\d?[-./]\d\d?[-./](?:19|20)\d\d|"
    r"\d\d?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)\d\d"
)
"""A date in a cell: ISO, day first or month first, or as Stata prints one (`03feb1977`)."""


def _birth_cells(cells: list[str], rows: list[tuple[int, list[tuple[int, str]]]]) -> list[Finding]:
    """Birth dates in the columns whose header names one (`birth_date`, `DOB`): `rows` holds each row's cells and
    where each starts."""
    wanted = [i for i, c in enumerate(cells) if _BIRTH_HEADER.fullmatch(c.strip(" \t\r\"'`*").lower())]
    out = []
    for _, row in rows:
        for i in wanted:
            if i < len(row):
                start, cell = row[i]
                value = cell.strip(" \t\r\"'`*")
                if value and _DATE_CELL.fullmatch(value):
                    lo = start + cell.index(value)
                    out.append(Finding(DETECTOR, "date_of_birth", lo, lo + len(value)))
    return out


def _aligned_columns(text: str, low: str) -> list[Finding]:
    """Names in a table aligned by spaces whose header, underlined by dashes, names them (`LAST_NAME  FIRST_NAME`
    over `---------  ----------`)."""
    m = _UNDERLINE.search(text, 0, 4000)
    if m is None or m.start() < 1:
        return []
    head_start = text.rfind("\n", 0, m.start()) + 1
    header = text[head_start : m.start()].rstrip("\r")
    line = m.start() + 1
    spans = [d.span() for d in _DASH_RUN.finditer(text, line, m.end())]
    spans = [(lo - line, (spans[i + 1][0] if i + 1 < len(spans) else 10**6) - line) for i, (lo, _) in enumerate(spans)]
    cells = "\t".join(header[lo:hi].strip() for lo, hi in spans)
    columns = _header_columns(cells, "\t")
    births = _BIRTH_HEADER.search(cells.lower()) is not None
    if not columns and not births:
        return []
    if _PERSON_COLUMNS.search(cells.lower()) is not None:
        columns = {i: (False, one) for i, (_, one) in columns.items()}
    out: list[Finding] = []
    at = m.end() + 1
    for _ in range(_COLUMN_ROWS):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        row = text[at:end].rstrip("\r")
        if not row.strip():
            break
        for i, (plain, one) in columns.items():
            lo, hi = spans[i]
            value = row[lo:hi].strip()
            name = _NAME.fullmatch(value) if value else None
            if name is not None and _name_ok(value, plain, one) and (one or len(_words(value)) > 1):
                start = at + lo + row[lo:hi].index(value)
                out.append(Finding(DETECTOR, "person_name", start, start + len(value)))
        if births:
            out += _birth_cells(cells.split("\t"), [(at, [(at + lo, row[lo:hi]) for lo, hi in spans])])
        at = end + 1
    return out


_VCARD_ADR = lazy.compile(r"^(?:item\d+\.)?ADR(?:;[^:\r\n]*)?:(?P<value>[^\r\n]*)", re.M)
"""A vCard's address line: `ADR;TYPE=HOME:<PO box>;<extended>;<street>;<city>;<region>;<postcode>;<country>`."""


def _vcard_lines(text: str) -> Iterator[re.Match[str]]:
    """`_VCARD_ADR.finditer(text)`, tried only at the start of a line that holds `ADR` (a search led by `^` tries
    every character: ~6 ms a MB, where an `ADR` in `MADRID` or `ADRESSE` let it run)."""
    tried = -1
    at = text.find("ADR")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line > tried:  # (each line once: a match ends before the next line)
            tried = line
            m = _VCARD_ADR.match(text, line)
            if m is not None:
                yield m
        at = text.find("ADR", at + 3)


def _vcard_addresses(text: str) -> list[Finding]:
    """vCard addresses whose street or postcode holds a digit: from the first field given to the last."""
    out = []
    for m in _vcard_lines(text):
        fields = m.group("value").split(";")
        if len(fields) < 4 or not any(c.isdigit() for f in (fields[2], *fields[5:6]) for c in f):
            continue
        at, spans = m.start("value"), []
        for f in fields:
            if f.strip():
                spans.append((at, at + len(f)))
            at += len(f) + 1
        out.append(Finding(DETECTOR, "street_address", spans[0][0], spans[-1][1]))
    return out


_BESIDE_KINDS = frozenset(
    """
    email phone_number iban date_of_birth street_address passport_number ssn us_ssn uk_nino nl_bsn id_card_number
    bank_account_number driver_license health_record_number tax_id
    """.split()
)
"""Kinds of a person's own data, beside which capitalised words name that person."""
_BESIDE = lazy.compile(
    rf"(?:(?<=[\n\t\"'>(\[{{|;])|(?<=[:;|,\]] )|(?<=\n -- )|\A)"
    rf"(?P<name>{_COUPLE.pattern}|{_NAME.pattern}|{_LOWER_NAME.pattern})[\"']?[ \t]*"
    r"(?:[<(,·|/–—-]|\r?\n)[ \t]*(?:(?:[^\W\d][\w.-]{0,14}:?|n[°º]\.?)[ \t]+){0,2}\Z"
)
"""Two to four capitalised words that open a line or a field (or follow a keyring's trust mark, `[ultimate] `, or a
changelog's ` -- `), right before a separator (`<`, `(`, a comma, `·`, `|`,
a dash, a line break) and at most two short words (`geb.`, `born`, `BSN`): the name of the person whose data
follows (`Oliver Penhaligon <oliver.p@...>`, `Katharina Vogelsang, geb. 12.03.1984`)."""
_BESIDE_REACH = 90
_QUOTED_INVERTED = lazy.compile(rf"\"(?P<name>{_WORD}, {_WORD}(?: {_WORD})?)\"[ \t]*<\Z")
"""A display name written surname first, quoted, before its address (`"Vea, Kalolaine" <...>`)."""


ALONE = "person_name_alone"
"""The kind of a single word after a person's label (`Patient: Oyelaran`, `Name: Yusupov`) until `alone` decides."""
_ALONE_REACH = 240


def alone(found: list[Finding]) -> list[Finding]:
    """`found` with each single word after a person's label (kind `ALONE`) kept as a name where the record holds a
    person's other data within `_ALONE_REACH` characters (a birth date, an id, a phone), and dropped elsewhere."""
    others = sorted(f.start for f in found if f.kind != ALONE)
    out = []
    for f in found:
        if f.kind != ALONE:
            out.append(f)
            continue
        i = bisect.bisect_left(others, f.start - _ALONE_REACH)
        if i < len(others) and others[i] <= f.end + _ALONE_REACH:
            out.append(Finding(f.detector, "person_name", f.start, f.end, f.score))
    return out


def beside(text: str, found: list[Finding]) -> list[Finding]:
    """Names written right before a person's data found in `text` (see `_BESIDE`)."""
    out = []
    for f in found:
        if f.kind not in _BESIDE_KINDS:
            continue
        if f.kind == "email" and text[max(0, f.start - 3) : f.start].endswith(('"<', '" <')):
            m = _QUOTED_INVERTED.search(text, max(0, f.start - _BESIDE_REACH), f.start)
            if m is not None and _name_ok(m.group("name").replace(",", ""), False):
                out.append(Finding(DETECTOR, "person_name", m.start("name"), m.end("name")))
                continue
        m = _BESIDE.search(text, max(0, f.start - _BESIDE_REACH), f.start)
        if m is None:
            continue
        value = m.group("name")
        if len(_words(value)) < 2 or _COMPANY_AFTER.match(text, m.end("name")) is not None:
            continue
        if m.group("rest") is not None:  # `Tom and Ana Berg <bergs@...>`, `Raj & Priya Nair, 14 Elm Road`
            ok = _couple(text, m.start("name"), True) is not None
        elif value[0].islower():  # `oliver brandt <oliver.brandt@...>`: as sign-ups and chat exports write it
            ok = lower_name_ok(value) or _mailbox_named(text, f.start, f.end, value)
        else:
            ok = _name_ok(value, False)
        if ok:
            out.append(Finding(DETECTOR, "person_name", m.start("name"), m.end("name")))
    return out
