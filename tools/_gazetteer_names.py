"""The hand lists of tools/build_gazetteer.py: which GeoNames alternates a city keeps or loses, and the
small towns the build adds.

Ids are GeoNames ids; the names are as GeoNames spells them (the comments give the city's own name).
"""

from __future__ import annotations

__all__ = ["EXTRA_IDS", "NOT_NAMES", "PREFERRED", "SHADOWING"]

# GeoNames alternates that are ordinary English words the news writes in lower case ("the Port",
# "Side", "More"): no name of the town, they made a place of a capitalised word (Le Port, Reunion).
NOT_NAMES: dict[int, list[str]] = {
    148842: ["Veto"],
    217570: ["But"],
    339319: ["Era"],
    401118: ["Shot", "Shut"],
    690688: ["Human"],
    741240: ["Off"],
    743952: ["Cars"],
    747155: ["Side"],
    750605: ["Big"],
    833262: ["Chair"],
    935616: ["Port"],
    1272181: ["Drug"],
    1275539: ["Bid"],
    1514581: ["Turn"],
    1562548: ["Yen"],
    1735489: ["Yen"],
    1856586: ["More"],
    2165087: ["Gold"],
    2225991: ["More"],
    2246606: ["Put"],
    2301639: ["Dam"],
    2649024: ["From"],
    2659296: ["One"],
    2798554: ["Ever"],
    2806081: ["Worth"],
    2835481: ["Hall"],
    2846455: ["Risen"],
    2973189: ["Temple"],
    2974733: ["Set"],
    2990474: ["Never"],
    3021000: ["Due"],
    3029241: ["Can"],
    3110962: ["Same"],
    3178229: ["Come"],
    3178999: ["Care"],
    3467612: ["Canal"],
    3512067: ["Ban"],
    3573374: ["Valley"],
    3667991: ["Since"],
    4465088: ["Reading"],
    4718721: ["Far"],
    4780837: ["Central"],
    4903184: ["Area"],
    4954265: ["Reading"],
    5000947: ["Market"],
    5098863: ["Garrison"],
    5327098: ["Summit"],
    5356868: ["Highlands"],
    5401469: ["Temple"],
    5435464: ["Independence"],
    5570160: ["Reading"],
    5768233: ["Rapid"],
    5773001: ["Summit"],
    5779068: ["North"],
    5811696: ["Spoken"],
    13100482: ["Dawn"],
    13100484: ["Rise"],
}

# GeoNames alternates (old, foreign or misspelt forms) that are the name of a better-known place, which
# the bigger town's alternate would shadow: "Colonia" (Floriano's old name) is Colonia del Sacramento,
# "Bethlehem" (Belém) the West Bank town, "Nazareth" (Adama) the Galilee town, "Montgomery" (Sahiwal's
# colonial name) Alabama's capital, "Galle"/"Sari"/"Yala"/"Poti" Sri Lanka's, Iran's, Thailand's and
# Georgia's towns, "Siracusa" Sicily's city, "Southport" England's, "Pueblo" Colorado's, "Mecca" (a
# Medina of Ohio) and "Carthage" (Kent, Ohio) the Saudi and Tunisian places.
# Stop 50 adds the plainly wrong ones of a scan of every alternate that is another town's own name in
# another country: a foreign or misspelt form of a bigger town ("Kita" of Quito, "Goba" of Juba, "Rugby" of
# East Flatbush, "Florida" of Floridablanca, "Tiran" of Tirana, "Kabinda" of Cabinda) over a real place
# of that very name (Kita, Goba, Rugby, Florida, Tiran, Kabinda); near-spellings a writer may mean for the
# bigger town ("Edinburg", "Sana", "Salt", "Odessa") keep their alternate. "Hohoe" (of Ho) and "Khenifra"
# (of Kenitra) are Ghana's and Morocco's own towns.
SHADOWING: dict[int, list[str]] = {
    3399506: ["Colonia", "Colônia", "Manga"],  # Floriano
    3405870: ["Bethlehem"],  # Belém
    330186: ["Nazareth"],  # Adama (Nazrēt)
    1166548: ["Montgomery"],  # Sahiwal
    2911522: ["Galle"],  # Halle (Saale)
    6159905: ["Sari"],  # Surrey
    1282931: ["Yala"],  # Patan (Lalitpur)
    5140405: ["Siracusa"],  # Syracuse, New York
    5258393: ["Southport"],  # Kenosha
    3521081: ["Pueblo"],  # Puebla
    3386496: ["Poti"],  # Teresina
    5162512: ["Mecca"],  # Medina, Ohio
    5159537: ["Carthage"],  # Kent, Ohio
    # stop 50 (places50): a bigger town's alternate that is the own name of another real town
    3899361: ["Areka", "Arėka"],  # Arica
    3568342: ["Ponce"],  # Arroyo Naranjo
    343300: ["Asmar"],  # Asmara
    2661653: ["Bar"],  # Baar
    1275610: ["Mora"],  # Bilimora
    750516: ["Boli"],  # Bolu
    1835447: ["Daisen"],  # Boryeong
    141584: ["Bani"],  # Bāneh
    2243271: ["Kabinda"],  # Cabinda
    3348094: ["Bela Vista"],  # Catchiungo
    1177064: ["Hasanabad", "Hasanābād"],  # Chak Thirty-one -Eleven Left
    5336269: ["Chiko"],  # Chico
    5339840: ["Harper"],  # Costa Mesa
    2037886: ["Andong"],  # Dandong
    136399: ["Dilījān", "Dilijan"],  # Delījān
    564719: ["Dubno"],  # Dubna
    5115843: ["Rugby"],  # East Flatbush
    3682385: ["Florida"],  # Floridablanca
    1179223: ["Mandi"],  # Fort Abbas
    360995: ["Gizo"],  # Giza
    614455: ["Goris"],  # Gori
    2495662: ["Kalima"],  # Guelma
    1809412: ["Yongkang"],  # Guli
    1842225: ["Kumi"],  # Gumi
    335035: ["Kharar"],  # Harar
    3461528: ["Una"],  # Ibiúna
    311073: ["Sparta"],  # Isparta
    2895044: ["Ena"],  # Jena
    2036389: ["Kisi"],  # Jixi
    373303: ["Goba"],  # Juba
    1880574: ["Baisha"],  # Kampong Pasir Ris
    1241622: ["Kandi"],  # Kandy
    213940: ["Saint Charles"],  # Kasongo
    146400: ["Salina"],  # Larnaca
    2309527: ["Malaba"],  # Malabo
    187896: ["Madera"],  # Mandera
    2428228: ["Dagana"],  # Massakory
    1498894: ["Mijas"],  # Miass
    3173435: ["Mila"],  # Milan
    1185162: ["Nasirabad", "Nasirābād"],  # Mymensingh
    1616464: ["Nadi"],  # Na Di
    1856035: ["Nawa"],  # Naha
    2990969: ["Nanto"],  # Nantes
    227812: ["Daru"],  # Njeru
    3393764: ["Mocha"],  # Oeiras
    967476: ["Eastleigh"],  # Orkney
    3393091: ["Tigre"],  # Paraipaba
    3171058: ["Placentia"],  # Piacenza
    4948247: ["Braintree"],  # Quincy
    3652462: ["Kita"],  # Quito
    108648: ["An Nabk"],  # Qurayyat
    3390760: ["Arrecife"],  # Recife
    2035196: ["Salqin"],  # Salaqi
    117656: ["Shahpur"],  # Salmās
    2537763: ["Sali"],  # Salé
    499099: ["Samar"],  # Samara
    367644: ["Sinnar"],  # Sennar
    301101: ["Kukes", "Kükes"],  # Serik
    3447562: ["Annapolis"],  # Simão Dias
    2464915: ["Sousa"],  # Sousse
    5397765: ["Baden"],  # South San Francisco
    5316428: ["Ennis"],  # Surprise
    299900: ["Tafas"],  # Talas
    347497: ["Tanda"],  # Tanta
    1516905: ["Talas"],  # Taraz
    107968: ["Taifa"],  # Ta’if
    3183875: ["Tiran"],  # Tirana
    2972191: ["Tura"],  # Tours
    3666640: ["Tucano"],  # Tumaco
    1488754: ["Tumen"],  # Tyumen
    1254908: ["Reni"],  # Tārānagar
    2236568: ["Carmona"],  # Uíge
    2761369: ["Vienne"],  # Vienna
    2633948: ["Vigan"],  # Wigan
    1784185: ["Yuki", "Yüki"],  # Yuxi
    1529641: ["Aral"],  # Ālā'ĕr
    1854162: ["Oume"],  # Ōme
    6822184: ["Osu"],  # Ōshū
    170017: ["Gama"],  # Ḩamāh
    2300379: ["Hohoe"],  # Ho
    2544571: ["Khenifra"],  # Kenitra
    2820087: ["Una"],  # Unna
    1513245: ["Manga"],  # Manghit
    331038: ["Mandi"],  # Mendī
    3034911: ["Bar"],  # Bar-le-Duc
}

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
    3443013: ["Colonia"],  # Colonia del Sacramento
    104515: ["Mecca"],  # Makkah
    109223: ["Medina"],  # Madinah
    # stop 54 (exonyms54): English names and usual transliterations of cities the cut of 5 lost
    2886242: ["Cologne", "Koeln"],  # Köln
    2510911: ["Seville"],  # Sevilla
    3104324: ["Saragossa"],  # Zaragoza
    2800931: ["Bruges"],  # Brugge
    2659811: ["Lucerne"],  # Luzern
    3094802: ["Cracow"],  # Kraków
    702658: ["Lugansk"],  # Luhansk
    687700: ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],  # Zaporizhzhya
    709930: ["Dnipropetrovsk", "Dnepropetrovsk"],  # Dnipro
    700569: ["Mykolaiv", "Nikolaev", "Nikolayev"],  # Mykolayiv
    703845: ["Kryvyi Rih", "Krivoy Rog"],  # Kryvyy Rih
    713174: ["Artemivsk"],  # Bakhmut
    710735: ["Chernigov"],  # Chernihiv
    689558: ["Vinnytsia", "Vinnitsa"],  # Vinnytsya
    702320: ["Makiivka", "Makeyevka"],  # Makiyivka
    707753: ["Gorlovka"],  # Horlivka
    627907: ["Gomel", "Homel"],  # Homyel'
    625665: ["Mogilev"],  # Mahilyow
    99454: ["Fallujah", "Falluja"],  # Al Fallūjah
    94824: ["Kerbala"],  # Karbala
    96994: ["Duhok", "Dohuk"],  # Dihok
    170794: ["Deir al-Zor", "Deir el-Zor", "Deir Ezzor"],  # Deir ez-Zor
    173377: ["Qamishli"],  # Al Qāmishlī
    170905: ["Daraa", "Deraa"],  # Dar‘ā
    282457: ["Qalqilya"],  # Qalqīlyah
    105343: ["Jidda"],  # Jeddah
    418863: ["Esfahan"],  # Isfahan
    144448: ["Ahwaz"],  # Ahvaz
    1133616: ["Mazar-i-Sharif", "Mazar-e-Sharif"],  # Mazār-e Sharīf
    1262321: ["Mysore"],  # Mysuru
    1263780: ["Mangalore"],  # Mangaluru
    2212775: ["Sebha"],  # Sabha
    379555: ["Al-Fashir", "El-Fasher"],  # El Fasher
    379302: ["Geneina", "El Geneina"],  # El Geneina Fort
    55671: ["Kismayu"],  # Kismayo
    964137: ["Tshwane"],  # Pretoria
    2028462: ["Ulaanbaatar", "Ulan Bator"],  # Ulan Bator
    281133: ["Gaza City"],  # Gaza
    278913: ["Nabatieh"],  # Nabatîyé et Tahta
    169023: ["Jisr al-Shughur"],  # Jisr ash Shughūr
    168325: ["Khan Sheikhoun"],  # Khān Shaykhūn
    99762: ["Diwaniyah"],  # Al Diwaniyah
    121801: ["Urmia"],  # Orūmīyeh
    686967: ["Zhitomir"],  # Zhytomyr
    705812: ["Kirovohrad", "Kirovograd"],  # Kropyvnytskyi
    706369: ["Khmelnytsky", "Khmelnitsky"],  # Khmelnytskyi
    710719: ["Chernovtsy"],  # Chernivtsi
    704403: ["Krasnodon"],  # Sorokyne
    791646: ["Djakovica"],  # Gjakovë
    174018: ["Al-Bab"],  # Al Bāb
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
    # Armenia's border villages of the Akhtala mining protests ("villagers from Akhtala"): general-tier
    # rows (stop 42), so that a group named by its village is read without the story naming Armenia
    616995,  # Akhtala
    616220,  # Shnogh
]
