"""What fills the slots of bench/generate.py's templates: countries with their demonyms and cities, outlets,
invented people and their titles, and the topics, goods, offences and grievances of the stories."""

from __future__ import annotations

__all__ = [
    "CHARGES", "COUNTRIES", "DISASTERS", "FIRST", "GOODS", "GRIEVANCES", "IGOS", "INSTITUTES", "LAST", "MONTHS",
    "OFFENCES", "OUTLETS", "TARGETS", "TITLES", "TOPICS", "WEEKDAYS",
]  # fmt: skip

# name, demonym, capital, another city, ISO3
COUNTRIES = [
    ("France", "French", "Paris", "Marseille", "FRA"), ("Germany", "German", "Berlin", "Hamburg", "DEU"),
    ("Japan", "Japanese", "Tokyo", "Osaka", "JPN"), ("India", "Indian", "New Delhi", "Mumbai", "IND"),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo", "BRA"), ("Kenya", "Kenyan", "Nairobi", "Mombasa", "KEN"),
    ("Turkey", "Turkish", "Ankara", "Istanbul", "TUR"), ("Egypt", "Egyptian", "Cairo", "Alexandria", "EGY"),
    ("Russia", "Russian", "Moscow", "Saint Petersburg", "RUS"), ("China", "Chinese", "Beijing", "Shanghai", "CHN"),
    ("Mexico", "Mexican", "Mexico City", "Monterrey", "MEX"), ("Indonesia", "Indonesian", "Jakarta", "Surabaya", "IDN"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos", "NGA"), ("Poland", "Polish", "Warsaw", "Krakow", "POL"),
    ("Vietnam", "Vietnamese", "Hanoi", "Da Nang", "VNM"), ("Canada", "Canadian", "Ottawa", "Toronto", "CAN"),
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba", "ARG"), ("Iran", "Iranian", "Tehran", "Isfahan", "IRN"),
    ("Australia", "Australian", "Canberra", "Sydney", "AUS"), ("South Korea", "South Korean", "Seoul", "Busan", "KOR"),
    ("Pakistan", "Pakistani", "Islamabad", "Karachi", "PAK"), ("Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "UKR"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Dire Dawa", "ETH"),
    ("Colombia", "Colombian", "Bogota", "Medellin", "COL"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "SAU"), ("Thailand", "Thai", "Bangkok", "Chiang Mai", "THA"),
    ("Italy", "Italian", "Rome", "Milan", "ITA"), ("Spain", "Spanish", "Madrid", "Barcelona", "ESP"),
    ("Sweden", "Swedish", "Stockholm", "Gothenburg", "SWE"), ("Morocco", "Moroccan", "Rabat", "Casablanca", "MAR"),
    ("Peru", "Peruvian", "Lima", "Arequipa", "PER"), ("Philippines", "Philippine", "Manila", "Cebu", "PHL"),
    ("Algeria", "Algerian", "Algiers", "Oran", "DZA"), ("Ghana", "Ghanaian", "Accra", "Kumasi", "GHA"),
    ("Chile", "Chilean", "Santiago", "Valparaiso", "CHL"), ("Greece", "Greek", "Athens", "Thessaloniki", "GRC"),
    ("Serbia", "Serbian", "Belgrade", "Novi Sad", "SRB"), ("Malaysia", "Malaysian", "Kuala Lumpur", "Penang", "MYS"),
    ("Sudan", "Sudanese", "Khartoum", "Port Sudan", "SDN"), ("Kazakhstan", "Kazakh", "Astana", "Almaty", "KAZ"),
]  # fmt: skip

OUTLETS = [
    ("Meridian Wire", "GBR"), ("Harbor Press Agency", "USA"), ("Continental News Service", "FRA"),
    ("Pacific Dispatch", "AUS"), ("Northern Daily", "CAN"), ("Delta Newswire", "IND"),
]  # fmt: skip

FIRST = [
    "Anna", "Pavel", "Maria", "Kenji", "Amara", "Lucas", "Sofia", "Omar", "Ines", "Tomas", "Leila", "Ravi",
    "Helena", "Yusuf", "Mei", "Daniel", "Fatima", "Jonas", "Camila", "Arjun", "Nadia", "Viktor", "Grace", "Hiro",
    "Elena", "Samuel", "Aisha", "Marco", "Olga", "Chidi", "Lucia", "Stefan",
]  # fmt: skip
LAST = [
    "Moreau", "Kovac", "Tanaka", "Okafor", "Silva", "Novak", "Haddad", "Lindqvist", "Mehta", "Duarte", "Petrov",
    "Alvarez", "Nakamura", "Mensah", "Rossi", "Demir", "Castillo", "Wojcik", "Nguyen", "Farah", "Brandt", "Ortega",
    "Sato", "Abebe", "Karimi", "Lindgren", "Vargas", "Osei", "Marin", "Rahman",
]  # fmt: skip
TITLES = [
    "Foreign Minister", "Defence Minister", "Trade Minister", "Interior Minister", "President", "Prime Minister",
    "Energy Minister", "Finance Minister", "Deputy Foreign Minister", "National Security Adviser",
]  # fmt: skip
INSTITUTES = [
    "the Institute for Regional Studies", "the Centre for Strategic Policy", "the Council on Global Affairs",
    "a university in {cityC}", "the Foundation for Security Research", "an independent think tank in {capC}",
]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
IGOS = ["the United Nations", "the European Union", "the African Union", "NATO", "the World Bank",
        "the International Committee of the Red Cross", "the World Food Programme", "ASEAN"]  # fmt: skip

TOPICS = [
    "energy security",
    "trade",
    "border security",
    "migration",
    "climate change",
    "water sharing",
    "fishing rights",
    "nuclear safety",
    "counter-terrorism",
    "investment",
    "food security",
    "cyber security",
]
TARGETS = ["banks", "companies", "officials", "shipping firms", "arms makers", "oil traders"]
OFFENCES = ["illegal arms sales", "human rights abuses", "its support for armed groups", "election interference",
            "cyber attacks on government networks", "violations of a United Nations embargo"]  # fmt: skip
GOODS = ["electronics", "machine tools", "oil", "steel", "drones", "chemicals", "luxury goods"]
GRIEVANCES = ["rising fuel prices", "a new security law", "corruption", "the government's budget plan",
              "cooperation with {A}", "a deal to lease a port to {A}", "food shortages"]  # fmt: skip
DISASTERS = ["severe flooding in the south", "an earthquake near {cityB}", "a drought that has lasted two years",
             "a cyclone that hit the coast", "landslides in the north"]  # fmt: skip
CHARGES = ["spying on defence companies", "violating its airspace with military drones", "cyber attacks on its banks",
           "supporting rebels in the border region", "interfering in its elections",
           "mistreating its citizens"]  # fmt: skip
