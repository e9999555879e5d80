"""Reference data the seeds draw from: the fictional town, its streets and neighbourhoods, and lists of
common given and family names (Hebrew, with Arabic and Latin spellings). Names are combined at random, so
no combination describes a real person."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.daycare.dto import IncomeTableDTO
    from models.daycare.service import DaycareService

TOWN_HE = "עין הבשור"
TOWN_AR = "عين البسور"
TOWN_LAT = "Ein HaBsor"

DEPARTMENT_NAME = "המחלקה לשירותים חברתיים עין הבשור"

TEAMS = ("צוות צפון", "צוות דרום")

NEIGHBOURHOODS = ("שכונת הגפן", "שכונת האלה", "נווה שקד", "רמת הבשור", "העיר העתיקה", "שכונת אלזיתון",
                  "גבעת הרקפות", "מרכז העיר")

STREETS = ("הדקל", "הרימון", "התאנה", "האלון", "השקד", "הגפן", "הזית", "הברוש", "האורן", "הנרקיס",
           "הרקפת", "הכלנית", "הבשור", "המעיין", "העמק", "הגליל", "הנגב", "השלום", "אלנור", "אלזהור",
           "אלבוסתן", "אלסלאם", "הפרדס", "המייסדים", "החרוב", "התמר", "הצבר", "הנחל", "הגבעה", "הכרמל")

# (Hebrew, Latin) given names; Jewish families.
JEWISH_FEMALE = (
    ("נועה", "Noa"), ("יעל", "Yael"), ("מיכל", "Michal"), ("שירה", "Shira"), ("תמר", "Tamar"),
    ("מרים", "Miriam"), ("רחל", "Rachel"), ("אסתר", "Esther"), ("שרה", "Sara"), ("רבקה", "Rivka"),
    ("הדס", "Hadas"), ("ליאת", "Liat"), ("אורית", "Orit"), ("דנה", "Dana"), ("מאיה", "Maya"),
    ("אביגיל", "Avigail"), ("רוני", "Roni"), ("טליה", "Talia"), ("עדי", "Adi"), ("ענבל", "Inbal"),
    ("שושנה", "Shoshana"), ("חנה", "Hana"), ("אילנה", "Ilana"), ("יפית", "Yafit"), ("סיון", "Sivan"),
    ("אלה", "Ela"), ("הילה", "Hila"), ("נגה", "Noga"), ("ליה", "Lia"), ("אושרת", "Oshrat"),
)
JEWISH_MALE = (
    ("משה", "Moshe"), ("דוד", "David"), ("יוסף", "Yosef"), ("אברהם", "Avraham"), ("יצחק", "Yitzhak"),
    ("דניאל", "Daniel"), ("איתי", "Itai"), ("עומר", "Omer"), ("נועם", "Noam"), ("אורי", "Uri"),
    ("יונתן", "Yonatan"), ("אריאל", "Ariel"), ("רון", "Ron"), ("אלון", "Alon"), ("עידו", "Ido"),
    ("שמעון", "Shimon"), ("אליהו", "Eliyahu"), ("חיים", "Haim"), ("מאיר", "Meir"), ("גיל", "Gil"),
    ("עמית", "Amit"), ("יואב", "Yoav"), ("ניר", "Nir"), ("אבי", "Avi"), ("רפאל", "Refael"),
    ("שלום", "Shalom"), ("בנימין", "Binyamin"), ("אהרן", "Aharon"), ("טל", "Tal"), ("אלעד", "Elad"),
)
JEWISH_LAST = (
    ("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton"),
    ("דהן", "Dahan"), ("אברהם", "Avraham"), ("פרידמן", "Friedman"), ("אזולאי", "Azulai"),
    ("מלכה", "Malka"), ("חדד", "Hadad"), ("גבאי", "Gabai"), ("עמר", "Amar"), ("שפירא", "Shapira"),
    ("יוסף", "Yosef"), ("אוחיון", "Ohayon"), ("קפלן", "Kaplan"), ("רוזן", "Rosen"), ("שלום", "Shalom"),
    ("בן דוד", "Ben David"), ("טל", "Tal"), ("גולן", "Golan"), ("אשכנזי", "Ashkenazi"), ("נחום", "Nahum"),
    ("ברק", "Barak"), ("אלון", "Alon"), ("זילברמן", "Zilberman"), ("סויסה", "Suissa"), ("וקנין", "Vaknin"),
    ("בוזגלו", "Buzaglo"), ("אדרי", "Edri"), ("חזן", "Hazan"), ("רבינוביץ", "Rabinovich"), ("שטרן", "Stern"),
    ("קליין", "Klein"), ("לנדאו", "Landau"), ("טולדנו", "Toledano"), ("אלמוג", "Almog"), ("הררי", "Harari"),
    ("שושן", "Shushan"),
)

# (Hebrew, Arabic, Latin) given names; Arab families.
ARAB_FEMALE = (
    ("פאטמה", "فاطمة", "Fatma"), ("מרים", "مريم", "Maryam"), ("לילא", "ليلى", "Layla"),
    ("נור", "نور", "Nur"), ("אמל", "أمل", "Amal"), ("סמירה", "سميرة", "Samira"), ("ראניה", "رانيا", "Rania"),
    ("הבה", "هبة", "Hiba"), ("ג'מילה", "جميلة", "Jamila"), ("יאסמין", "ياسمين", "Yasmin"),
    ("סלמא", "سلمى", "Salma"), ("רים", "ريم", "Reem"), ("עאישה", "عائشة", "Aisha"), ("דינא", "دينا", "Dina"),
    ("סוהא", "سهى", "Suha"), ("ח'דיג'ה", "خديجة", "Khadija"), ("מנאל", "منال", "Manal"),
    ("ראוויה", "راوية", "Rawiya"), ("לינא", "لينا", "Lina"), ("חנאן", "حنان", "Hanan"),
)
ARAB_MALE = (
    ("מוחמד", "محمد", "Muhammad"), ("אחמד", "أحمد", "Ahmad"), ("מחמוד", "محمود", "Mahmoud"),
    ("עלי", "علي", "Ali"), ("חסן", "حسن", "Hasan"), ("חוסיין", "حسين", "Husein"), ("יוסף", "يوسف", "Yusuf"),
    ("עומר", "عمر", "Omar"), ("ח'אלד", "خالد", "Khaled"), ("סמיר", "سمير", "Samir"), ("כרים", "كريم", "Karim"),
    ("איברהים", "إبراهيم", "Ibrahim"), ("סאמי", "سامي", "Sami"), ("ג'מאל", "جمال", "Jamal"),
    ("ואיל", "وائل", "Wael"), ("אמיר", "أمير", "Amir"), ("טארק", "طارق", "Tarek"), ("נביל", "نبيل", "Nabil"),
    ("סלים", "سليم", "Salim"), ("עאדל", "عادل", "Adel"),
)
ARAB_LAST = (
    ("חדאד", "حداد", "Haddad"), ("ח'ורי", "خوري", "Khoury"), ("עודה", "عودة", "Odeh"),
    ("מסארווה", "مصاروة", "Masarwa"), ("אבו סאלח", "أبو صالح", "Abu Saleh"), ("נסאר", "نصار", "Nassar"),
    ("חלבי", "حلبي", "Halabi"), ("עבאס", "عباس", "Abbas"), ("סעדי", "سعدي", "Saadi"), ("זועבי", "زعبي", "Zoabi"),
    ("דיאב", "دياب", "Diab"), ("חטיב", "خطيب", "Khatib"), ("ג'בארין", "جبارين", "Jabarin"),
    ("עיסא", "عيسى", "Issa"), ("מנסור", "منصور", "Mansour"), ("שחאדה", "شحادة", "Shehadeh"),
    ("בשארה", "بشارة", "Bishara"), ("סלאמה", "سلامة", "Salameh"), ("קאסם", "قاسم", "Qasem"),
    ("אבו ריא", "أبو ريا", "Abu Raya"),
)

NOTE_TEXTS = {
    "home_visit": ("ביקור בית. ההורים שיתפו פעולה ותיארו את השגרה בבית.",
                   "ביקור בית: הבית מסודר, הילדים היו בבית. סוכם על המשך ליווי.",
                   "ביקור בית עם מלווה המשפחה. נבנו יעדים לחודש הקרוב."),
    "office_meeting": ("פגישה במשרד עם האם. נדונו צרכי הילדים והמועדונית.",
                       "פגישה במשרד: הוסברו זכויות המשפחה ומיצוי זכויות.",
                       "פגישה עם ההורים לקראת הוועדה לתכניות טיפול."),
    "phone_call": ("שיחת טלפון עם האב לתיאום ביקור.",
                   "שיחה טלפונית עם האם: עדכון על מצב הילד בבית הספר."),
    "service_contact": ("קשר עם יועצת בית הספר לגבי הנוכחות.",
                        "קשר עם טיפת חלב: הילדה במעקב התפתחותי.",
                        "שיחה עם השירות הפסיכולוגי החינוכי (שפ\"ח)."),
    "other": ("סיכום ישיבת צוות על המשפחה.",),
}

TASK_TITLES = ("ביקור בית", "הכנה לוועדה לתכניות טיפול", "שיחה עם יועצת בית הספר", "בקשה למועדונית",
               "עדכון תכנית טיפול", "בירור זכויות בביטוח הלאומי", "הפניה לטיפול רגשי", "סיכום רבעוני")

# Subscriber numbers that start with 0 are not allocated: generated phones look real but reach nobody.
MOBILE_PREFIXES = ("050", "052", "053", "054", "055", "058")

# A long tail of invented family names (roots and endings combined), so that a large synthetic register has
# the spread of a real one: a few very common names and thousands of rare ones.
JEWISH_ROOTS = (
    ("אלמ", "Alm"), ("ברק", "Barak"), ("גל", "Gal"), ("דור", "Dor"), ("הר", "Har"), ("זהב", "Zahav"),
    ("חרמ", "Harm"), ("טל", "Tal"), ("ירד", "Yard"), ("כרמ", "Karm"), ("לבנ", "Levan"), ("מור", "Mor"),
    ("נחמ", "Nahm"), ("סגל", "Segal"), ("עמית", "Amit"), ("פז", "Paz"), ("צור", "Tzur"), ("קדמ", "Kedm"),
    ("רז", "Raz"), ("שמיר", "Shamir"), ("תמיר", "Tamir"), ("אור", "Or"), ("בר", "Bar"), ("גרינ", "Grin"),
    ("רוזנ", "Rozen"), ("שטיינ", "Shtein"), ("גולד", "Gold"), ("זילבר", "Zilber"), ("וייס", "Weiss"),
    ("פרי", "Pri"), ("לנד", "Land"), ("בלומ", "Blum"), ("הופמ", "Hofm"), ("אפשט", "Epsht"), ("שחר", "Shahar"),
    ("נוי", "Noy"), ("יגל", "Yagel"), ("אלון", "Alon"), ("ארז", "Erez"), ("דגנ", "Dagan"),
)
JEWISH_ENDINGS = (("", ""), ("י", "i"), ("ון", "on"), ("וני", "oni"), ("מנ", "man"), ("ברג", "berg"),
                  ("פלד", "feld"), ("בוים", "boim"), ("סקי", "ski"), ("וביצ", "ovich"), ("אי", "ai"),
                  ("יאנ", "yan"), ("ר", "r"), ("זון", "zon"))
ARAB_TAIL_ENDINGS = (("י", "ي", "i"), ("יה", "ية", "iya"))

_FINAL = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}


def final_form(word: str) -> str:
    """Write the last letter of each Hebrew word in its final form (ם, ן, ץ, ך, ף)."""
    return " ".join(w[:-1] + _FINAL.get(w[-1], w[-1]) if w else w for w in word.split(" "))


def jewish_tail() -> tuple[tuple[str, str], ...]:
    names = {final_form(r + e): (lr + le).capitalize() for r, lr in JEWISH_ROOTS for e, le in JEWISH_ENDINGS}
    common = {he for he, _lat in JEWISH_LAST}
    return tuple((he, lat) for he, lat in names.items() if he not in common)


def arab_tail() -> tuple[tuple[str, str, str], ...]:
    out = [(f"אבו {he}", f"أبو {ar}", f"Abu {lat}") for he, ar, lat in ARAB_MALE]
    out += [(he, ar, lat) for he, ar, lat in ARAB_MALE]
    out += [(he + e, ar + ea, lat + el) for he, ar, lat in ARAB_MALE for e, ea, el in ARAB_TAIL_ENDINGS]
    common = {he for he, _ar, _lat in ARAB_LAST}
    return tuple(x for x in dict.fromkeys(out) if x[0] not in common)


# The department's first income-level table for day-care under the toddlers-at-risk law (invented figures):
# per level, where the income per person per month starts and the parents' monthly share, both in agorot;
# each level ends where the next one starts, the last is open-ended.
INCOME_LEVELS = ((0, 12_000), (180_000, 28_000), (260_000, 48_000), (340_000, 72_000), (430_000, 100_000),
                 (530_000, 135_000), (650_000, 175_000))


def create_first_income_table(daycare: DaycareService, valid_from: date,
                              note: str = "טבלת רמות ההכנסה הראשונה של המחלקה") -> IncomeTableDTO:
    """The first version of the income-level table (INCOME_LEVELS), through ``services.daycare`` of the
    manager or the administrator, in force from ``valid_from``."""
    from models.daycare.dto import LevelInput

    ends = [start for start, _share in INCOME_LEVELS[1:]] + [None]
    levels = tuple(LevelInput(n, start, end, share)
                   for n, ((start, share), end) in enumerate(zip(INCOME_LEVELS, ends, strict=True), start=1))
    return daycare.create_table(valid_from, note, levels)
